#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

// Results as you type, grouped by kind, matching words highlighted.
void draw_search_results(AppState& state);
// A route that does not exist: what was asked for, and the nearest places.
void draw_not_found(AppState& state);

} // namespace pw::ui
