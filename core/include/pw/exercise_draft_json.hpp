// Keeping and sharing a draft: as a file in exactly the schema of
// content/scenarios/ (it passes `protocolwijzer validate` and can be added to
// content/ as it is), read back with a clear Dutch message for a file that is
// not one, and as a versioned envelope in the browser's storage whose damage
// is reported with the stored text kept, never dropped silently.
#pragma once

#include "pw/diagnostics.hpp"
#include "pw/exercise_draft.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace pw {

inline constexpr int kDraftStoreVersion = 1;

// The scenario file, keys in the order content/scenarios/ writes them, two
// spaces of indent, a newline at the end.
std::string draft_to_json(const ExerciseDraft& draft);

struct DraftImport {
    std::optional<ExerciseDraft> draft; // none when the file cannot be used
    std::string problem;                // Dutch, for the author: why not
    Diagnostics diagnostics; // what the loader said of a file it could read (shown, not blocking)
};

// A scenario file (or a stored draft envelope) back into a draft. Refused,
// with the reason: not JSON, not an exercise of Protocolwijzer (another kind
// of content file, another app's file), an envelope of an unknown version, a
// case type or role this guide does not have. The draft carries no origins:
// a draft read back equals the one written.
DraftImport draft_from_json(const Model& model, std::string_view text);

// For the browser's storage: {"app": "protocolwijzer", "kind": "exercise-draft",
// "version": 1, "draft": <the scenario>}.
std::string store_draft(const ExerciseDraft& draft);

struct StoredDraftLoad {
    std::optional<ExerciseDraft> draft;
    std::string problem; // Dutch; set when the stored value could not be read
    std::string kept;    // the stored text when it could not be read, for the user to save
};
// Empty text: nothing stored (no problem). Anything unreadable is reported and
// the text handed back in `kept`.
StoredDraftLoad load_stored_draft(const Model& model, std::string_view stored);

} // namespace pw
