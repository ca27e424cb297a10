// The parts of a search hit the user sees: matched words in the title and a
// snippet of the body around the first match, with its matches marked.
// Internal to the search engine.
#pragma once

#include "pw/search.hpp"

#include <string_view>
#include <unordered_set>

namespace pw::detail {

// `matched_words`: the folded vocabulary words the query matched.
void mark_matches(const SearchDocument& doc,
                  const std::unordered_set<std::string_view>& matched_words, SearchHit& hit);

} // namespace pw::detail
