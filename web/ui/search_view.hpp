#pragma once

#include "ui/app_state.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pw::ui {

struct SearchViewState {
    SearchResults hits;
    std::string hits_for;                   // the query `hits` belong to
    std::uint64_t hits_generation = 0;      // ... and the index (AppState::search_generation)
    std::vector<std::string> closest_words; // when nothing is found: the nearest words
    SearchResults closest;                  // ... and what they find
    // The rows described so far, per hit of `hits` and of `closest`: a row is
    // described (snippet, marked words) when it first comes on screen.
    std::vector<std::optional<HitDetails>> rows, closest_rows;
};

// Results as you type: the answer when one hit clearly wins, then every hit
// best first, mixed across kinds, matching words highlighted; when nothing is
// found, the closest words, their hits and the glossary.
void draw_search_results(AppState& state, SearchViewState& view);
// The hits in the order the view lists them (the answer card's first); when
// nothing was found, the closest words' hits.
std::vector<const SearchHit*> displayed_hits(const SearchViewState& view);
// The hit the answer card answers with, when one clearly wins.
const SearchHit* answered_hit(const SearchViewState& view);
// A route that does not exist: what was asked for, and the nearest places.
void draw_not_found(AppState& state);

} // namespace pw::ui
