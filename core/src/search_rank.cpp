// Ranking: BM25F per concept of the question, any concept may match, a bonus
// for covering more of the question, for a fitting shape (sender, recipient,
// decider) and for being the thing the query names; one hit per place.
#include "pw/search.hpp"

#include "search_lexicon.hpp"
#include "search_query.hpp"
#include "search_scratch.hpp"

#include "pw/dutch_stemmer.hpp"
#include "pw/text.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <functional>
#include <mutex>

namespace pw {
namespace {

using detail::PartyId;

// Field weights and length normalisation (BM25F), in SearchField order: a title
// or a name says what a thing is; the process, the people, the data and the
// purposes say what a step or flow is about.
constexpr std::array<double, kSearchFieldCount> kWeight{3.0, 2.5, 1.0, 1.5, 1.5, 1.5, 1.2, 1.0};
constexpr std::array<double, kSearchFieldCount> kLengthNorm{0.3, 0.3, 0.0,  0.3,
                                                            0.5, 0.5, 0.75, 0.75};
constexpr double kK1 = 1.2;
// A document covering a share c of the question keeps c^kCoveragePower of its text score.
constexpr double kCoveragePower = 1.5;
// Bonuses as shares of the query's best text score: its shape fully matched, a
// decision right for "wie beslist ...", the very thing the query names.
constexpr double kShapeShare = 1.0, kDecisionShare = 0.3, kNameShare = 0.5;
// A title (or name) that holds the question's concepts says what the thing is:
// up to this share of the best text score, by the square of the share held.
constexpr double kTitleShare = 0.5;

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

} // namespace

bool SearchIndex::known(const std::string& word) const {
    return std::binary_search(vocabulary_.begin(), vocabulary_.end(), word);
}

detail::AnalysedQuery SearchIndex::analyse(std::string_view query, DutchStemmer& stemmer) const {
    detail::AnalysedQuery q = detail::analyse_query(query, *lexicon_, stemmer);
    auto plain = [](const detail::QueryGroup& g) {
        return !g.name && g.alternatives.size() == 1 && g.alternatives[0].words.size() == 1;
    };
    auto stemmed = [&stemmer](std::vector<std::string> words, double weight) {
        detail::QueryAlternative a;
        for (const auto& w : words)
            a.stems.push_back(stemmer.stem(w));
        a.words = std::move(words);
        a.weight = weight;
        a.typed = false; // parts of what was typed: exact or by stem
        return a;
    };
    for (std::size_t i = 0; i < q.groups.size(); ++i) {
        detail::QueryGroup& g = q.groups[i];
        if (!plain(g)) continue;
        const std::string word = g.alternatives[0].words[0];
        // Two words the vocabulary writes as one: "kinderbeschermings maatregel".
        if (i + 1 < q.groups.size() && plain(q.groups[i + 1])) {
            const std::string next = q.groups[i + 1].alternatives[0].words[0];
            if (known(word + next)) {
                g.typed += " " + q.groups[i + 1].typed;
                g.alternatives = {stemmed({word, next}, 1.0), stemmed({word + next}, 1.0)};
                g.weight += q.groups[i + 1].weight;
                q.groups.erase(q.groups.begin() + static_cast<long>(i) + 1);
                continue;
            }
        }
        // A compound the vocabulary only has in parts: "dublinoverdracht".
        if (known(word) || word.size() < 8) continue;
        for (std::size_t at = 3; at + 4 <= word.size(); ++at) {
            std::string left = word.substr(0, at);
            const std::string right = word.substr(at);
            if (!known(left) && left.back() == 's' && known(left.substr(0, left.size() - 1)))
                left.pop_back(); // the linking s: "gezags|beeindiging"
            if (known(left) && known(right)) {
                g.alternatives.push_back(stemmed({left, right}, 0.8));
                break;
            }
        }
    }
    return q;
}

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
            e.impact += kWeight[p.field] * p.count / norms[e.document * kSearchFieldCount + p.field];
            e.fields = static_cast<std::uint8_t>(e.fields | (1u << p.field));
            if (p.field == body) e.first = std::min(e.first, p.first);
        }
        entries_.push_back(e);
    }
    entry_begin_.push_back(static_cast<std::uint32_t>(entries_.size()));
    field_count_.push_back(static_cast<std::uint32_t>(postings.size()));
}

std::size_t SearchIndex::ScoredWord::hit_count(const SearchIndex& index) const {
    return matches.size() == 1 ? index.entries(matches.front().first).size() : hits.size();
}

