#pragma once

#include "pw/model.hpp"
#include "ui/app_state.hpp"

namespace pw::ui {

// The detail panel for the selected step: who, what, which data, why, which
// system, the legal basis and the source. Following a link selects a step.
void draw_step_detail(AppState& state, const Model& model, const CaseType& case_type,
                      const Step& step);

// What the panel shows when no step is selected: the case type at a glance.
void draw_case_type_overview(AppState& state, const Model& model, const CaseType& case_type);

} // namespace pw::ui
