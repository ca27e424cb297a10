// "Wat nu?" (#/wat-nu?...): the assistant's interview and its advice. The
// answers live in the route only, so a deep link restores them and nothing
// about a case is stored.
#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

void draw_assistant(AppState& state);

} // namespace pw::ui
