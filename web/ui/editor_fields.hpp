// The editor's form controls: a labelled text field bound to a std::string
// with the check's findings under it, and a picker of one id from a list.
#pragma once

#include "ui/app_state.hpp"
#include "ui/editor_state.hpp"

#include <string>
#include <utility>
#include <vector>

namespace pw::ui {

enum class FieldEdit { none, typing, done }; // done: left after an edit (a step of undo)

// A label above a full-width field; `lines` > 1: several lines. `field` is
// the draft's field ("decisions[0].situation") whose findings show under it
// and whose name is the control's handle.
FieldEdit text_field(AppState& state, const EditorState& editor, const char* label,
                     const std::string& field, std::string& value, int lines = 1);

// What an edit of a field does to the draft: typing is checked and kept
// shortly after, leaving the field after an edit is a step of undo.
void after_field(EditorState& editor, AppState& state, FieldEdit edit);

// The findings of `field` (and, with `prefix`, of what lies below it), in the
// error colour (warnings muted), each read by the screen reader.
void field_findings(const EditorState& editor, const std::string& field, bool prefix = false);

// One of `options` (id, name); `none` (when not null) is offered first for "".
// True when the choice changed.
bool id_picker(const char* label, const std::string& tag, std::string& value,
               const std::vector<std::pair<std::string, std::string>>& options, const char* none,
               float width);

} // namespace pw::ui
