// Search over the whole guide that answers questions typed in everyday Dutch,
// in core so the app and the CLI rank alike (see core/README.md, "Search").
//
// A query is folded (case, diacritics), split into words, and read for its
// shape: stop words are skipped, names of organisations and roles and their
// everyday forms ("de raad", "de gi") and the glossary's synonyms become
// alternatives of one concept, and a verb ("informeert", "beslist") with the
// names around it says who sends to whom or who decides. Each remaining word
// matches the vocabulary exactly, by its Snowball stem, as a prefix, inside a
// compound or with one typo. Documents are ranked with BM25F over weighted
// fields (title, names, process, people, data, purpose, text), any word may
// match, a document covering more of the question ranks higher, and flows and
// decision rights whose sender, recipient or decider match the question's shape
// rank above loose text matches. One hit per place (route).
#pragma once

#include "pw/abbreviations.hpp"
#include "pw/model.hpp"
#include "pw/routes.hpp"
#include "pw/term_matcher.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pw {

class DutchStemmer;

enum class SearchKind {
    step,
    flow,
    decision_right,
    contact_point,
    role,
    organisation,
    data_item,
    system,
    channel,
    glossary,
    card,
    example,
    exercise,
    case_type,
    rule
};

// Dutch name of a kind, plural, for grouping results ("Stappen", "Rollen").
const char* search_kind_label(SearchKind kind);
// Stable machine name ("step", "role") for JSON output.
const char* search_kind_id(SearchKind kind);

// The parts of a document that are searched, each with its own weight.
enum class SearchField : std::uint8_t {
    title,   // the heading
    names,   // short names, abbreviations, aliases
    kind,    // what it is: "stap", "oefening", "begrip"
    process, // the process (case type) and step it belongs to
    people,  // actor, sender, recipients, decider: role and organisation names
    data,    // data items a flow shares
    purpose, // purposes of a flow
    body     // everything else: summaries, descriptions, definitions, notes
};
inline constexpr std::size_t kSearchFieldCount = 8;
// Stable machine name ("title", "people") for JSON output.
const char* search_field_id(SearchField field);

struct SearchDocument {
    SearchKind kind = SearchKind::step;
    std::string id;      // entity id
    std::string title;   // shown as the hit's heading; the title field
    std::string context; // where it belongs, e.g. the case type of a step
    std::string body;    // shown in snippets; the body field
    Route route;
    // Short names, abbreviations, aliases: the names field, and what the
    // document is (with its title) when a query names it.
    std::vector<std::string> names;
    // Text of the other fields (kind, process, people, data, purpose).
    std::vector<std::pair<SearchField, std::string>> fields;
    // Who, for a question's shape: role ids of a flow's sender and recipients
    // (a step's actor is its sender); organisation ids that decide or do not
    // decide (decision rights).
    std::vector<std::string> senders, recipients;
    std::vector<std::string> deciders, not_deciders;
};

struct SearchHit {
    std::size_t document = 0;
    double score = 0;
    std::vector<TextSpan> title_matches; // in SearchDocument::title
    std::string snippet;                 // a piece of the body around the first match
    std::vector<TextSpan> snippet_matches;
    // Why it ranks (protocolwijzer search --json shows this to authors).
    double text_score = 0;                  // BM25F over the fields
    double coverage = 0;                    // share of the question's concepts it matched, 0..1
    double shape_bonus = 0;                 // its sender, recipient or decider fit the question
    double name_bonus = 0;                  // it is the thing the query names ("OTS", "de gi")
    double title_bonus = 0;                 // its title or names hold the question's concepts
    std::uint32_t fields = 0;               // bit (1 << SearchField) per field that matched
    std::vector<std::string> shape_matches; // "afzender", "ontvanger", "beslisser"
};

// How a query was read: for authors (--json) and for tests.
struct QueryReading {
    std::vector<std::string> concepts; // words and names searched, as typed
    std::vector<std::string> skipped;  // stop words
    std::string shape;                 // "", "sends", "asks", "receives", "decides"
    std::vector<std::string> senders, recipients, deciders; // organisation and role ids
};

namespace detail {
class SearchLexiconIndex;
struct AnalysedQuery;
struct QueryGroup;
struct QueryShape;
} // namespace detail

class SearchIndex {
  public:
    static SearchIndex build(const Model& model);
    SearchIndex();
    ~SearchIndex();
    SearchIndex(SearchIndex&&) noexcept;
    SearchIndex& operator=(SearchIndex&&) noexcept;

