// The whole app as one view function of the state, plus content loading and
// the test hook's JSON.
#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <string_view>

namespace pw::ui {

// Takes the browser's content bundle; the state reports diagnostics if any.
void load_content_bundle(AppState& state, std::string_view bundle_text);

// Applies stored progress (settings, visited places); reports a corrupt value as a notice.
void load_progress(AppState& state, std::string_view stored);

void draw_app(AppState& state);

// JSON for window.protocolwijzer.state() (see web/README.md).
std::string test_state_json(const AppState& state);

} // namespace pw::ui
