// Finding the vocabulary words a search word matches, without scanning the
// vocabulary: exact and prefix matches by binary search in the sorted words, a
// word inside a longer compound through a suffix array, and one-letter typos
// through a deletion neighbourhood (two words within edit distance 1 share the
// word or a one-byte deletion of it). Part of SearchIndex (pw/search.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pw {

// How well a vocabulary word matches a search word.
struct TermQuality {
    static constexpr double exact = 1.0, prefix = 0.75, infix = 0.6, typo = 0.5;
};

class TermMatcher {
  public:
    // `vocabulary` sorted and folded; the same vector must be passed to match().
    static TermMatcher build(const std::vector<std::string>& vocabulary);

    // Every vocabulary entry matching `word` (folded) with its quality: exact,
    // prefix (two letters or more), inside a longer word (five or more), or one
    // typo (four or more). Each entry once, with its best quality.
    std::vector<std::pair<std::size_t, double>> match(const std::vector<std::string>& vocabulary,
                                                      const std::string& word) const;

    std::size_t memory_bytes() const;

  private:
    // (word index << 8) | byte offset >= 1, sorted by the suffix it starts.
    std::vector<std::uint32_t> suffixes_;
    // (hash of a word or of the word with one byte deleted, word index), sorted.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> deletions_;
};

} // namespace pw
