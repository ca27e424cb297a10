// What the exercise editor does, apart from drawing: open a draft for a
// route, take an edit (kept in the browser a moment later, a step of undo
// when a field is left), check it, add and connect decisions, preview,
// export. Views call these; nothing here issues ImGui calls.
#pragma once

#include "pw/exercise_draft.hpp"
#include "ui/app_state.hpp"
#include "ui/editor_state.hpp"
#include "ui/training_state.hpp"

#include <string>

namespace pw::ui {

// The route opens the editor: a new draft, a draft of this browser, or
// (for a shipped exercise) a copy under a new id.
void follow_route(EditorState& editor, AppState& state);

// The fields changed `editor.working`: checked and kept shortly after.
void working_changed(EditorState& editor, AppState& state);
// A field was left after an edit, or a button changed the draft: a step of undo.
void commit_working(EditorState& editor, AppState& state);
// Replaces the draft by `draft` (a button's result), as one step.
void apply_edit(EditorState& editor, AppState& state, Scenario draft);
void undo(EditorState& editor, AppState& state);
void redo(EditorState& editor, AppState& state);

// Per frame: the check after a pause in typing, the library kept up to date.
void editor_tick(EditorState& editor, AppState& state);

// A decision at `step`, asking the kinds ticked for the next one.
void add_decision_at(EditorState& editor, AppState& state, const std::string& step);
void remove_selected_decision(EditorState& editor, AppState& state);
void add_ending(EditorState& editor, AppState& state);

// The findings of a field ("decisions[1].situation") or of a field and all
// below it (`prefix`).
std::vector<const DraftFinding*> findings_at(const EditorState& editor, const std::string& field,
                                             bool prefix = false);

// Plays the draft from decision `from` ("" its start) as a trainee or a
// trainer would; false (and the reason told) when it has errors.
bool preview(EditorState& editor, AppState& state, TrainingState& training, const std::string& from,
             bool trainer);
// The exercise file (content/scenarios/ schema) offered for download; only
// when it can be shared.
void export_draft(EditorState& editor, AppState& state);

} // namespace pw::ui
