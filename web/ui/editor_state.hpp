// What the exercise editor keeps between frames: the draft as the fields show
// it, the steps it went through (undo/redo), the check's findings, the
// decision being written and the choices for the next one.
#pragma once

#include "pw/draft_history.hpp"
#include "pw/exercise_draft_check.hpp"
#include "ui/map_geometry.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pw::ui {

struct EditorState {
    bool open = false;
    std::string route_id;  // the route it was opened for ("" for a new exercise)
    std::string stored_id; // the id the draft is kept under in the library
    std::optional<DraftHistory> history;
    Scenario working;          // what the fields show; a step of `history` when a field is left
    bool keep_pending = false; // `working` differs from what the library holds
    double edited_at = 0;      // app time of the last change to `working`
    std::vector<DraftFinding> findings;
    bool findings_stale = true;
    int selected = -1;                                          // the decision whose form is shown
    std::vector<QuestionKind> next_kinds{QuestionKind::action}; // asked at the next decision
    std::vector<std::string> notes; // what the protocol could not fill in at the last decision
    std::string message;
    bool message_is_error = false;
    bool confirm_remove = false;
    LayoutCache layout; // of the step picker's map
};

} // namespace pw::ui
