#pragma once

#include "pw/model.hpp"
#include "ui/app_state.hpp"

namespace pw::ui {

// Draws the swimlane map of `case_type` filling the available region; a click
// on a step selects it (state.step).
void draw_process_map(AppState& state, const Model& model, const CaseType& case_type);

} // namespace pw::ui
