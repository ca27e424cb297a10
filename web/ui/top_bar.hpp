#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

// Title (home), search box, process and role-lens choice, copy link, settings.
void draw_top_bar(AppState& state);

} // namespace pw::ui
