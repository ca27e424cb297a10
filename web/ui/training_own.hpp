// The trainer's own exercises in the training list: write a new one, import
// a file, and per exercise play, lead, edit, export or remove.
#pragma once

#include "ui/app_state.hpp"
#include "ui/training_state.hpp"

namespace pw::ui {

void draw_own_exercises(AppState& state, TrainingState& training);

} // namespace pw::ui
