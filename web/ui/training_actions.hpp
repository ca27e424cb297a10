// What the training views do: open an exercise (resuming stored answers),
// submit the composed answer, move on, start over, reveal, time, download.
// The exercise lives in the training views' state; answers are kept in the
// shared progress.
#pragma once

#include "ui/app_state.hpp"
#include "ui/training_state.hpp"

#include <string>

namespace pw::ui {

// Where an exercise is: a question to answer, the feedback on the last answer, or the debrief.
enum class ExercisePhase { question, feedback, debrief };
ExercisePhase exercise_phase(const TrainingState& training);

// Called when the route opens an exercise; a no-op when it is already open.
void open_exercise(AppState& state, TrainingState& training, const std::string& scenario,
                   bool trainer);
// The place changed: an exercise route opens its exercise.
void follow_route(TrainingState& training, AppState& state);
const Scenario* open_scenario(const AppState& state, const TrainingState& training);
// Every question of the decision has an answer (data may stay empty; an order
// places every item).
bool draft_complete(const ScenarioDecision& decision, const ScenarioAnswer& answer);
void submit_draft(AppState& state, TrainingState& training);
void continue_exercise(AppState& state, TrainingState& training);
void restart_exercise(AppState& state, TrainingState& training);
// The training list's "start over": forgets the stored answers of an exercise.
void forget_exercise(AppState& state, TrainingState& training, const std::string& scenario);
// Trainer mode: show the protocol's answer for the current decision.
void reveal_answer(TrainingState& training);
// Trainer mode: seconds spent on the current decision so far, at app time `now`.
double decision_seconds(const TrainingState& training, double now);
void toggle_timer(TrainingState& training, double now);
void reset_timer(TrainingState& training, double now);
// Offers the results (a trainer's: the session summary) as a file.
void request_results_download(AppState& state, TrainingState& training, bool as_json);
// The key under which an exercise's answers are stored in the progress.
std::string stored_run_key(const std::string& scenario, bool trainer);

} // namespace pw::ui
