// What a user saw of the content, kept with their progress, and what changed
// since: the edition (version, date) and, per entity a user meets (case
// types, steps, flows, roles with what they do and do not decide, decision
// rights, exercises and their decisions; see content_entities.hpp), its id,
// its label and short hashes of its fields. Compact enough for localStorage;
// enough to say what was added, removed (by its stored label: it is gone) or
// changed, and which fields changed. Pure: no storage, no UI.
#pragma once

#include "pw/model.hpp"
#include "pw/routes.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pw {

struct SeenEntity {
    std::string kind;  // "stap", "gegevensstroom", ... (ContentEntityKind::name)
    std::string key;   // "kb-maatregel/melding"
    std::string label; // as the user saw it (at most 80 bytes, then "…")
    std::string hash;  // 16 hex digits over every field
    // 4 hex digits per field, in the kind's field order: which fields changed.
    std::string field_hashes;
    bool operator==(const SeenEntity&) const = default;
};

struct ContentFingerprint {
    ContentVersion version;
    std::vector<SeenEntity> entities; // in content order, kind by kind
    bool operator==(const ContentFingerprint& o) const {
        return version.version == o.version.version && version.date == o.version.date &&
               entities == o.entities;
    }
};

// The kinds a fingerprint holds, in its order.
const std::vector<std::string>& fingerprint_kinds();

// Of the content only: a trainer's own exercise in the model (one without an
// origin in a content file) is neither in a fingerprint nor ever a change.
ContentFingerprint content_fingerprint(const Model& model, const ContentVersion& version);

struct SeenChange {
    enum class Kind { added, removed, changed };
    Kind kind = Kind::changed;
    std::string entity; // "stap", "gegevensstroom", "oefening", ...
    std::string key;
    std::string label;               // the current one; the stored one for a removal
    std::string parent_label;        // a step's case type, a flow's step, a decision's exercise
    std::vector<std::string> fields; // for a change: the Dutch names of the changed fields
    std::optional<Route> route;      // where it is in the guide; none for a removal
};

struct SeenChanges {
    ContentVersion seen, current;
    // Added, then changed, then removed; each in content order. What belongs
    // to an added or removed entity (a removed step's flows) is not listed apart.
    std::vector<SeenChange> changes;
    bool empty() const { return changes.empty(); }
};

// What changed in `model` since the user saw `seen`.
// With `current`, also the fingerprint of `model` (as content_fingerprint
// gives it), from the same pass: the app's start compares and refreshes in one.
SeenChanges changes_since(const ContentFingerprint& seen, const Model& model,
                          const ContentVersion& version, ContentFingerprint* current = nullptr);

// Steps to mark on the map, "case-type/step" -> added or changed: a step
// itself, or one of its flows, added or changed.
std::map<std::string, SeenChange::Kind> changed_steps(const SeenChanges& changes);

// The user opened a step: from now on they have seen it (and its flows) as
// the model has it. When nothing differs any more, the fingerprint takes the
// current edition's version too.
void mark_step_seen(ContentFingerprint& seen, const Model& model, const ContentVersion& version,
                    const std::string& case_type, const std::string& step);

} // namespace pw
