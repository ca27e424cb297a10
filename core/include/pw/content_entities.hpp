// The content as flat lists of entities, each kind in content order: what a
// user meets and an author edits (case types, steps, flows, data items,
// channels, systems, roles with what they do and do not decide, decision
// rights, legal bases, principles, exercises and their decisions), each with
// its id path, a short label and its fields as text. Shared by the diff
// between two editions (content_diff.hpp) and the fingerprint of what a user
// saw (content_fingerprint.hpp), so both mean the same by "changed".
#pragma once

#include "pw/model.hpp"

#include <string>
#include <utility>
#include <vector>

namespace pw {

struct ContentEntity {
    std::string key;    // id path: "kb-maatregel/melding/melding-vt"
    std::string label;  // title or name
    std::string parent; // "kind:key" of what it belongs to ("stap:kb-maatregel/melding"), or ""
    // Named fields as text, in a fixed order per kind: ("ontvangers", "ind-contactpersoon").
    std::vector<std::pair<std::string, std::string>> fields;
};

struct ContentEntityKind {
    std::string name; // Dutch: "zaaktype", "stap", "gegevensstroom", "rol", "oefening", ...
    std::vector<ContentEntity> entities;
};

// Every kind, in the order a diff lists them.
std::vector<ContentEntityKind> content_entities(const Model& model);

} // namespace pw
