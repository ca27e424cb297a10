#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

// Shown instead of the guide when the content could not be fetched or does not
// validate: what is wrong, where, so an author can fix it. Never a blank page.
void draw_diagnostics(AppState& state);

} // namespace pw::ui
