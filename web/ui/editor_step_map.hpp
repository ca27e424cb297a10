// The editor's process map: the case type's steps in the lanes of their
// organisations, in process order; a click (or Enter) on a step adds a
// decision there. Steps the exercise already practises carry its numbers.
#pragma once

#include "ui/app_state.hpp"
#include "ui/editor_state.hpp"

namespace pw::ui {

// The step clicked this frame, or "".
std::string draw_step_picker(AppState& state, EditorState& editor, const CaseType& case_type);

} // namespace pw::ui
