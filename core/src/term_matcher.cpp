#include "pw/term_matcher.hpp"

#include "pw/text.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace pw {
namespace {

// A word inside a compound: only for search words this long (Dutch writes
// compounds as one word, "gezagsbeëindiging").
constexpr std::size_t kMinInfix = 5;
// One typo is forgiven in search words this long.
constexpr std::size_t kMinTypo = 4;
// Offsets are kept in 8 bits; longer words are matched on their first 255 bytes.
constexpr std::size_t kMaxOffset = 255;

std::uint32_t fnv1a(std::string_view a, std::string_view b = {}) {
    std::uint32_t h = 2166136261u;
    for (const std::string_view part : {a, b})
        for (const char c : part) {
            h ^= static_cast<unsigned char>(c);
            h *= 16777619u;
        }
    return h;
}

// The hash of `word` and of each one-byte deletion of it.
template <typename Emit> void deletion_keys(std::string_view word, Emit emit) {
    emit(fnv1a(word));
    for (std::size_t i = 0; i < word.size(); ++i)
        emit(fnv1a(word.substr(0, i), word.substr(i + 1)));
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

std::string_view suffix(const std::vector<std::string>& vocabulary, std::uint32_t entry) {
    return std::string_view(vocabulary[entry >> 8]).substr(entry & 0xFF);
}

} // namespace

TermMatcher TermMatcher::build(const std::vector<std::string>& vocabulary) {
    TermMatcher m;
    for (std::size_t w = 0; w < vocabulary.size(); ++w) {
        const std::string& word = vocabulary[w];
        const auto id = static_cast<std::uint32_t>(w);
        for (std::size_t at = 1; at < word.size() && at <= kMaxOffset; ++at)
            if (word.size() - at >= kMinInfix)
                m.suffixes_.push_back(id << 8 | static_cast<std::uint32_t>(at));
        // A typo match needs |word| >= kMinTypo - 1.
        if (word.size() + 1 >= kMinTypo)
            deletion_keys(word, [&](std::uint32_t h) { m.deletions_.emplace_back(h, id); });
    }
    std::sort(m.suffixes_.begin(), m.suffixes_.end(), [&](std::uint32_t a, std::uint32_t b) {
        return suffix(vocabulary, a) < suffix(vocabulary, b);
    });
    std::sort(m.deletions_.begin(), m.deletions_.end());
    m.deletions_.erase(std::unique(m.deletions_.begin(), m.deletions_.end()), m.deletions_.end());
    return m;
}

std::vector<std::pair<std::size_t, double>>
TermMatcher::match(const std::vector<std::string>& vocabulary, const std::string& word) const {
    std::vector<std::pair<std::size_t, double>> out;
    auto it = std::lower_bound(vocabulary.begin(), vocabulary.end(), word);
    for (; it != vocabulary.end() && starts_with(*it, word); ++it) {
        const double q =
            *it == word ? TermQuality::exact : (word.size() >= 2 ? TermQuality::prefix : 0.0);
        if (q > 0) out.emplace_back(static_cast<std::size_t>(it - vocabulary.begin()), q);
    }
    if (word.size() < kMinTypo) return out;
    std::unordered_set<std::size_t> seen;
    for (const auto& e : out)
        seen.insert(e.first);

    // Inside a longer word: the suffixes that start with `word`.
    if (word.size() >= kMinInfix) {
        auto s = std::lower_bound(suffixes_.begin(), suffixes_.end(), word,
                                  [&](std::uint32_t e, const std::string& w) {
                                      return suffix(vocabulary, e) < std::string_view(w);
                                  });
        for (; s != suffixes_.end() && starts_with(suffix(vocabulary, *s), word); ++s)
            if (seen.insert(*s >> 8).second) out.emplace_back(*s >> 8, TermQuality::infix);
    }

    // One typo: candidates share a deletion key; the edit distance decides.
    deletion_keys(word, [&](std::uint32_t h) {
        auto e = std::lower_bound(deletions_.begin(), deletions_.end(),
                                  std::pair<std::uint32_t, std::uint32_t>(h, 0));
        for (; e != deletions_.end() && e->first == h; ++e) {
            const std::string& v = vocabulary[e->second];
            if (v.size() + 1 < word.size() || v.size() > word.size() + 1 || seen.count(e->second))
                continue;
            if (edit_distance(v, word) <= 1) {
                seen.insert(e->second);
                out.emplace_back(e->second, TermQuality::typo);
            }
        }
    });
    return out;
}

std::size_t TermMatcher::memory_bytes() const {
    return suffixes_.capacity() * sizeof(std::uint32_t) +
           deletions_.capacity() * sizeof(std::pair<std::uint32_t, std::uint32_t>);
}

} // namespace pw
