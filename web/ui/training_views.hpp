// The training part of the app: the list of exercises, an exercise played by
// a trainee, trainer mode for a group, and the debrief at the end of both.
#pragma once

#include "ui/app_state.hpp"
#include "ui/training_state.hpp"

#include <string>

namespace pw::ui {

void draw_training_list(AppState& state, TrainingState& training); // #/oefenen
void draw_exercise(AppState& state, TrainingState& training);      // #/oefenen/<id>
void draw_trainer(AppState& state, TrainingState& training);       // #/oefenen/<id>/trainer
void draw_debrief(AppState& state, TrainingState& training, const Scenario& scenario);

// "1,5 van 9 punten", "1 van 1 punt" ("1.5 of 9 points" in English).
std::string score_text(double points, double max);

} // namespace pw::ui
