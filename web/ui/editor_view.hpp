// The exercise editor (#/oefenen/nieuw, #/oefenen/<id>/bewerken): what the
// exercise is about, the decisions picked on the process map and written in
// a form, its endings and course, checked as it is typed.
#pragma once

#include "ui/app_state.hpp"
#include "ui/editor_state.hpp"
#include "ui/training_state.hpp"

namespace pw::ui {

void draw_editor(AppState& state, EditorState& editor, TrainingState& training);

} // namespace pw::ui