template <class F> void SearchIndex::ScoredWord::for_each_hit(const SearchIndex& index, F&& f) const {
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
    out.titled.clear();
    constexpr auto title_or_names = (1u << static_cast<unsigned>(SearchField::title)) |
                                    (1u << static_cast<unsigned>(SearchField::names));
    if (out.matches.size() == 1) {
        // One vocabulary word: its entries are the word's hits (for_each_hit).
        for (const Entry& e : entries(out.matches.front().first))
            if (e.fields & title_or_names) out.titled.push_back(e.document);
        return s.words_used++;
    }
    detail::DocValues& values = s.word_values;
    for (const auto& [v, quality] : out.matches)
        for (const Entry& e : entries(v)) {
            values.add(e.document, quality * e.impact);
            s.word_fields[e.document] |= e.fields;
        }
    out.hits.reserve(values.docs().size());
    for (const std::uint32_t d : values.docs()) {
        out.hits.push_back({d, values[d]});
        if (s.word_fields[d] & title_or_names) out.titled.push_back(d);
        s.word_fields[d] = 0;
    }
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
    s.total.add(d, idf * tf / (kK1 + tf));
    s.covered[d] += static_cast<float>(g.weight);
    if (s.group_in_title[d]) s.in_title[d] += static_cast<float>(g.weight);
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
                for (const std::uint32_t d : scored.titled)
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
            scored.for_each_hit(*this,
                                [&](std::uint32_t d, double value) { s.group.raise(d, weight * value); });
        } else {
            // Every word of a phrase must match; the weakest counts.
            s.alternative.clear();
            for (std::size_t w = 0; w < alt.words.size(); ++w) {
                detail::DocValues& into = w == 0 ? s.alternative : s.word;
                into.clear();
                s.words[s.alternative_words[w]].for_each_hit(
                    *this, [&into](std::uint32_t d, double value) { into.add(d, value); });
                if (w > 0) s.alternative.keep_min(s.word);
            }
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

void SearchIndex::fit_shape(const detail::QueryShape& shape, ShapeFit& fit) const {
    fit.shape = &shape;
    if (!shape.any()) return;
    const std::size_t parties = lexicon_->party_count();
    // A role matches itself and its organisation; an organisation its roles.
    auto side = [&](const std::vector<PartyId>& asked, std::vector<std::uint8_t>& fits) {
        fits.assign(parties, 0);
        for (std::size_t h = 0; h < parties; ++h)
            for (const PartyId a : asked)
                if (a == h || lexicon_->organisation_of(static_cast<PartyId>(h)) == a ||
                    lexicon_->organisation_of(a) == h)
                    fits[h] = 1;
        return !asked.empty();
    };
    fit.senders = side(shape.senders, fit.sender);
    fit.recipients = side(shape.recipients, fit.recipient);
    fit.deciders = side(shape.deciders, fit.decider);
}

double SearchIndex::shape_bonus(std::size_t d, const ShapeFit& fit,
                                std::vector<std::string>* why) const {
    if (!fit.shape->any()) return 0.0;
    int constraints = 0, met = 0;
    auto check = [&](bool asked, const std::vector<std::uint8_t>& fits, const PartyLists& has,
                     const char* label) {
        if (!asked) return;
        ++constraints;
        const std::uint16_t* first = has.parties.data() + has.begin[d];
        const std::uint16_t* last = has.parties.data() + has.begin[d + 1];
        if (std::none_of(first, last, [&](std::uint16_t h) { return fits[h] != 0; })) return;
        ++met;
        if (why) why->push_back(label);
    };
    check(fit.senders, fit.sender, senders_, "afzender");
    check(fit.recipients, fit.recipient, recipients_, "ontvanger");
    check(fit.deciders, fit.decider, deciders_, "beslisser");
    double bonus = constraints > 0 ? kShapeShare * met / constraints : 0.0;
    if (fit.shape->verb == detail::QuestionVerb::decides &&
        kind_[d] == SearchKind::decision_right) {
        bonus += kDecisionShare;
        if (why) why->push_back("wie beslist");
    }
    return bonus;
}

void SearchIndex::rank_top_places(Scratch& s, double best_text, double total_weight,
                                  std::size_t limit) const {
    // A score is text + (shape + name + title) bonuses; all but the shape are
    // cheap. Without the shape a score is a lower bound, with the largest shape
    // bonus an upper bound (a shade above it: rounding never prunes a
    // document that could place).
    const bool decides = s.shape.shape->verb == detail::QuestionVerb::decides;
    const double most_shape =
        s.shape.shape->any() ? (kShapeShare + (decides ? kDecisionShare : 0.0)) * best_text : 0.0;
    auto name_bonus = [&](std::uint32_t d) { return s.named[d] ? kNameShare * best_text : 0.0; };
    auto title_bonus = [&](std::uint32_t d) {
        const double held = std::min(1.0, s.in_title[d] / total_weight);
        return kTitleShare * best_text * held * held;
    };
    // The limit-th best place by lower bound: no place below it can be among
    // the first `limit`, nor any document whose upper bound is below it.
    for (const std::uint32_t d : s.total.docs()) {
        const double lower = s.text[d] + ((0.0 + name_bonus(d)) + title_bonus(d));
        s.lower[d] = lower;
        const std::uint32_t place = route_of_[d];
        if (s.place_lower[place] < 0.0) s.places_seen.push_back(place);
        s.place_lower[place] = std::max(s.place_lower[place], lower);
    }
    double threshold = -1.0;
    if (s.places_seen.size() > limit) {
        s.place_scores.clear();
        for (const std::uint32_t p : s.places_seen)
            s.place_scores.push_back(s.place_lower[p]);
        const auto kth = s.place_scores.begin() + static_cast<long>(limit - 1);
        std::nth_element(s.place_scores.begin(), kth, s.place_scores.end(), std::greater<>());
        threshold = *kth;
    }
    for (const std::uint32_t d : s.total.docs()) {
        const double c = s.coverage[d];
        const double upper = s.lower[d] + most_shape * c;
        if (upper * (1.0 + 1e-9) < threshold) continue;
        detail::Ranked r{s.text[d], d, static_cast<std::uint8_t>(kind_[d]), s.total[d], c, 0.0,
                         0.0, 0.0};
        // The shape counts as far as the document answers the rest of the question.
        r.shape = shape_bonus(d, s.shape, nullptr) * best_text * c;
        r.name = name_bonus(d);
        r.title = title_bonus(d);
        r.score += r.shape + r.name + r.title;
        s.ranked.push_back(r);
    }
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
    for (const auto& name : query_names)
        if (auto it = named_documents_.find(name); it != named_documents_.end())
            for (const std::uint32_t d : it->second)
                if (!s.named[d]) {
                    s.named[d] = 1;
                    s.named_docs.push_back(d);
                }

    // Each document's text score (BM25F x coverage) and the best of them, which
    // the bonuses are shares of.
    double best_text = 0.0;
    // Coverage takes a few values (sums of concept weights): each power once.
    double last_c = -1.0, last_power = 0.0;
    for (const std::uint32_t d : s.total.docs()) {
        const double c = std::min(1.0, s.covered[d] / total_weight);
        if (c != last_c) {
            last_c = c;
            last_power = std::pow(c, kCoveragePower);
        }
        s.coverage[d] = c;
        s.text[d] = s.total[d] * last_power;
        best_text = std::max(best_text, s.text[d]);
    }
    fit_shape(q.shape, s.shape);
    rank_top_places(s, best_text, total_weight, limit);
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
            std::partial_sort(ranked.begin() + static_cast<long>(i),
                              ranked.begin() + static_cast<long>(sorted), ranked.end(), better);
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

QueryReading SearchIndex::read_query(std::string_view query) const {
    QueryReading out;
    if (!lexicon_) return out;
    DutchStemmer stemmer;
    const detail::AnalysedQuery q = analyse(query, stemmer);
    for (const auto& g : q.groups)
        out.concepts.push_back(g.typed);
    out.skipped = q.skipped;
    out.shape = detail::verb_id(q.shape.verb);
    for (const auto& [from, to] : {std::pair{&q.shape.senders, &out.senders},
                                   std::pair{&q.shape.recipients, &out.recipients},
                                   std::pair{&q.shape.deciders, &out.deciders}})
        for (const PartyId p : *from)
            to->push_back(lexicon_->party_id(p));
    return out;
}

std::vector<std::string> SearchIndex::closest_words(std::string_view query,
                                                    std::size_t limit) const {
    if (!lexicon_) return {};
    DutchStemmer stemmer;
    const detail::AnalysedQuery q = analyse(query, stemmer);
    struct Candidate {
        std::size_t distance;
        std::size_t documents;
        std::string word;
    };
    std::vector<Candidate> found;
    for (const auto& g : q.groups) {
        const auto& alt = g.alternatives.front();
        for (std::size_t w = 0; w < alt.words.size(); ++w) {
            const std::string& word = alt.words[w];
            for (const auto& [v, quality] : match_word(word, alt.stems[w]))
                found.push_back({0, field_count_[v], vocabulary_[v]});
            if (word.size() < 5) continue;
            for (std::size_t v = 0; v < vocabulary_.size(); ++v) {
                const std::string& candidate = vocabulary_[v];
                if (candidate.size() + 2 < word.size() || candidate.size() > word.size() + 2)
                    continue;
                if (const std::size_t e = edit_distance(word, candidate); e <= 2)
                    found.push_back({e, field_count_[v], candidate});
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
        if (a.distance != b.distance) return a.distance < b.distance;
        if (a.documents != b.documents) return a.documents > b.documents;
        return a.word < b.word;
    });
    std::vector<std::string> out;
    for (const Candidate& c : found)
        if (out.size() < limit && std::find(out.begin(), out.end(), c.word) == out.end())
            out.push_back(c.word);
    return out;
}

} // namespace pw
