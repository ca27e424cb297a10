#pragma once

#include "pw/model.hpp"
#include "ui/process_view.hpp"

namespace pw::ui {

// The worked example beside the map: the narrative at the token's step, the
// choices (the example's own marked), back, restart, and the end.
void draw_walkthrough_panel(AppState& state, ProcessViewState& view, const CaseType& case_type,
                            const Example& example);

} // namespace pw::ui
