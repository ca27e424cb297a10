// What the search engine knows about how people ask, gathered from content:
// the names of organisations and roles (organisations.json), the glossary's
// terms, expansions and aliases (glossary.json) and content/search.json
// (everyday names, synonyms, stop words, question verbs). Nothing here is
// written in code. Internal to the search engine.
#pragma once

#include "pw/model.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pw::detail {

// Organisations and roles are "parties": numbered organisations first, then roles.
using PartyId = std::uint16_t;

enum class QuestionVerb { none, sends, receives, asks, decides };

class SearchLexiconIndex {
  public:
    static SearchLexiconIndex build(const Model& model);

    // A name or synonym: a run of folded words that means a concept.
    struct Concept {
        // Every way of saying it, as folded content words (stop words left out).
        std::vector<std::vector<std::string>> phrases;
        std::vector<PartyId> parties; // organisations and roles it names, if any
    };
    // The concept the folded words words[at .. at+n) name, for the longest n
    // (0 when none does).
    const Concept* longest_name(const std::vector<std::string>& words, std::size_t at,
                                std::size_t& n) const;

    bool is_stop_word(std::string_view folded) const;
    QuestionVerb verb(std::string_view folded) const;
    // Every verb of one kind, folded.
    const std::vector<std::string>& verbs_of(QuestionVerb verb) const {
        return verb_lists_[static_cast<std::size_t>(verb)];
    }
    // Stop words dropped (all of them, if nothing else is left).
    std::vector<std::string> content_words(const std::vector<std::string>& folded) const;

    // The stem of a word of a name, a synonym or a question verb, stemmed once
    // as the lexicon is built (nullptr for any other word): a query's
    // alternatives hold these words on every search.
    const std::string* known_stem(const std::string& folded) const {
        const auto it = stems_.find(folded);
        return it == stems_.end() ? nullptr : &it->second;
    }

    std::size_t party_count() const { return party_names_.size(); }
    PartyId organisation_party(const std::string& id) const; // party_count() if unknown
    PartyId role_party(const std::string& id) const;         // party_count() if unknown
    // The organisation party of a role party (the party itself for an organisation).
    PartyId organisation_of(PartyId party) const { return organisation_of_[party]; }
    const std::string& party_id(PartyId party) const { return party_names_[party]; }

  private:
    std::unordered_map<std::string, Concept> concepts_; // by joined folded words
    std::size_t longest_phrase_ = 1;
    // Per first word of a concept's key, its longest key in words: most query
    // words start none, and are passed over without joining any.
    std::unordered_map<std::string, std::size_t> longest_from_;
    std::vector<std::string> stop_words_; // sorted
    std::unordered_map<std::string, QuestionVerb> verbs_;
    std::vector<std::string> verb_lists_[5]; // by QuestionVerb
    std::vector<std::string> party_names_;   // organisation ids, then role ids
    std::unordered_map<std::string, PartyId> organisation_parties_, role_parties_;
    std::vector<PartyId> organisation_of_;
    std::size_t organisations_ = 0;
    std::unordered_map<std::string, std::string> stems_; // known_stem
};

// Folded words of a text, joined by single spaces.
std::string folded_phrase(std::string_view text);

} // namespace pw::detail
