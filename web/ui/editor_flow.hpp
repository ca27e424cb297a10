// The exercise's course: its endings (title, text) and a small graph of
// decisions and endings with the links between them, dead ends and
// unreachable parts named in words as well as drawn.
#pragma once

#include "ui/app_state.hpp"
#include "ui/editor_state.hpp"

namespace pw::ui {

void draw_endings(AppState& state, EditorState& editor);
void draw_flow_graph(AppState& state, EditorState& editor);

} // namespace pw::ui
