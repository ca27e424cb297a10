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

// A ranked hit: where it points and why it ranks. What a row shows beyond
// that (marked title words, a snippet) is SearchIndex::describe's, computed
// only for the rows that are shown.
struct SearchHit {
    std::size_t document = 0;
    double score = 0;
    // Why it ranks (protocolwijzer search --json shows this to authors).
    double text_score = 0;                  // BM25F over the fields
    double coverage = 0;                    // share of the question's concepts it matched, 0..1
    double shape_bonus = 0;                 // its sender, recipient or decider fit the question
    double name_bonus = 0;                  // it is the thing the query names ("OTS", "de gi")
    double title_bonus = 0;                 // its title or names hold the question's concepts
    std::vector<std::string> shape_matches; // "afzender", "ontvanger", "beslisser"
};

// What a shown row says besides its title: the words of the title the query
// matched, a piece of the body around the first match with its matches, and
// which fields matched.
struct HitDetails {
    std::vector<TextSpan> title_matches; // in SearchDocument::title
    std::string snippet;                 // a piece of the body around the first match
    std::vector<TextSpan> snippet_matches;
    std::uint32_t fields = 0; // bit (1 << SearchField) per field that matched
};

// The hits of one search, best first, and what describing one of them needs:
// the vocabulary words the query matched.
struct SearchResults {
    std::vector<SearchHit> hits;
    std::vector<std::uint32_t> matched_words;     // vocabulary ids scored, each once
    std::vector<std::uint32_t> highlighted_words; // of those, the ones marked in rows

    bool empty() const { return hits.empty(); }
    std::size_t size() const { return hits.size(); }
    const SearchHit& operator[](std::size_t i) const { return hits[i]; }
    const SearchHit& front() const { return hits.front(); }
    std::vector<SearchHit>::const_iterator begin() const { return hits.begin(); }
    std::vector<SearchHit>::const_iterator end() const { return hits.end(); }
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

    // Best first, at most one hit per route: the first `limit` places of the
    // full ranking.
    SearchResults search(std::string_view query, std::size_t limit = 50) const;
    // The row of hit `i` of `results` (from this index): marked title words,
    // snippet, matched fields. The same whatever `limit` the search had.
    HitDetails describe(const SearchResults& results, std::size_t i) const;
    // Rows [first, last) at once (the matched words are gathered once).
    std::vector<HitDetails> describe(const SearchResults& results, std::size_t first,
                                     std::size_t last) const;
    QueryReading read_query(std::string_view query) const;
    // When a search finds nothing: vocabulary words close to the query's words
    // (a longer typo, a part of an unknown compound), best first.
    std::vector<std::string> closest_words(std::string_view query, std::size_t limit = 3) const;
    // True when the first hit clearly wins over the second (an answer card).
    static bool clear_winner(const std::vector<SearchHit>& hits);

    const std::vector<SearchDocument>& documents() const { return documents_; }
    std::size_t vocabulary_size() const { return vocabulary_.size(); }

