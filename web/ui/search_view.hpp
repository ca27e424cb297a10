#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <vector>

namespace pw::ui {

struct SearchViewState {
    std::vector<SearchHit> hits;
    std::string hits_for; // the query `hits` belong to
};

// Results as you type, grouped by kind, matching words highlighted.
void draw_search_results(AppState& state, SearchViewState& view);
// The hits in the order the view lists them (grouped by kind, best group first).
std::vector<const SearchHit*> displayed_hits(const SearchIndex& index, const SearchViewState& view);
// A route that does not exist: what was asked for, and the nearest places.
void draw_not_found(AppState& state);

} // namespace pw::ui
