// Ranking: BM25F per concept of the question, any concept may match, a bonus
// for covering more of the question, for a fitting shape (sender, recipient,
// decider) and for being the thing the query names; one hit per place.
#include "pw/search.hpp"

#include "search_lexicon.hpp"
#include "search_query.hpp"
#include "search_snippets.hpp"

#include "pw/dutch_stemmer.hpp"
#include "pw/text.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace pw {
namespace {

using detail::PartyId;

// Field weights and length normalisation (BM25F), in SearchField order: a title
// or a name says what a thing is; the process, the people, the data and the
// purposes say what a step or flow is about.
constexpr std::array<double, kSearchFieldCount> kWeight{3.0, 2.5, 1.0, 1.5, 1.5, 1.5, 1.2, 1.0};
constexpr std::array<double, kSearchFieldCount> kLengthNorm{0.3, 0.3, 0.0, 0.3,
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

// Dense per-document values that remember which documents they touched, so
// clearing costs what the search used. Every real value is > 0.
class DocValues {
  public:
    explicit DocValues(std::size_t n) : value_(n, 0.0) {}
    void add(std::uint32_t d, double v) {
        if (value_[d] == 0.0) docs_.push_back(d);
        value_[d] += v;
    }
    void raise(std::uint32_t d, double v) {
        if (value_[d] == 0.0) docs_.push_back(d);
        value_[d] = std::max(value_[d], v);
    }
    // Keeps documents that `other` has too, at the smaller value.
    void keep_min(const DocValues& other) {
        std::size_t kept = 0;
        for (const std::uint32_t d : docs_) {
            if (other[d] > 0.0) {
                value_[d] = std::min(value_[d], other[d]);
                docs_[kept++] = d;
            } else {
                value_[d] = 0.0;
            }
        }
        docs_.resize(kept);
    }
    double operator[](std::uint32_t d) const { return value_[d]; }
    const std::vector<std::uint32_t>& docs() const { return docs_; }
    void clear() {
        for (const std::uint32_t d : docs_)
            value_[d] = 0.0;
        docs_.clear();
    }

  private:
    std::vector<double> value_;
    std::vector<std::uint32_t> docs_;
};

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

struct Ranked {
    double score;
    std::uint32_t doc;
    double text, coverage, shape, name, title;
};

} // namespace

struct SearchIndex::Scratch {
    explicit Scratch(std::size_t n)
        : total(n), covered(n, 0.0f), in_title(n, 0.0f), group_in_title(n, 0), fields(n, 0),
          group(n), alternative(n), word(n) {}
    DocValues total;             // BM25F summed over the question's concepts
    std::vector<float> covered;  // weight of the concepts each document matched
    std::vector<float> in_title; // weight of the concepts its title or names hold
    std::vector<std::uint8_t> group_in_title; // this concept matched its title or names
    std::vector<std::uint32_t> flagged;       // where group_in_title is set
    std::vector<std::uint32_t> fields;
    DocValues group, alternative, word;
    std::unordered_set<std::string_view> matched_words; // for highlights
    std::vector<std::string_view> alternative_words;    // matched by the current alternative
};

bool SearchIndex::known(const std::string& word) const {
    return std::binary_search(vocabulary_.begin(), vocabulary_.end(), word);
}

detail::AnalysedQuery SearchIndex::analyse(std::string_view query) const {
    DutchStemmer stemmer;
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

void SearchIndex::score_group(const detail::QueryGroup& g, Scratch& s) const {
    s.group.clear();
    for (const detail::QueryAlternative& alt : g.alternatives) {
        s.alternative.clear();
        s.alternative_words.clear();
        for (std::size_t w = 0; w < alt.words.size(); ++w) {
            DocValues& into = w == 0 ? s.alternative : s.word;
            into.clear();
            for (const auto& [v, quality] : match_word(alt.words[w], alt.stems[w], alt.typed)) {
                s.alternative_words.push_back(vocabulary_[v]);
                for (const Posting& p : postings_[v]) {
                    const std::size_t f = p.field;
                    const double length = field_length_[p.document * kSearchFieldCount + f];
                    const double norm =
                        1.0 - kLengthNorm[f] + kLengthNorm[f] * length / average_length_[f];
                    into.add(p.document, quality * kWeight[f] * p.count / norm);
                    s.fields[p.document] |= 1u << f;
                    if (f <= static_cast<std::size_t>(SearchField::names) &&
                        !s.group_in_title[p.document]) {
                        s.group_in_title[p.document] = 1;
                        s.flagged.push_back(p.document);
                    }
                }
            }
            // Every word of a phrase must match; the weakest counts.
            if (w > 0) s.alternative.keep_min(s.word);
        }
        // Highlighted only when the whole alternative matched somewhere.
        if (!s.alternative.docs().empty())
            s.matched_words.insert(s.alternative_words.begin(), s.alternative_words.end());
        for (const std::uint32_t d : s.alternative.docs())
            s.group.raise(d, alt.weight * s.alternative[d]);
    }
    const double n = static_cast<double>(documents_.size());
    const double df = static_cast<double>(s.group.docs().size());
    const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    for (const std::uint32_t d : s.group.docs()) {
        const double tf = s.group[d];
        s.total.add(d, idf * tf / (kK1 + tf));
        s.covered[d] += static_cast<float>(g.weight);
        if (s.group_in_title[d]) s.in_title[d] += static_cast<float>(g.weight);
    }
    for (const std::uint32_t d : s.flagged)
        s.group_in_title[d] = 0;
    s.flagged.clear();
}

double SearchIndex::shape_bonus(std::size_t d, const detail::QueryShape& shape,
                                std::vector<std::string>* why) const {
    if (!shape.any()) return 0.0;
    // A role matches itself and its organisation; an organisation its roles.
    auto fits = [this](const std::vector<PartyId>& asked, const std::vector<std::uint16_t>& has) {
        for (const PartyId a : asked)
            for (const PartyId h : has)
                if (a == h || lexicon_->organisation_of(h) == a || lexicon_->organisation_of(a) == h)
                    return true;
        return false;
    };
    int constraints = 0, met = 0;
    auto check = [&](const std::vector<PartyId>& asked, const std::vector<std::uint16_t>& has,
                     const char* label) {
        if (asked.empty()) return;
        ++constraints;
        if (!fits(asked, has)) return;
        ++met;
        if (why) why->push_back(label);
    };
    check(shape.senders, senders_[d], "afzender");
    check(shape.recipients, recipients_[d], "ontvanger");
    check(shape.deciders, deciders_[d], "beslisser");
    double bonus = constraints > 0 ? kShapeShare * met / constraints : 0.0;
    if (shape.verb == detail::QuestionVerb::decides &&
        documents_[d].kind == SearchKind::decision_right) {
        bonus += kDecisionShare;
        if (why) why->push_back("wie beslist");
    }
    return bonus;
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t limit) const {
    if (!lexicon_ || documents_.empty() || limit == 0) return {};
    const detail::AnalysedQuery q = analyse(query);
    if (q.groups.empty()) return {};
    Scratch s(documents_.size());
    double total_weight = 0.0;
    for (const detail::QueryGroup& g : q.groups) {
        score_group(g, s);
        total_weight += g.weight;
    }
    if (s.total.docs().empty()) return {};

    // The query as names (stems): all its words, or each way of saying the one
    // name it is.
    std::vector<std::string> query_names;
    std::vector<std::string> all;
    for (const auto& g : q.groups)
        all.insert(all.end(), g.alternatives.front().stems.begin(),
                   g.alternatives.front().stems.end());
    query_names.push_back(joined(all));
    if (q.single_name)
        for (const auto& alt : q.groups.front().alternatives)
            query_names.push_back(joined(alt.stems));

    std::vector<Ranked> ranked;
    ranked.reserve(s.total.docs().size());
    double best_text = 0.0;
    for (const std::uint32_t d : s.total.docs()) {
        const double c = std::min(1.0, s.covered[d] / total_weight);
        const double text = s.total[d] * std::pow(c, kCoveragePower);
        best_text = std::max(best_text, text);
        ranked.push_back({text, d, s.total[d], c, 0.0, 0.0, 0.0});
    }
    for (Ranked& r : ranked) {
        // The shape counts as far as the document answers the rest of the question.
        r.shape = shape_bonus(r.doc, q.shape, nullptr) * best_text * r.coverage;
        for (const auto& key : name_keys_[r.doc])
            if (std::find(query_names.begin(), query_names.end(), key) != query_names.end())
                r.name = kNameShare * best_text;
        const double held = std::min(1.0, s.in_title[r.doc] / total_weight);
        r.title = kTitleShare * best_text * held * held;
        r.score += r.shape + r.name + r.title;
    }
    // Best first; ties by kind, then in document order: the same order every time.
    auto better = [this](const Ranked& a, const Ranked& b) {
        if (a.score != b.score) return a.score > b.score;
        const int ka = static_cast<int>(documents_[a.doc].kind);
        const int kb = static_cast<int>(documents_[b.doc].kind);
        return ka != kb ? ka < kb : a.doc < b.doc;
    };
    // One hit per place: sort only as far as needed to fill `limit` places.
    std::vector<bool> place_taken(route_count_, false);
    std::vector<const Ranked*> picked;
    std::size_t sorted = 0;
    for (std::size_t i = 0; i < ranked.size() && picked.size() < limit; ++i) {
        if (i == sorted) {
            sorted = std::min(ranked.size(), std::max<std::size_t>(2 * sorted, limit * 2 + 16));
            std::partial_sort(ranked.begin() + static_cast<long>(i),
                              ranked.begin() + static_cast<long>(sorted), ranked.end(), better);
        }
        const std::uint32_t place = route_of_[ranked[i].doc];
        if (place_taken[place]) continue;
        place_taken[place] = true;
        picked.push_back(&ranked[i]);
    }
    std::vector<SearchHit> hits;
    hits.reserve(picked.size());
    for (const Ranked* r : picked) {
        SearchHit h;
        h.document = r->doc;
        h.score = r->score;
        h.text_score = r->text;
        h.coverage = r->coverage;
        h.shape_bonus = r->shape;
        h.name_bonus = r->name;
        h.title_bonus = r->title;
        h.fields = s.fields[r->doc];
        shape_bonus(r->doc, q.shape, &h.shape_matches);
        detail::mark_matches(documents_[r->doc], s.matched_words, h);
        hits.push_back(std::move(h));
    }
    return hits;
}

QueryReading SearchIndex::read_query(std::string_view query) const {
    QueryReading out;
    if (!lexicon_) return out;
    const detail::AnalysedQuery q = analyse(query);
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
    const detail::AnalysedQuery q = analyse(query);
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
                found.push_back({0, postings_[v].size(), vocabulary_[v]});
            if (word.size() < 5) continue;
            for (std::size_t v = 0; v < vocabulary_.size(); ++v) {
                const std::string& candidate = vocabulary_[v];
                if (candidate.size() + 2 < word.size() || candidate.size() > word.size() + 2)
                    continue;
                if (const std::size_t e = edit_distance(word, candidate); e <= 2)
                    found.push_back({e, postings_[v].size(), candidate});
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