    // Best first, at most one hit per route.
    std::vector<SearchHit> search(std::string_view query, std::size_t limit = 50) const;
    QueryReading read_query(std::string_view query) const;
    // When a search finds nothing: vocabulary words close to the query's words
    // (a longer typo, a part of an unknown compound), best first.
    std::vector<std::string> closest_words(std::string_view query, std::size_t limit = 3) const;
    // True when the first hit clearly wins over the second (an answer card).
    static bool clear_winner(const std::vector<SearchHit>& hits);

    const std::vector<SearchDocument>& documents() const { return documents_; }
    std::size_t vocabulary_size() const { return vocabulary_.size(); }

  private:
    struct Posting {
        std::uint32_t document;
        std::uint8_t field;
        std::uint8_t count;
        // In the body: the byte where the word first occurs (kFarInBody when
        // that is further), so a snippet is cut without reading up to it.
        std::uint16_t first;
    };
    static constexpr std::uint16_t kFarInBody = 0xFFFF;
    struct Scratch;     // per search, in search_rank.cpp
    struct ScratchPool; // keeps one Scratch between searches
    struct ShapeFit;    // which parties fit each side of a question's shape
    // The query read by the lexicon, with compounds joined or split as the
    // vocabulary has them ("kinderbeschermings maatregel", "dublinoverdracht").
    detail::AnalysedQuery analyse(std::string_view query, DutchStemmer& stemmer) const;
    bool known(const std::string& word) const;
    // Vocabulary words matching a query word: exactly or by stem, and when
    // `fuzzy` (what the user typed, not a synonym) also as a prefix, inside a
    // compound or with one typo.
    std::vector<std::pair<std::size_t, double>>
    match_word(const std::string& word, const std::string& stem, bool fuzzy = true) const;
    // One query word's score per document, before BM25's saturation.
    struct WordHit {
        std::uint32_t doc;
        double value;
    };
    struct ScoredWord {
        std::string word;
        bool fuzzy = false;
        bool highlighted = false; // an alternative with it matched: its words are marked
        std::size_t titled_in_group = 0; // the last concept its titled documents counted for
        std::vector<std::string_view> vocabulary; // the vocabulary words it matched
        std::vector<WordHit> hits;
        std::vector<std::uint32_t> titled; // documents where it is in the title or names
        std::vector<std::pair<std::uint32_t, std::uint16_t>> in_body; // (document, first)
    };
    // Scores a word once per search (its fields recorded); its index in Scratch::words.
    std::size_t score_word(const std::string& word, const std::string& stem, bool fuzzy,
                           Scratch& s) const;
    void score_group(const detail::QueryGroup& group, Scratch& s) const;
    // BM25F's length normalisation per document and field (norm_).
    void compute_norms(const std::vector<std::uint16_t>& field_length);
    void fit_shape(const detail::QueryShape& shape, ShapeFit& fit) const;
    double shape_bonus(std::size_t doc, const ShapeFit& fit, std::vector<std::string>* why) const;

    std::vector<SearchDocument> documents_;
    std::vector<std::string> vocabulary_;                        // sorted, folded
    std::vector<std::pair<std::string, std::uint32_t>> by_stem_; // (Snowball stem, word), sorted
    std::vector<std::vector<Posting>> postings_;                 // per vocabulary word
    std::array<double, kSearchFieldCount> average_length_{};
    std::vector<double> norm_; // BM25F's length normalisation per document and field
    TermMatcher matcher_;      // over vocabulary_
    // The names documents are known by (stems of content words) -> those documents.
    std::unordered_map<std::string, std::vector<std::uint32_t>> named_documents_;
    std::vector<std::uint32_t> route_of_; // per document: its place, numbered
    std::size_t route_count_ = 0;
    // Per document, organisations and roles (detail::PartyId) for a question's
    // shape, all in one array: document d's are parties[begin[d] .. begin[d+1]).
    struct PartyLists {
        std::vector<std::uint32_t> begin{0};
        std::vector<std::uint16_t> parties;
        void add(const std::vector<std::uint16_t>& of_document);
    };
    PartyLists senders_, recipients_, deciders_;
    std::vector<SearchKind> kind_; // per document, at hand for ranking
    std::unique_ptr<detail::SearchLexiconIndex> lexicon_;
    std::unique_ptr<ScratchPool> scratch_pool_;
};

} // namespace pw
