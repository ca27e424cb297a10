// Every place in the content that rests on the sources: what it is, the claim
// it makes, where it was written and where the guide shows it. One list for
// the quote check, the citations listing and the export by source document.
#pragma once

#include "pw/model.hpp"
#include "pw/routes.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pw {

struct ProvenanceSite {
    std::string kind; // stable id: "step", "flow", "task", "limit", "decision-right", ...
    std::string id;   // the entity's id; a task or limit: "<role id>/taak-2"
    std::string
        label; // for people, in Dutch: `Stap "Melding van zorgen" (Kinderbeschermingsmaatregel)`
    std::string claim;          // the text that rests on the citations (or is flagged illustrative)
    std::optional<Route> route; // where the guide shows it, if it has a page
    Origin origin;              // the JSON object holding "sources" and "illustrative"
    const Provenance* provenance = nullptr;
    bool training = false; // an exercise, its answers, or the feedback and routes that score them
    bool assistant =
        false; // the "Wat nu?" assistant's outcomes and notes: in the app, not in the handbook
};

// In content order: sources' users file by file as the guide reads them.
std::vector<ProvenanceSite> provenance_sites(const Model& model);

} // namespace pw
