// What one search works in: per-document scores and flags, sized to the
// index. A search costs what it touches, not what the index holds: the
// arrays are allocated once and kept between searches (SearchIndex keeps one
// spare), and a search clears only the documents it touched. Internal to the
// search engine.
#pragma once

#include "pw/dutch_stemmer.hpp"
#include "pw/search.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pw {
namespace detail {

// The documents a search touched, in the order it touched them. Each is
// touched at most once, so room for every document is set aside once and a
// touch is a store, without a capacity check.
class TouchedDocs {
  public:
    void resize(std::size_t n) {
        docs_.assign(n, 0);
        count_ = 0;
    }
    void add(std::uint32_t d) { docs_[count_++] = d; }
    // Keeps the first `n` (a filter writes the kept ones to the front).
    void keep_first(std::size_t n) { count_ = n; }
    void set(std::size_t i, std::uint32_t d) { docs_[i] = d; }
    std::span<const std::uint32_t> docs() const { return {docs_.data(), count_}; }

  private:
    std::vector<std::uint32_t> docs_;
    std::size_t count_ = 0;
};

// Dense per-document values that remember which documents they touched, so
// clearing costs what the search used. Every real value is > 0.
class DocValues {
  public:
    void resize(std::size_t n) {
        value_.assign(n, 0.0);
        touched_.resize(n);
    }
    void add(std::uint32_t d, double v) {
        if (value_[d] == 0.0) touched_.add(d);
        value_[d] += v;
    }
    void raise(std::uint32_t d, double v) {
        if (value_[d] == 0.0) touched_.add(d);
        value_[d] = std::max(value_[d], v);
    }
    // Lowers the value of a document it has to at most v.
    void lower_to(std::uint32_t d, double v) { value_[d] = std::min(value_[d], v); }
    // Keeps the documents marked in `marks` and clears their marks.
    void keep_if(std::vector<std::uint8_t>& marks) {
        std::size_t kept = 0;
        for (const std::uint32_t d : docs()) {
            if (marks[d]) {
                marks[d] = 0;
                touched_.set(kept++, d);
            } else {
                value_[d] = 0.0;
            }
        }
        touched_.keep_first(kept);
    }
    double operator[](std::uint32_t d) const { return value_[d]; }
    std::span<const std::uint32_t> docs() const { return touched_.docs(); }
    void clear() {
        for (const std::uint32_t d : docs())
            value_[d] = 0.0;
        touched_.keep_first(0);
    }

  private:
    std::vector<double> value_;
    TouchedDocs touched_;
};

// Per document, what the question's concepts add up to, in one place (a
// concept adds to all three at once), remembering which documents it touched.
class DocTotals {
  public:
    struct Totals {
        double bm25 = 0.0;     // BM25F summed over the concepts it matched; > 0 when touched
        float covered = 0.0f;  // weight of the concepts it matched
        float in_title = 0.0f; // weight of the concepts its title or names hold
    };
    void resize(std::size_t n) {
        totals_.assign(n, Totals{});
        touched_.resize(n);
    }
    // A concept of weight `weight` scoring `score` (> 0) in document d.
    void add(std::uint32_t d, double score, float weight, bool titled) {
        Totals& t = totals_[d];
        if (t.bm25 == 0.0) touched_.add(d);
        t.bm25 += score;
        t.covered += weight;
        if (titled) t.in_title += weight;
    }
    const Totals& operator[](std::uint32_t d) const { return totals_[d]; }
    std::span<const std::uint32_t> docs() const { return touched_.docs(); }
    void clear() {
        for (const std::uint32_t d : docs())
            totals_[d] = Totals{};
        touched_.keep_first(0);
    }

  private:
    std::vector<Totals> totals_;
    TouchedDocs touched_;
};

// A document after scoring, before the one-hit-per-place cut.
struct Ranked {
    double score;
    std::uint32_t doc;
    std::uint8_t kind; // SearchKind, for ties without reaching into the document
    double text, coverage, shape, name, title;
};

} // namespace detail

// Per party: does it fit what the question asks of a sender, a recipient, a
// decider (a role fits itself and its organisation, an organisation its roles).
struct SearchIndex::ShapeFit {
    const detail::QueryShape* shape = nullptr;
    bool senders = false, recipients = false, deciders = false; // asked at all
    std::vector<std::uint8_t> sender, recipient, decider;
};

struct SearchIndex::Scratch {
    // Sized for n documents and `places` places; every array starts cleared.
    void resize(std::size_t n, std::size_t places) {
        for (detail::DocValues* v : {&group, &alternative, &word_values})
            v->resize(n);
        total.resize(n);
        in_word.assign(n, 0);
        group_in_title.assign(n, 0);
        named.assign(n, 0);
        place_taken.assign(places, 0);
        coverage.assign(n, 0.0);
        text.assign(n, 0.0);
        lower.assign(n, 0.0);
        place_lower.assign(places, -1.0);
    }
    // Back to cleared, touching only what the last search used.
    void clear() {
        for (const std::uint32_t d : flagged)
            group_in_title[d] = 0;
        for (const std::uint32_t d : named_docs)
            named[d] = 0;
        for (const std::uint32_t p : places_taken)
            place_taken[p] = 0;
        for (const std::uint32_t p : places_seen)
            place_lower[p] = -1.0;
        places_seen.clear();
        for (detail::DocValues* v : {&group, &alternative})
            v->clear();
        total.clear();
        words_used = 0;
        groups_scored = 0;
        flagged.clear();
        named_docs.clear();
        places_taken.clear();
        alternative_words.clear();
        ranked.clear();
    }

    DutchStemmer stemmer;
    detail::DocTotals total;                  // per document: the concepts' scores and weights
    std::vector<std::uint8_t> group_in_title; // this concept matched its title or names
    std::vector<std::uint32_t> flagged;       // where group_in_title is set
    std::vector<std::uint8_t>
        named; // it is the thing the query names: 2 as typed, 1 by another name
    std::vector<std::uint32_t> named_docs;
    std::vector<std::uint8_t> place_taken; // per place: a hit already points there
    std::vector<std::uint32_t> places_taken;
    detail::DocValues group, alternative;
    std::vector<std::uint8_t> in_word; // while intersecting a phrase: the word has it
    // The query's words as scored so far (words[0 .. words_used)); the entries
    // after that keep their memory for the next search.
    std::vector<ScoredWord> words;
    std::size_t words_used = 0;
    std::size_t groups_scored = 0;
    detail::DocValues word_values;              // while scoring one word
    std::vector<std::size_t> alternative_words; // the current alternative's, in `words`
    // Per document touched (written before read, never cleared): its coverage,
    // text score and score without the shape bonus.
    std::vector<double> coverage, text, lower;
    std::vector<double> place_lower; // per place: its best `lower`, -1 when none
    std::vector<std::uint32_t> places_seen;
    std::vector<double> place_scores;   // place_lower of places_seen, for the cut
    std::vector<detail::Ranked> ranked; // the documents that may place, fully scored
    ShapeFit shape;
};

// One spare Scratch, so that a search allocates nothing in proportion to the
// index. A search takes it (or makes one when another search holds it) and
// gives it back cleared.
struct SearchIndex::ScratchPool {
    std::mutex mutex;
    std::unique_ptr<Scratch> spare;
};

} // namespace pw
