// What the training views do to the state: open an exercise (resuming stored
// answers), submit the composed answer, move on, start over, reveal, download.
#pragma once

#include "ui/app_state.hpp"

#include <string>

namespace pw::ui {

// Called when the route opens an exercise; a no-op when it is already open.
void open_exercise(AppState& state, const std::string& scenario, bool trainer);
const Scenario* open_scenario(const AppState& state);
// Every question of the decision has an answer (data may stay empty; an order
// places every item).
bool draft_complete(const ScenarioDecision& decision, const ScenarioAnswer& answer);
void submit_draft(AppState& state);
void continue_exercise(AppState& state);
void restart_exercise(AppState& state);
// Trainer mode: show the protocol's answer for the current decision.
void reveal_answer(AppState& state);
// Trainer mode: seconds spent on the current decision so far.
double decision_seconds(const AppState& state);
void toggle_timer(AppState& state);
void reset_timer(AppState& state);
void request_results_download(AppState& state, bool as_json);
// The key under which an exercise's answers are stored in the progress.
std::string stored_run_key(const std::string& scenario, bool trainer);

} // namespace pw::ui
