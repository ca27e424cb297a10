#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

// Start: three journeys (new, search, training), the last place one click away,
// and the onboarding path with what has been viewed.
void draw_home(AppState& state);

} // namespace pw::ui
