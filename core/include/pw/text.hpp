// Small text helpers shared by the loader, validator and engines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

std::string_view trim(std::string_view s);

// Levenshtein distance over bytes; content ids and keys are ASCII.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The distance when it is at most `limit`, else nullopt; O(limit * length),
// so a huge input costs little (the "bedoelde je ..." suggestions use it).
std::optional<std::size_t> edit_distance_within(std::string_view a, std::string_view b,
                                                std::size_t limit);

// Words longer than this get no suggestion.
inline constexpr std::size_t kMaxSuggestionLength = 200;

// The candidate closest to `word`, if it is close enough to be a likely typo
// (distance at most a third of its length, at least 2).
std::optional<std::string> nearest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

} // namespace pw