  private:
    // A document holding a vocabulary word, with what ranking and rows need of
    // it, computed when the index is built.
    struct Entry {
        // BM25F's weight of the word in the document before saturation: per
        // field, field weight x count / length norm, summed over its fields.
        double impact;
        std::uint32_t document;
        // In the body: the byte where the word first occurs (kFarInBody when
        // that is further), so a snippet is cut without reading up to it.
        std::uint16_t first;
        std::uint8_t fields; // bit (1 << SearchField) per field holding it
    };
    // While building: a word in one field of a document.
    struct Posting {
        std::uint32_t document;
        std::uint8_t field;
        std::uint8_t count;
        std::uint16_t first; // as Entry::first
    };
    // Adds the next vocabulary word's entries from its postings (in document order).
    void add_entries(const std::vector<Posting>& postings, const std::vector<double>& norms);
    // A vocabulary word's entries, in document order.
    struct Entries {
        const Entry* first;
        const Entry* last;
        const Entry* begin() const { return first; }
        const Entry* end() const { return last; }
        std::size_t size() const { return static_cast<std::size_t>(last - first); }
    };
    Entries entries(std::size_t word) const {
        return {entries_.data() + entry_begin_[word], entries_.data() + entry_begin_[word + 1]};
    }
    // The documents holding a vocabulary word in their title or names.
    struct Titled {
        const std::uint32_t* first;
        const std::uint32_t* last;
        const std::uint32_t* begin() const { return first; }
        const std::uint32_t* end() const { return last; }
    };
    Titled titled(std::size_t word) const {
        return {titled_.data() + titled_begin_[word], titled_.data() + titled_begin_[word + 1]};
    }
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
        bool highlighted = false;        // an alternative with it matched: its words are marked
        std::size_t titled_in_group = 0; // the last concept its titled documents counted for
        // The vocabulary words it matched, with how well.
        std::vector<std::pair<std::size_t, double>> matches;
        // With more than one match, its score per document (one match: that
        // word's entries x its quality, read in place).
        std::vector<WordHit> hits;
        // Calls f(document, value) for each document it scores in, in document order
        // for one match.
        template <class F> void for_each_hit(const SearchIndex& index, F&& f) const;
        std::size_t hit_count(const SearchIndex& index) const;
    };
    // Scores a word once per search; its index in Scratch::words.
    std::size_t score_word(const std::string& word, const std::string& stem, bool fuzzy,
                           Scratch& s) const;
    void score_group(const detail::QueryGroup& group, Scratch& s) const;
    // Scratch::alternative keeps the documents `word` scores in, at the lower value.
    void keep_min_of(const ScoredWord& word, Scratch& s) const;
    // BM25's inverse document frequency of a concept found in `documents` documents.
    double idf_of(std::size_t documents) const;
    // Adds a concept's saturated score for document d to the document's total.
    void add_concept(Scratch& s, const detail::QueryGroup& g, std::uint32_t d, double idf,
                     double tf) const;
    // BM25F's length normalisation per document and field.
    std::vector<double> length_norms(const std::vector<std::uint16_t>& field_length) const;
    // Scores with all bonuses the documents that can be among the first
    // `limit` places (Scratch::ranked), after the text scores.
    void rank_top_places(Scratch& s, double best_text, double total_weight,
                         std::size_t limit) const;
    // Flags the documents known by the name the query is (Scratch::named).
    void mark_named(const detail::AnalysedQuery& q, Scratch& s) const;
    // Each scored document's text score (BM25F x coverage^1.5); the best of them.
    double text_scores(Scratch& s, double total_weight) const;
    // The first `limit` places of Scratch::ranked, best first, one hit each.
    SearchResults pick_places(Scratch& s, std::size_t limit) const;
    void fit_shape(const detail::QueryShape& shape, ShapeFit& fit) const;
    double shape_bonus(std::size_t doc, const ShapeFit& fit, std::vector<std::string>* why) const;

    std::vector<SearchDocument> documents_;
    std::vector<std::string> vocabulary_;                        // sorted, folded
    std::vector<std::pair<std::string, std::uint32_t>> by_stem_; // (Snowball stem, word), sorted
    // Per vocabulary word v: entries_[entry_begin_[v] .. entry_begin_[v + 1]).
    std::vector<Entry> entries_;
    std::vector<std::uint32_t> entry_begin_{0};
    // Per vocabulary word v: titled_[titled_begin_[v] .. titled_begin_[v + 1]), in
    // document order (a search need not read all its entries to find them).
    std::vector<std::uint32_t> titled_;
    std::vector<std::uint32_t> titled_begin_{0};
    // Per vocabulary word: fields holding it, all documents.
    std::vector<std::uint32_t> field_count_;
    std::array<double, kSearchFieldCount> average_length_{};
    TermMatcher matcher_; // over vocabulary_
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
