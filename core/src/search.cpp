#include "pw/search.hpp"

#include "search_documents.hpp"
#include "search_snippets.hpp"

#include "pw/text.hpp"
#include "pw/text_fold.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace pw {
namespace {

constexpr double kTitleWeight = 3.0;
constexpr double kSynonym = 0.9;

// Scores of documents for a query word: dense, since a common word ("kind")
// matches a large share of all documents, and a hash map per word costs more.
class DocScores {
  public:
    explicit DocScores(std::size_t documents) : score_(documents, 0.0) {}
    void raise(std::size_t doc, double s) {
        if (score_[doc] == 0.0) documents_.push_back(static_cast<std::uint32_t>(doc));
        score_[doc] = std::max(score_[doc], s);
    }
    bool has(std::size_t doc) const { return score_[doc] > 0.0; }
    double score(std::size_t doc) const { return score_[doc]; }
    const std::vector<std::uint32_t>& documents() const { return documents_; }

  private:
    std::vector<double> score_;            // 0: not matched (every real score is > 0)
    std::vector<std::uint32_t> documents_; // the matched ones, in order of first match
};
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
    index.matcher_ = TermMatcher::build(index.vocabulary_);
    for (const SearchDocument& doc : index.documents_)
        index.folded_titles_.push_back(fold(doc.title));

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

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t limit) const {
    const std::vector<std::string> q = folded_only(query);
    if (q.empty()) return {};

    const std::size_t n = documents_.size();
    DocScores total(n); // only documents matching every group so far
    // Every vocabulary word that matched a query word: these are highlighted.
    std::unordered_set<std::string_view> matched_words;
    bool first_group = true;
    for (std::size_t i = 0; i < q.size();) {
        const std::vector<Alternative> alts = alternatives(q, i);
        DocScores group(n); // best score per document for this query word
        for (const Alternative& alt : alts) {
            DocScores phrase(n); // all words of the alternative must match
            for (std::size_t w = 0; w < alt.words.size(); ++w) {
                DocScores word_scores(n);
                for (const auto& [term, quality] : matcher_.match(vocabulary_, alt.words[w])) {
                    matched_words.insert(vocabulary_[term]);
                    for (const Posting& p : postings_[term])
                        word_scores.raise(p.document, quality * (p.in_title ? kTitleWeight : 1.0));
                }
                if (w == 0) {
                    phrase = std::move(word_scores);
                } else {
                    DocScores kept(n);
                    for (const std::uint32_t doc : phrase.documents())
                        if (word_scores.has(doc))
                            kept.raise(doc, std::min(phrase.score(doc), word_scores.score(doc)));
                    phrase = std::move(kept);
                }
            }
            for (const std::uint32_t doc : phrase.documents())
                group.raise(doc, phrase.score(doc) * alt.weight);
        }
        if (first_group) {
            total = std::move(group);
            first_group = false;
        } else {
            DocScores kept(n);
            for (const std::uint32_t doc : total.documents())
                if (group.has(doc)) kept.raise(doc, total.score(doc) + group.score(doc));
            total = std::move(kept);
        }
        if (total.documents().empty()) return {};
    }

    // Ranked as plain pairs; only the hits shown are dressed with highlights and snippets.
    const std::string folded_query = fold(query);
    std::vector<std::pair<double, std::uint32_t>> ranked;
    ranked.reserve(total.documents().size());
    for (const std::uint32_t doc : total.documents()) {
        double s = total.score(doc);
        // The thing itself: a title that is the query, or a glossary term "OTS —
        // ondertoezichtstelling".
        const std::string& title = folded_titles_[doc];
        if (title == folded_query || starts_with(title, folded_query + " —")) s += 5.0;
        ranked.emplace_back(s, doc);
    }
    // Best first; ties by kind, then in document order: the same order every time.
    auto better = [this](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first > b.first;
        const int ka = static_cast<int>(documents_[a.second].kind);
        const int kb = static_cast<int>(documents_[b.second].kind);
        return ka != kb ? ka < kb : a.second < b.second;
    };
    const std::size_t shown = std::min(limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(shown), ranked.end(),
                      better);
    std::vector<SearchHit> hits;
    hits.reserve(shown);
    for (std::size_t r = 0; r < shown; ++r) {
        hits.push_back(SearchHit{ranked[r].second, ranked[r].first, {}, {}, {}});
        detail::mark_matches(documents_[ranked[r].second], matched_words, hits.back());
    }
    return hits;
}

} // namespace pw
