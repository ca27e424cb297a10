// What changed between two editions of the content, for authors and reviewers:
// case types, steps, flows, data items, channels, systems, roles (with what
// they do and do not decide), decision rights, rules, exercises and their
// decisions — added, removed, or changed with each changed field's old and
// new value.
// Pure: the caller loads both models.
#pragma once

#include "pw/model.hpp"

#include <string>
#include <vector>

namespace pw {

struct FieldChange {
    std::string field; // Dutch label: "ontvangers", "kanaal"
    std::string old_value, new_value;
};

struct ContentChange {
    enum class Kind { added, removed, changed };
    Kind kind = Kind::changed;
    std::string entity;              // Dutch: "zaaktype", "stap", "gegevensstroom", "oefening"
    std::string id;                  // path of ids: "kb-maatregel/melding/melding-vt"
    std::string label;               // title or name (the new one, or the old for a removal)
    std::vector<FieldChange> fields; // for a change
};

struct ContentDiff {
    ContentVersion old_version, new_version;
    // In the order of the kinds above, each in content order; what belongs to
    // an added or removed entity (a removed step's flows) is not listed apart.
    std::vector<ContentChange> changes;
};

ContentDiff diff_content(const Model& old_model, const Model& new_model);

// For people: one line per change, changed fields indented as "old → new".
std::string format_diff_text(const ContentDiff& diff);
// For tools: {"old": {...}, "new": {...}, "changes": [{kind, entity, id, label, fields}]}.
std::string format_diff_json(const ContentDiff& diff);

} // namespace pw
