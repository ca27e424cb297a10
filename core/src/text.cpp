#include "pw/text.hpp"

#include <algorithm>

namespace pw {

std::string_view trim(std::string_view s) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return s;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::optional<std::size_t> edit_distance_within(std::string_view a, std::string_view b,
                                                std::size_t limit) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > limit) return std::nullopt;
    // Only cells within `limit` of the diagonal can stay within the limit
    // (Ukkonen): O(limit * length) time, one row of memory.
    const std::size_t big = limit + 1;
    std::vector<std::size_t> row(b.size() + 1, big);
    for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t from = i > limit ? i - limit : 1;
        const std::size_t to = std::min(b.size(), i + limit);
        std::size_t diagonal = row[from - 1];
        row[from - 1] = from - 1 == 0 ? i : big;
        std::size_t best = row[from - 1];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + cost, big});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (to < b.size()) row[to + 1] = big;
        if (best > limit) return std::nullopt;
    }
    return row[b.size()] <= limit ? std::optional<std::size_t>(row[b.size()]) : std::nullopt;
}

std::optional<std::string> nearest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
    // A suggestion is only useful when most of the word survives; and a
    // "word" of thousands of characters is no typo of an id.
    if (word.size() > kMaxSuggestionLength) return std::nullopt;
    const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const auto& c : candidates) {
        // Later candidates must be strictly closer: the first of equals stays.
        const auto d = edit_distance_within(word, c, best ? best_distance - 1 : limit);
        if (!d) continue;
        best = c;
        best_distance = *d;
        if (best_distance == 0) break;
    }
    return best;
}

} // namespace pw
