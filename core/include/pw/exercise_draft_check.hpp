// Checking a draft while it is typed, by the core's own loader and validator
// (the very checks `protocolwijzer validate` runs on a scenario file), each
// finding placed at the field it concerns, plus a search for personal data in
// every text. A draft can always be saved; errors keep it from being played,
// personal data (and errors) from being shared.
#pragma once

#include "pw/diagnostics.hpp"
#include "pw/exercise_draft.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw {

struct DraftFinding {
    // Where in the draft: "decisions[2].recipients", "endings[0].text"; ""
    // for the exercise as a whole. The editor shows the message next to it.
    std::string field;
    std::string message; // Dutch, for the author
    Severity severity = Severity::error;
    bool personal_data = false; // blocks sharing
};

std::vector<DraftFinding> check_draft(const Model& model, const ExerciseDraft& draft);

bool can_play(const std::vector<DraftFinding>& findings);  // no errors
bool can_share(const std::vector<DraftFinding>& findings); // playable, and no personal data

// "/decisions/2/action/options/1/text" -> "decisions[2].action.options[1].text".
std::string field_of_pointer(std::string_view pointer);

} // namespace pw
