// Parts of an exercise shared by the trainee's view and trainer mode: the
// situation, the questions, the feedback on an answer and the protocol's answer.
#pragma once

#include "pw/simulator.hpp"
#include "ui/app_state.hpp"
#include "ui/training_state.hpp"

namespace pw::ui {

const char* dimension_text(Dimension dimension);
// One decimal at most, with a decimal comma in Dutch: "1,5" ("1.5" in English), "4".
std::string decimal_text(double value);
// The kind label and the title.
void draw_exercise_title(AppState& state, const Scenario& scenario, bool trainer);
// The role the trainee plays, the summary and the (fictional) people.
void draw_exercise_context(AppState& state, const Scenario& scenario);
// `trainer`: for a group on a projector, in large type.
void draw_situation(AppState& state, const ScenarioDecision& decision, int number, bool trainer);
// The choices of the decision, written into `answer` (exercise_questions.cpp).
// With `reveal` the protocol's choices are marked in the list.
void draw_questions(AppState& state, const Scenario& scenario, const ScenarioDecision& decision,
                    ScenarioAnswer& answer, bool reveal = false);
// The handle of a kind of question's choices: keuze:<name>:<id> (web/README.md).
const char* question_probe(QuestionKind kind);
// Feedback per dimension with its sources, what happens in the story, and a
// link to the step in the guide.
// `trainer`: the answer was the group's.
void draw_outcome(AppState& state, const Scenario& scenario, const DecisionOutcome& outcome,
                  bool trainer);
// The exercise's one action (give the answer, record the group's choice, go
// on) sits in a bar under the scrolling content, so it is always in view and
// in the same place for a trainee and for a trainer. The content scrolls
// above the bar (all the height when there is no `action`, the bar's label)
// and starts at the top for each new decision, feedback or debrief. Closed
// with ImGui::EndChild(). True when it moves on to a new moment (not when first shown).
bool begin_exercise_content(TrainingState& training, const char* id, std::string_view action);
// Draws the bar's button; true when pressed.
bool action_bar_button(const AppState& state, std::string_view label, const char* id, bool enabled);
// "Reveal answer + why": what the protocol asks at this decision, and on what it rests.
void draw_protocol_answer(AppState& state, const Scenario& scenario,
                          const ScenarioDecision& decision);

} // namespace pw::ui
