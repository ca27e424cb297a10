// "Wat nu?" (#/wat-nu?...): the assistant's interview and its advice. The
// answers live in the route only, so a deep link restores them and nothing
// about a case is stored.
#pragma once

#include "ui/app_state.hpp"

#include <string>

namespace pw::ui {

struct AssistantViewState {
    // The answers whose advice was last brought into view: a newly completed
    // interview, or a deep link, scrolls to its advice once.
    std::string advice_shown;
    bool scroll_to_advice = false;
};

void draw_assistant(AppState& state, AssistantViewState& view);

} // namespace pw::ui
