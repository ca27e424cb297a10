// The whole app as one view function of the state, plus the route glue.
#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <string_view>

namespace pw::ui {

// Takes the browser's content bundle; the state reports diagnostics if any.
void load_content_bundle(AppState& state, std::string_view bundle_text);

// Moves the app to the place a URL hash names (back/forward, deep links).
void apply_route(AppState& state, std::string_view hash);
// The hash for where the app is now.
std::string current_route(const AppState& state);

void draw_app(AppState& state);

// JSON for window.protocolwijzer.state() (see web/README.md).
std::string test_state_json(const AppState& state);

} // namespace pw::ui
