// Dutch-aware search over the whole guide, in core so the app and the CLI use
// the same engine. Case and diacritics are folded ("beeindiging" finds
// "beëindiging"), abbreviations and their expansions find each other ("OTS"
// <-> "ondertoezichtstelling"), every query word may be a prefix, and words of
// four letters or more tolerate one typo. An inverted index, not a scan.
#pragma once

#include "pw/abbreviations.hpp"
#include "pw/model.hpp"
#include "pw/routes.hpp"
#include "pw/term_matcher.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pw {

enum class SearchKind {
    step,
    flow,
    role,
    organisation,
    data_item,
    system,
    glossary,
    card,
    example,
    case_type,
    rule
};

// Dutch name of a kind, plural, for grouping results ("Stappen", "Rollen").
const char* search_kind_label(SearchKind kind);
// Stable machine name ("step", "role") for JSON output.
const char* search_kind_id(SearchKind kind);

struct SearchDocument {
    SearchKind kind = SearchKind::step;
    std::string id;      // entity id
    std::string title;   // shown as the hit's heading
    std::string context; // e.g. the case type a step belongs to
    std::string body;    // searchable text shown in snippets
    Route route;
};

struct SearchHit {
    std::size_t document = 0;
    double score = 0;
    std::vector<TextSpan> title_matches; // in SearchDocument::title
    std::string snippet;                 // a piece of the body around the first match
    std::vector<TextSpan> snippet_matches;
};

class SearchIndex {
  public:
    static SearchIndex build(const Model& model);

    // Best first. Every query word must match (in title or body).
    std::vector<SearchHit> search(std::string_view query, std::size_t limit = 50) const;

    const std::vector<SearchDocument>& documents() const { return documents_; }
    std::size_t vocabulary_size() const { return vocabulary_.size(); }

  private:
    struct Posting {
        std::size_t document;
        bool in_title;
    };
    // An alternative spelling of one query word (or a phrase, all words required).
    struct Alternative {
        std::vector<std::string> words;
        double weight = 1.0;
    };
    std::vector<Alternative> alternatives(const std::vector<std::string>& query_words,
                                          std::size_t& i) const;
    std::vector<SearchDocument> documents_;
    std::vector<std::string> vocabulary_;        // sorted, folded
    std::vector<std::vector<Posting>> postings_; // per vocabulary entry
    TermMatcher matcher_;                        // over vocabulary_
    std::vector<std::string> folded_titles_;     // per document
    // Folded abbreviation <-> folded expansion words, from the glossary.
    std::unordered_map<std::string, std::vector<std::vector<std::string>>> synonyms_;
};

} // namespace pw
