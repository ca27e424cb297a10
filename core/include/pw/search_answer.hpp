// The answer card: what the search's clear winner says, as labelled rows —
// a step's who / what / to whom / which data / channel / source, a decision
// right's who decides and who does not, a contact point's number and places.
// Plain data for the app's card (web/ui/search_answer_card.cpp) and the CLI.
#pragma once

#include "pw/model.hpp"
#include "pw/search.hpp"

#include <string>
#include <vector>

namespace pw {

enum class AnswerLabel {
    who,             // actor or sender
    to_whom,         // recipients
    what,            // summary or description
    data,            // data items shared
    channel,         // how
    purpose,         // why
    system,          // where it is recorded
    decides,         // the organisation that decides
    does_not_decide, // organisations that do not
    count,           // number of contact persons, with the date of the figure
    where,           // locations
    note,            // anything else the content says
    flow,            // one flow of a step: "X → Y (kanaal): gegevens"
    source           // citation: document — locator
};

// Dutch label for the CLI ("Wie", "Aan wie"); the app translates the enum.
const char* answer_label_nl(AnswerLabel label);

struct AnswerRow {
    AnswerLabel label;
    std::string text;
};

struct SearchAnswer {
    SearchKind kind = SearchKind::step;
    std::string title;   // the step, decision right, contact point, ...
    std::string context; // its process or organisation
    std::vector<AnswerRow> rows;
    bool illustrative = false; // the content marks it as not stated by a source
    Route route;               // "open in the guide"
};

SearchAnswer answer_for(const Model& model, const SearchDocument& document);

} // namespace pw
