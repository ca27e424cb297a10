// Exercises that are not shipped with the content: written in the editor or
// received from a class session (issue 22). They sit in
// content.model.scenarios beside the shipped ones, so every view plays them
// as it plays those, and their ids in AppState::authored_exercises (AppState::is_authored). A
// shipped exercise is never replaced: an authored copy has its own id.
#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <string_view>

namespace pw::ui {

struct AddedExercise {
    std::string id;      // set when it was added (or replaced an authored one)
    std::string problem; // Dutch, when it was not: unreadable, or a shipped id
};
// Reads `text` (a scenario in the schema of content/scenarios/) with the
// core's draft_from_json and adds it, replacing an authored one with its id.
AddedExercise add_authored_exercise(AppState& state, std::string_view text);

// Puts an exercise into the model as an authored one, replacing an authored
// one with its id; refused (the Dutch reason returned) for a shipped id.
std::string put_authored_exercise(AppState& state, Scenario exercise);
// Takes an authored exercise out of the model again (a shipped one stays).
void forget_authored_exercise(AppState& state, const std::string& id);

} // namespace pw::ui
