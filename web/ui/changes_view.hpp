// "Wat is er veranderd" (#/wat-is-veranderd): what changed in the content
// since the user last saw it, grouped as added, changed and removed, with
// links into the guide for what still exists; the progress that referred to
// what is gone, named; and "Gezien". And the notice above every view that
// leads there.
#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

void draw_changes(AppState& state);
void draw_changes_notice(AppState& state);

} // namespace pw::ui
