#include "pw/search.hpp"

#include "search_documents.hpp"

#include "pw/text.hpp"
#include "pw/text_fold.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace pw {
namespace {

constexpr double kTitleWeight = 3.0;
constexpr double kExact = 1.0, kPrefix = 0.75, kInfix = 0.6, kTypo = 0.5, kSynonym = 0.9;
// Dutch writes compounds as one word ("gezagsbeëindiging"): a query word of
// this length also matches inside a longer word.
constexpr std::size_t kMinInfix = 5;
constexpr std::size_t kMaxPhrase = 4;

std::vector<std::string> folded_only(std::string_view text) {
    std::vector<std::string> out;
    for (auto& w : folded_words(text))
        out.push_back(std::move(w.folded));
    return out;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t count) {
    std::string out;
    for (std::size_t k = 0; k < count; ++k)
        out += (k ? " " : "") + words[from + k];
    return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// How well a document word matches a query word: 0 when it does not.
double word_quality(const std::string& doc_word, const std::string& query_word) {
    if (doc_word == query_word) return kExact;
    if (query_word.size() >= 2 && starts_with(doc_word, query_word)) return kPrefix;
    if (query_word.size() >= kMinInfix && doc_word.find(query_word) != std::string::npos)
        return kInfix;
    if (query_word.size() >= 4 && doc_word.size() + 1 >= query_word.size() &&
        doc_word.size() <= query_word.size() + 1 && edit_distance(doc_word, query_word) <= 1)
        return kTypo;
    return 0.0;
}

// Cuts a window of about `width` bytes around byte `at`, at word boundaries.
std::string window(std::string_view body, std::size_t at, std::size_t& offset) {
    constexpr std::size_t before = 60, width = 180;
    std::size_t start = at > before ? at - before : 0;
    while (start > 0 && body[start - 1] != ' ')
        --start;
    std::size_t end = std::min(body.size(), start + width);
    while (end < body.size() && body[end] != ' ')
        ++end;
    std::string out;
    if (start > 0) out += "…";
    offset = start;
    out += body.substr(start, end - start);
    if (end < body.size()) out += "…";
    return out;
}

} // namespace

const char* search_kind_label(SearchKind kind) {
    switch (kind) {
    case SearchKind::step:
        return "Stappen";
    case SearchKind::flow:
        return "Gegevensstromen";
    case SearchKind::role:
        return "Rollen";
    case SearchKind::organisation:
        return "Organisaties";
    case SearchKind::data_item:
        return "Gegevens";
    case SearchKind::system:
        return "Systemen";
    case SearchKind::glossary:
        return "Begrippen";
    case SearchKind::card:
        return "Kaarten";
    case SearchKind::example:
        return "Voorbeelden";
    case SearchKind::case_type:
        return "Zaaktypen";
    case SearchKind::rule:
        return "Grondslagen en uitgangspunten";
    }
    return "";
}

const char* search_kind_id(SearchKind kind) {
    switch (kind) {
    case SearchKind::step:
        return "step";
    case SearchKind::flow:
        return "flow";
    case SearchKind::role:
        return "role";
    case SearchKind::organisation:
        return "organisation";
    case SearchKind::data_item:
        return "data_item";
    case SearchKind::system:
        return "system";
    case SearchKind::glossary:
        return "term";
    case SearchKind::card:
        return "card";
    case SearchKind::example:
        return "example";
    case SearchKind::case_type:
        return "case_type";
    case SearchKind::rule:
        return "rule";
    }
    return "";
}

SearchIndex SearchIndex::build(const Model& model) {
    SearchIndex index;
    index.documents_ = detail::search_documents(model);

    std::map<std::string, std::vector<Posting>> terms;
    for (std::size_t d = 0; d < index.documents_.size(); ++d) {
        const SearchDocument& doc = index.documents_[d];
        std::unordered_set<std::string> in_title;
        for (auto& w : folded_words(doc.title)) {
            if (in_title.insert(w.folded).second) terms[w.folded].push_back({d, true});
        }
        std::unordered_set<std::string> in_body;
        for (auto& w : folded_words(doc.body))
            if (!in_title.count(w.folded) && in_body.insert(w.folded).second)
                terms[w.folded].push_back({d, false});
    }
    for (auto& [term, postings] : terms) {
        index.vocabulary_.push_back(term);
        index.postings_.push_back(std::move(postings));
    }

    // Every name of a glossary entry (term, expansion, aliases) finds the others.
    for (const GlossaryTerm& t : model.glossary) {
        std::vector<std::vector<std::string>> names{folded_only(t.term)};
        if (!t.expansion.empty()) names.push_back(folded_only(t.expansion));
        for (const auto& a : t.aliases)
            names.push_back(folded_only(a));
        for (const auto& name : names) {
            if (name.empty() || name.size() > kMaxPhrase) continue;
            auto& others = index.synonyms_[join(name, 0, name.size())];
            for (const auto& other : names)
                if (other != name && !other.empty() &&
                    std::find(others.begin(), others.end(), other) == others.end())
                    others.push_back(other);
        }
    }
    return index;
}

std::vector<SearchIndex::Alternative> SearchIndex::alternatives(const std::vector<std::string>& q,
                                                                std::size_t& i) const {
    // The longest run of query words that is a glossary name, e.g. "alleenstaande minderjarige
    // vreemdeling".
    for (std::size_t n = std::min(kMaxPhrase, q.size() - i); n >= 2; --n) {
        auto it = synonyms_.find(join(q, i, n));
        if (it == synonyms_.end()) continue;
        std::vector<Alternative> alts{
            {std::vector<std::string>(q.begin() + static_cast<long>(i),
                                      q.begin() + static_cast<long>(i + n)),
             1.0}};
        for (const auto& other : it->second)
            alts.push_back({other, kSynonym});
        i += n;
        return alts;
    }
    std::vector<Alternative> alts{{{q[i]}, 1.0}};
    if (auto it = synonyms_.find(q[i]); it != synonyms_.end())
        for (const auto& other : it->second)
            alts.push_back({other, kSynonym});
    ++i;
    return alts;
}

std::vector<std::pair<std::size_t, double>>
SearchIndex::matching_terms(const std::string& word) const {
    std::vector<std::pair<std::size_t, double>> out;
    auto it = std::lower_bound(vocabulary_.begin(), vocabulary_.end(), word);
    for (; it != vocabulary_.end() && starts_with(*it, word); ++it) {
        const double q = *it == word ? kExact : (word.size() >= 2 ? kPrefix : 0.0);
        if (q > 0) out.emplace_back(static_cast<std::size_t>(it - vocabulary_.begin()), q);
    }
    if (word.size() >= 4) {
        for (std::size_t t = 0; t < vocabulary_.size(); ++t) {
            const std::string& v = vocabulary_[t];
            if (starts_with(v, word)) continue; // found above
            if (word.size() >= kMinInfix && v.size() > word.size() &&
                v.find(word) != std::string::npos)
                out.emplace_back(t, kInfix);
            else if (v.size() + 1 >= word.size() && v.size() <= word.size() + 1 &&
                     edit_distance(v, word) <= 1)
                out.emplace_back(t, kTypo);
        }
    }
    return out;
}

bool SearchIndex::word_matches(const std::string& w,
                               const std::vector<std::vector<std::string>>& groups) const {
    for (const auto& g : groups)
        for (const auto& q : g)
            if (word_quality(w, q) > 0) return true;
    return false;
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t limit) const {
    const std::vector<std::string> q = folded_only(query);
    if (q.empty()) return {};

    std::map<std::size_t, double>
        total; // document -> score, only documents matching every group so far
    std::vector<std::vector<std::string>> highlight_words;
    bool first_group = true;
    for (std::size_t i = 0; i < q.size();) {
        const std::vector<Alternative> alts = alternatives(q, i);
        std::map<std::size_t, double> group; // best score per document for this query word
        for (const Alternative& alt : alts) {
            highlight_words.push_back(alt.words);
            std::map<std::size_t, double> phrase; // all words of the alternative must match
            for (std::size_t w = 0; w < alt.words.size(); ++w) {
                std::map<std::size_t, double> word_scores;
                for (const auto& [term, quality] : matching_terms(alt.words[w]))
                    for (const Posting& p : postings_[term]) {
                        double& s = word_scores[p.document];
                        s = std::max(s, quality * (p.in_title ? kTitleWeight : 1.0));
                    }
                if (w == 0) {
                    phrase = std::move(word_scores);
                } else {
                    std::map<std::size_t, double> kept;
                    for (const auto& [doc, s] : phrase)
                        if (auto it = word_scores.find(doc); it != word_scores.end())
                            kept[doc] = std::min(s, it->second);
                    phrase = std::move(kept);
                }
            }
            for (const auto& [doc, s] : phrase) {
                double& g = group[doc];
                g = std::max(g, s * alt.weight);
            }
        }
        if (first_group) {
            total = std::move(group);
            first_group = false;
        } else {
            std::map<std::size_t, double> kept;
            for (const auto& [doc, s] : total)
                if (auto it = group.find(doc); it != group.end()) kept[doc] = s + it->second;
            total = std::move(kept);
        }
        if (total.empty()) return {};
    }

    const std::string folded_query = fold(query);
    std::vector<SearchHit> hits;
    for (const auto& [doc, score] : total) {
        double s = score;
        // The thing itself: a title that is the query, or a glossary term "OTS —
        // ondertoezichtstelling".
        const std::string title = fold(documents_[doc].title);
        if (title == folded_query || starts_with(title, folded_query + " —")) s += 5.0;
        hits.push_back(SearchHit{doc, s, {}, {}, {}});
    }
    std::stable_sort(hits.begin(), hits.end(), [this](const SearchHit& a, const SearchHit& b) {
        if (a.score != b.score) return a.score > b.score;
        return static_cast<int>(documents_[a.document].kind) <
               static_cast<int>(documents_[b.document].kind);
    });
    if (hits.size() > limit) hits.resize(limit);

    for (SearchHit& hit : hits) {
        const SearchDocument& doc = documents_[hit.document];
        for (const auto& w : folded_words(doc.title))
            if (word_matches(w.folded, highlight_words)) hit.title_matches.push_back(w.span);
        const auto body_words = folded_words(doc.body);
        std::size_t first = doc.body.size();
        for (const auto& w : body_words)
            if (word_matches(w.folded, highlight_words)) {
                first = w.span.begin;
                break;
            }
        std::size_t offset = 0;
        hit.snippet = window(doc.body, first == doc.body.size() ? 0 : first, offset);
        const std::size_t ellipsis = std::string_view("…").size();
        const std::size_t lead = offset > 0 ? ellipsis : 0;
        const bool cut_end =
            hit.snippet.size() >= ellipsis &&
            hit.snippet.compare(hit.snippet.size() - ellipsis, ellipsis, "…") == 0 &&
            offset + hit.snippet.size() - lead < doc.body.size() + ellipsis;
        const std::size_t shown = hit.snippet.size() - lead - (cut_end ? ellipsis : 0);
        for (const auto& w : body_words)
            if (w.span.begin >= offset && w.span.begin + w.span.length <= offset + shown &&
                word_matches(w.folded, highlight_words))
                hit.snippet_matches.push_back(
                    TextSpan{w.span.begin - offset + lead, w.span.length});
    }
    return hits;
}

} // namespace pw
