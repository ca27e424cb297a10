#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

// Results as you type: the answer when one hit clearly wins, then every hit
// best first, mixed across kinds, matching words highlighted; when nothing is
// found, the closest words, their hits and the glossary.
void draw_search_results(AppState& state);
// A route that does not exist: what was asked for, and the nearest places.
void draw_not_found(AppState& state);

} // namespace pw::ui
