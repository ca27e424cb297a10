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
    // Per row: the fields its matched words are in, and the first highlighted
    // word in its body as the index knows it. Each matched word's entries are
    // searched once for all rows, in document order, each search starting
    // where the last ended.
    constexpr auto body = 1u << static_cast<unsigned>(SearchField::body);
    constexpr std::uint32_t kNoMatch = 0xFFFFFFFF;
    struct Row {
        std::uint32_t doc;
        std::uint32_t fields = 0;
        std::uint32_t first_match = kNoMatch;
    };
    std::vector<Row> rows;
    rows.reserve(last - first);
    for (std::size_t i = first; i < last; ++i)
        rows.push_back({static_cast<std::uint32_t>(results[i].document)});
    std::vector<Row*> by_doc;
    for (Row& r : rows)
        by_doc.push_back(&r);
    std::sort(by_doc.begin(), by_doc.end(),
              [](const Row* a, const Row* b) { return a->doc < b->doc; });
    auto highlighted = results.highlighted_words.begin(); // a subset, both sorted
    for (const std::uint32_t v : results.matched_words) {
        while (highlighted != results.highlighted_words.end() && *highlighted < v)
            ++highlighted;
        const bool marks = highlighted != results.highlighted_words.end() && *highlighted == v;
        const Entries e = entries(v);
        const Entry* from = e.begin();
        for (Row* row : by_doc) {
            from = std::lower_bound(from, e.end(), row->doc,
                                    [](const Entry& x, std::uint32_t d) { return x.document < d; });
            if (from == e.end()) break;
            if (from->document != row->doc) continue;
            row->fields |= from->fields;
            if (marks && (from->fields & body))
                row->first_match = std::min<std::uint32_t>(row->first_match, from->first);
        }
    }
    out.reserve(rows.size());
    for (const Row& row : rows) {
        HitDetails h;
        h.fields = row.fields;
        // kFarInBody or beyond: looked for by reading the body.
        detail::mark_matches(documents_[row.doc], matched,
                             row.first_match == kNoMatch     ? detail::kNoBodyMatch
                             : row.first_match == kFarInBody ? detail::kFindBodyMatch
                                                             : row.first_match,
                             h);
        out.push_back(std::move(h));
    }
    return out;
}

} // namespace pw
