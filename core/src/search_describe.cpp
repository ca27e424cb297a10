// Describing a hit for the row that shows it: which fields matched, the
// matched words of its title, a snippet of its body. Done only for the rows
// shown, after ranking (a search ranks thousands of documents at 100x content
// and shows a dozen).
#include "pw/search.hpp"

#include "search_snippets.hpp"

#include <algorithm>

namespace pw {

HitDetails SearchIndex::describe(const SearchResults& results, std::size_t i) const {
    std::vector<HitDetails> one = describe(results, i, i + 1);
    return one.empty() ? HitDetails{} : std::move(one.front());
}

std::vector<HitDetails> SearchIndex::describe(const SearchResults& results, std::size_t first,
                                              std::size_t last) const {
    last = std::min(last, results.size());
    std::vector<HitDetails> out;
    if (first >= last) return out;
    detail::MatchedWords matched;
    for (const std::uint32_t v : results.highlighted_words)
        matched.insert(vocabulary_[v]);
    // A word's entry for a document, by binary search in its entries.
    auto entry = [this](std::uint32_t word, std::uint32_t doc) -> const Entry* {
        const Entries e = entries(word);
        const Entry* it = std::lower_bound(
            e.begin(), e.end(), doc, [](const Entry& x, std::uint32_t d) { return x.document < d; });
        return it != e.end() && it->document == doc ? it : nullptr;
    };
    constexpr auto body = 1u << static_cast<unsigned>(SearchField::body);
    constexpr std::uint32_t kNoMatch = 0xFFFFFFFF;
    out.reserve(last - first);
    for (std::size_t i = first; i < last; ++i) {
        const auto doc = static_cast<std::uint32_t>(results[i].document);
        HitDetails h;
        for (const std::uint32_t v : results.matched_words)
            if (const Entry* e = entry(v, doc)) h.fields |= e->fields;
        // The first marked word in the body, as the index knows it (kFarInBody
        // or beyond: looked for by reading the body).
        std::uint32_t first_match = kNoMatch;
        for (const std::uint32_t v : results.highlighted_words)
            if (const Entry* e = entry(v, doc); e && (e->fields & body))
                first_match = std::min<std::uint32_t>(first_match, e->first);
        detail::mark_matches(documents_[doc], matched,
                             first_match == kNoMatch     ? detail::kNoBodyMatch
                             : first_match == kFarInBody ? detail::kFindBodyMatch
                                                         : first_match,
                             h);
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace pw
