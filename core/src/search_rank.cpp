// Ranking: BM25F per concept of the question, any concept may match, a bonus
// for covering more of the question, for a fitting shape (sender, recipient,
// decider) and for being the thing the query names; one hit per place.
#include "pw/search.hpp"

#include "search_lexicon.hpp"
#include "search_query.hpp"
#include "search_scratch.hpp"

#include "pw/dutch_stemmer.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <mutex>

namespace pw {
namespace {

// Field weights and length normalisation (BM25F), in SearchField order: a title
// or a name says what a thing is; the process, the people, the data and the
// purposes say what a step or flow is about.
constexpr std::array<double, kSearchFieldCount> kWeight{3.0, 2.5, 1.0, 1.5, 1.5, 1.5, 1.2, 1.0};
constexpr std::array<double, kSearchFieldCount> kLengthNorm{0.3, 0.3, 0.0,  0.3,
                                                            0.5, 0.5, 0.75, 0.75};
constexpr double kK1 = 1.2;
constexpr unsigned kTitleOrNames = (1u << static_cast<unsigned>(SearchField::title)) |
                                   (1u << static_cast<unsigned>(SearchField::names));
// A document covering a share c of the question keeps c^kCoveragePower of its text score.
constexpr double kCoveragePower = 1.5;

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

} // namespace

std::vector<double>
SearchIndex::length_norms(const std::vector<std::uint16_t>& field_length) const {
    std::vector<double> norms(field_length.size());
    for (std::size_t i = 0; i < field_length.size(); ++i) {
        const std::size_t f = i % kSearchFieldCount;
        const double length = field_length[i];
        norms[i] = 1.0 - kLengthNorm[f] + kLengthNorm[f] * length / average_length_[f];
    }
    return norms;
}

void SearchIndex::add_entries(const std::vector<Posting>& postings,
                              const std::vector<double>& norms) {
    constexpr auto body = static_cast<std::uint8_t>(SearchField::body);
    // A document's postings are next to each other (one per field it is in).
    for (std::size_t i = 0; i < postings.size();) {
        Entry e{0.0, postings[i].document, kFarInBody, 0};
        for (; i < postings.size() && postings[i].document == e.document; ++i) {
            const Posting& p = postings[i];
            e.impact +=
                kWeight[p.field] * p.count / norms[e.document * kSearchFieldCount + p.field];
            e.fields = static_cast<std::uint8_t>(e.fields | (1u << p.field));
            if (p.field == body) e.first = std::min(e.first, p.first);
        }
        entries_.push_back(e);
        if (e.fields & kTitleOrNames) titled_.push_back(e.document);
    }
    entry_begin_.push_back(static_cast<std::uint32_t>(entries_.size()));
    titled_begin_.push_back(static_cast<std::uint32_t>(titled_.size()));
    field_count_.push_back(static_cast<std::uint32_t>(postings.size()));
}

std::size_t SearchIndex::ScoredWord::hit_count(const SearchIndex& index) const {
    return matches.size() == 1 ? index.entries(matches.front().first).size() : hits.size();
}

template <class F>
void SearchIndex::ScoredWord::for_each_hit(const SearchIndex& index, F&& f) const {
    if (matches.size() == 1) {
        const double quality = matches.front().second;
        for (const Entry& e : index.entries(matches.front().first))
            f(e.document, quality * e.impact);
    } else {
        for (const WordHit& h : hits)
            f(h.doc, h.value);
    }
}

std::size_t SearchIndex::score_word(const std::string& word, const std::string& stem, bool fuzzy,
                                    Scratch& s) const {
    for (std::size_t i = 0; i < s.words_used; ++i)
        if (s.words[i].fuzzy == fuzzy && s.words[i].word == word) return i;
    if (s.words_used == s.words.size()) s.words.emplace_back();
    ScoredWord& out = s.words[s.words_used];
    out.word = word;
    out.fuzzy = fuzzy;
    out.highlighted = false;
    out.titled_in_group = SIZE_MAX;
    out.matches = match_word(word, stem, fuzzy);
    out.hits.clear();
    // One vocabulary word: its entries are the word's hits (for_each_hit).
    if (out.matches.size() == 1) return s.words_used++;
    detail::DocValues& values = s.word_values;
    for (const auto& [v, quality] : out.matches)
        for (const Entry& e : entries(v))
            values.add(e.document, quality * e.impact);
    out.hits.resize(values.docs().size());
    WordHit* hit = out.hits.data();
    for (const std::uint32_t d : values.docs())
        *hit++ = {d, values[d]};
    values.clear();
    return s.words_used++;
}

double SearchIndex::idf_of(std::size_t documents) const {
    const double n = static_cast<double>(documents_.size());
    const double df = static_cast<double>(documents);
    return std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

void SearchIndex::add_concept(Scratch& s, const detail::QueryGroup& g, std::uint32_t d, double idf,
                              double tf) const {
    s.total.add(d, idf * tf / (kK1 + tf), static_cast<float>(g.weight), s.group_in_title[d] != 0);
}

void SearchIndex::keep_min_of(const ScoredWord& word, Scratch& s) const {
    // A word scores each document once: its value is read where the phrase's
    // documents are, without spreading the word out.
    word.for_each_hit(*this, [&s](std::uint32_t d, double value) {
        if (s.alternative[d] == 0.0) return;
        s.alternative.lower_to(d, value);
        s.in_word[d] = 1;
    });
    s.alternative.keep_if(s.in_word);
}

void SearchIndex::score_group(const detail::QueryGroup& g, Scratch& s) const {
    const std::size_t group_number = s.groups_scored++;
    s.group.clear();
    for (const detail::QueryAlternative& alt : g.alternatives) {
        // A word said in several alternatives ("contactpersoon" in each kind
        // of contact person) is scored once per search.
        s.alternative_words.clear();
        for (std::size_t w = 0; w < alt.words.size(); ++w) {
            const std::size_t i = score_word(alt.words[w], alt.stems[w], alt.typed, s);
            s.alternative_words.push_back(i);
            ScoredWord& scored = s.words[i];
            if (scored.titled_in_group != group_number) {
                scored.titled_in_group = group_number;
                for (const auto& match : scored.matches)
                    for (const std::uint32_t d : titled(match.first))
                        if (!s.group_in_title[d]) {
                            s.group_in_title[d] = 1;
                            s.flagged.push_back(d);
                        }
            }
        }
        bool matched = false;
        if (alt.words.size() == 1 && g.alternatives.size() == 1) {
            // One word, one way of saying it: its hits are the concept's.
            const ScoredWord& scored = s.words[s.alternative_words.front()];
            matched = !scored.matches.empty();
            const double weight = alt.weight;
            const double idf = idf_of(scored.hit_count(*this));
            scored.for_each_hit(*this, [&](std::uint32_t d, double value) {
                add_concept(s, g, d, idf, weight * value);
            });
        } else if (alt.words.size() == 1) {
            const ScoredWord& scored = s.words[s.alternative_words.front()];
            matched = !scored.matches.empty();
            const double weight = alt.weight;
            scored.for_each_hit(
                *this, [&](std::uint32_t d, double value) { s.group.raise(d, weight * value); });
        } else {
            // Every word of a phrase must match; the weakest counts. The word
            // in fewest documents is spread out, the others only looked up
            // there (the minimum and the documents kept are the same in any order).
            const auto fewest = std::min_element(
                s.alternative_words.begin(), s.alternative_words.end(),
                [&](std::size_t a, std::size_t b) {
                    return s.words[a].hit_count(*this) < s.words[b].hit_count(*this);
                });
            s.alternative.clear();
            s.words[*fewest].for_each_hit(
                *this, [&s](std::uint32_t d, double value) { s.alternative.add(d, value); });
            for (auto w = s.alternative_words.begin(); w != s.alternative_words.end(); ++w)
                if (w != fewest) keep_min_of(s.words[*w], s);
            matched = !s.alternative.docs().empty();
            for (const std::uint32_t d : s.alternative.docs())
                s.group.raise(d, alt.weight * s.alternative[d]);
        }
        // Highlighted only when the whole alternative matched somewhere.
        if (!matched) continue;
        for (const std::size_t i : s.alternative_words)
            s.words[i].highlighted = true;
    }
    if (!s.group.docs().empty()) {
        const double idf = idf_of(s.group.docs().size());
        for (const std::uint32_t d : s.group.docs())
            add_concept(s, g, d, idf, s.group[d]);
    }
    for (const std::uint32_t d : s.flagged)
        s.group_in_title[d] = 0;
    s.flagged.clear();
}

void SearchIndex::mark_named(const detail::AnalysedQuery& q, Scratch& s) const {
    // The query as names (stems): all its words, or each way of saying the one
    // name it is; the documents known by one of those names.
    std::vector<std::string> query_names;
    std::vector<std::string> all;
    for (const auto& g : q.groups)
        all.insert(all.end(), g.alternatives.front().stems.begin(),
                   g.alternatives.front().stems.end());
    query_names.push_back(joined(all));
    if (q.single_name)
        for (const auto& alt : q.groups.front().alternatives)
            query_names.push_back(joined(alt.stems));
    // The name as typed first (2), then its other names (1): the glossary's
    // "contactpersoon Belang van het Kind" is more the thing asked for than "cp".
    for (std::size_t i = 0; i < query_names.size(); ++i)
        if (auto it = named_documents_.find(query_names[i]); it != named_documents_.end())
            for (const std::uint32_t d : it->second)
                if (!s.named[d]) {
                    s.named[d] = i == 0 ? 2 : 1;
                    s.named_docs.push_back(d);
                }
}

double SearchIndex::text_scores(Scratch& s, double total_weight) const {
    // Each document's text score (BM25F x coverage) and the best of them, which
    // the bonuses are shares of.
    double best_text = 0.0;
    // Coverage takes a few values (sums of concept weights): each power once,
    // kept in a small table found by the value's bits (one compare a document).
    std::array<std::pair<double, double>, 16> powers;
    powers.fill({-1.0, 0.0});
    for (const std::uint32_t d : s.total.docs()) {
        const detail::DocTotals::Totals& t = s.total[d];
        const double c = std::min(1.0, t.covered / total_weight);
        std::uint64_t bits; // std::bit_cast: not in emscripten's libc++
        std::memcpy(&bits, &c, sizeof bits);
        auto& known = powers[(bits ^ (bits >> 23) ^ (bits >> 45)) % powers.size()];
        if (known.first != c) known = {c, std::pow(c, kCoveragePower)};
        s.coverage[d] = c;
        s.text[d] = t.bm25 * known.second;
        best_text = std::max(best_text, s.text[d]);
    }
    return best_text;
}

SearchResults SearchIndex::pick_places(Scratch& s, std::size_t limit) const {
    std::vector<detail::Ranked>& ranked = s.ranked;
    // Best first; ties by kind, then in document order: the same order every time.
    auto better = [](const detail::Ranked& a, const detail::Ranked& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.kind != b.kind ? a.kind < b.kind : a.doc < b.doc;
    };
    // One hit per place: sort only as far as needed to fill `limit` places.
    std::vector<const detail::Ranked*> picked;
    std::size_t sorted = 0;
    for (std::size_t i = 0; i < ranked.size() && picked.size() < limit; ++i) {
        if (i == sorted) {
            sorted = std::min(ranked.size(), std::max<std::size_t>(2 * sorted, limit * 2 + 16));
            // The next best in order: selected, then sorted (`better` is a total
            // order, so the same as a partial sort, in fewer comparisons).
            const auto from = ranked.begin() + static_cast<long>(i);
            const auto to = ranked.begin() + static_cast<long>(sorted);
            if (to != ranked.end()) std::nth_element(from, to, ranked.end(), better);
            std::sort(from, to, better);
        }
        const std::uint32_t place = route_of_[ranked[i].doc];
        if (s.place_taken[place]) continue;
        s.place_taken[place] = 1;
        s.places_taken.push_back(place);
        picked.push_back(&ranked[i]);
    }
    SearchResults out;
    out.hits.reserve(picked.size());
    for (const detail::Ranked* r : picked) {
        SearchHit h;
        h.document = r->doc;
        h.score = r->score;
        h.text_score = r->text;
        h.coverage = r->coverage;
        h.shape_bonus = r->shape;
        h.name_bonus = r->name;
        h.title_bonus = r->title;
        shape_bonus(r->doc, s.shape, &h.shape_matches);
        out.hits.push_back(std::move(h));
    }
    // What describe() needs to mark a row: the vocabulary words scored, and
    // those of alternatives that matched somewhere.
    for (std::size_t i = 0; i < s.words_used; ++i)
        for (const auto& m : s.words[i].matches) {
            out.matched_words.push_back(static_cast<std::uint32_t>(m.first));
            if (s.words[i].highlighted)
                out.highlighted_words.push_back(static_cast<std::uint32_t>(m.first));
        }
    for (auto* words : {&out.matched_words, &out.highlighted_words}) {
        std::sort(words->begin(), words->end());
        words->erase(std::unique(words->begin(), words->end()), words->end());
    }
    return out;
}

SearchResults SearchIndex::search(std::string_view query, std::size_t limit) const {
    if (!lexicon_ || documents_.empty() || limit == 0) return {};
    // The spare scratch, or a new one when another search holds it; given back
    // cleared, unless an exception left it half-used.
    struct Lease {
        const SearchIndex& index;
        std::unique_ptr<Scratch> scratch;
        const int exceptions = std::uncaught_exceptions();
        ~Lease() {
            if (!scratch || std::uncaught_exceptions() != exceptions) return;
            scratch->clear();
            const std::lock_guard<std::mutex> lock(index.scratch_pool_->mutex);
            if (!index.scratch_pool_->spare) index.scratch_pool_->spare = std::move(scratch);
        }
    } lease{*this, nullptr};
    {
        const std::lock_guard<std::mutex> lock(scratch_pool_->mutex);
        lease.scratch = std::move(scratch_pool_->spare);
    }
    if (!lease.scratch) {
        lease.scratch = std::make_unique<Scratch>();
        lease.scratch->resize(documents_.size(), route_count_);
    }
    Scratch& s = *lease.scratch;

    const detail::AnalysedQuery q = analyse(query, s.stemmer);
    if (q.groups.empty()) return {};
    double total_weight = 0.0;
    for (const detail::QueryGroup& g : q.groups) {
        score_group(g, s);
        total_weight += g.weight;
    }
    if (s.total.docs().empty()) return {};

    mark_named(q, s);
    const double best_text = text_scores(s, total_weight);
    fit_shape(q.shape, s.shape);
    rank_top_places(s, best_text, total_weight, limit);
    return pick_places(s, limit);
}

} // namespace pw
