// The exercises a trainer wrote, kept together in the browser's storage: one
// versioned value holding each draft's envelope (exercise_draft_json.hpp).
// A draft that cannot be read is reported and its text handed back, never
// dropped: the others load as usual.
#pragma once

#include "pw/exercise_draft.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw {

inline constexpr int kDraftLibraryVersion = 1;

std::string store_draft_library(const std::vector<ExerciseDraft>& drafts);

struct DraftLibraryLoad {
    std::vector<ExerciseDraft> drafts;
    std::vector<std::string> problems; // Dutch, one per thing that could not be read
    // What could not be read, for the user to keep: the whole stored value when
    // it is no library at all, else the unreadable drafts' envelopes.
    std::vector<std::string> kept;
};

// Empty text: nothing stored yet (no problem).
DraftLibraryLoad load_draft_library(const Model& model, std::string_view stored);

} // namespace pw
