// Reading a query: which words and names it searches for, which it skips, and
// its shape ("wie informeert de GI": a flow with the GI as recipient).
// Internal to the search engine.
#pragma once

#include "search_lexicon.hpp"

#include "pw/dutch_stemmer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw::detail {

// One way of saying a concept: all its words must match.
struct QueryAlternative {
    std::vector<std::string> words; // folded
    std::vector<std::string> stems; // Snowball stems of words
    double weight = 1.0;            // 1 for what was typed, less for a synonym
    bool typed = false; // as the user typed it: may match fuzzily (prefix, compound, typo)
};

// One concept of the question: a word, or a name with its other forms.
struct QueryGroup {
    std::string typed; // as the user wrote it
    std::vector<QueryAlternative> alternatives;
    std::vector<PartyId> parties; // the organisations and roles it names
    double weight = 1.0;          // its share in coverage (a verb counts less)
    bool name = false;            // a name or synonym from the lexicon
};

struct QueryShape {
    QuestionVerb verb = QuestionVerb::none;
    std::vector<PartyId> senders, recipients, deciders;
    bool any() const { return verb != QuestionVerb::none; }
};

struct AnalysedQuery {
    std::vector<QueryGroup> groups;
    std::vector<std::string> skipped; // stop words, folded
    QueryShape shape;
    // The query without stop words names one thing ("de gi", "OTS").
    bool single_name = false;
};

AnalysedQuery analyse_query(std::string_view query, const SearchLexiconIndex& lexicon,
                            DutchStemmer& stemmer);

const char* verb_id(QuestionVerb verb);

} // namespace pw::detail
