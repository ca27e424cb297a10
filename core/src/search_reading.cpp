// Reading a query: the lexicon's analysis with compounds joined or split as
// the vocabulary has them, how the query was read (for authors and tests), and
// the closest vocabulary words when a search finds nothing.
#include "pw/search.hpp"

#include "search_lexicon.hpp"
#include "search_query.hpp"

#include "pw/dutch_stemmer.hpp"
#include "pw/text.hpp"

#include <algorithm>

namespace pw {

using detail::PartyId;

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
