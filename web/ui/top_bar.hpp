// The bar above every view: the title (home), the search box, the process and
// role-lens choices, the text version, copy link and the settings.
#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

struct TopBarState {
    char query[256] = "";              // the search box, edited in place by ImGui
    Route return_to;                   // where leaving a search goes back to
    float widths[3] = {320, 230, 230}; // search, process, lens: fitted to the window each frame
};

void draw_top_bar(AppState& state, TopBarState& bar);

// Escape: from a step to its process, from a search back to where it began,
// from a page of the reference back to where its link was followed.
// False when there is nothing to leave.
bool leave_place(AppState& state, const TopBarState& bar);

} // namespace pw::ui
