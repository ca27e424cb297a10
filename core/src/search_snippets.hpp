// The parts of a search hit the user sees: matched words in the title and a
// snippet of the body around the first match, with its matches marked.
// Internal to the search engine.
#pragma once

#include "pw/search.hpp"

#include <cstdint>
#include <string_view>
#include <unordered_set>

namespace pw::detail {

inline constexpr std::size_t kNoBodyMatch = SIZE_MAX, kFindBodyMatch = SIZE_MAX - 1;

// The folded vocabulary words a query matched, with what lets most words of a
// text be rejected before they are looked up: the shortest and longest length
// and the first letters.
class MatchedWords {
  public:
    void insert(std::string_view word);
    bool contains(std::string_view folded) const {
        return folded.size() >= min_length_ && folded.size() <= max_length_ &&
               first_letters_[static_cast<unsigned char>(folded[0])] && words_.count(folded) > 0;
    }
    std::size_t min_length() const { return min_length_; }
    // False when no matched word starts with the folded letter `c`.
    bool may_start_with(char c) const { return first_letters_[static_cast<unsigned char>(c)]; }
    void clear();

  private:
    std::unordered_set<std::string_view> words_;
    std::size_t min_length_ = SIZE_MAX, max_length_ = 0;
    bool first_letters_[256] = {};
};

// `first_match`: the byte in the body where the first matched word starts, as
// the index knows it, or kNoBodyMatch when none is in the body, or
// kFindBodyMatch to read the body up to it.
void mark_matches(const SearchDocument& doc, const MatchedWords& matched, std::size_t first_match,
                  HitDetails& hit);

} // namespace pw::detail
