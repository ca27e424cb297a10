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

// The candidate closest to `word`, if it is close enough to be a likely typo.
std::optional<std::string> nearest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

} // namespace pw
