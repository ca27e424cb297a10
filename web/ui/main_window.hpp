// The page: the top bar, the view for the current place below it, and the
// notices over it. Which view that is follows from the shared state and the
// training's phase (current_view); drawing and the test hook ask the same function.
#pragma once

#include "ui/app_state.hpp"
#include "ui/assistant_view.hpp"
#include "ui/editor_state.hpp"
#include "ui/process_view.hpp"
#include "ui/search_view.hpp"
#include "ui/top_bar.hpp"
#include "ui/training_state.hpp"

namespace pw::ui {

// Every view's own state, owned by the App.
struct Views {
    TopBarState top_bar;
    ProcessViewState process;
    SearchViewState search;
    TrainingState training;
    AssistantViewState assistant;
    EditorState editor;
};

enum class View {
    loading,
    diagnostics,
    not_found,
    home,
    search,
    map,
    walkthrough,
    role,
    organisation,
    term,
    data_item,
    system,
    channel,
    card,
    rule,
    training,
    exercise,
    feedback,
    debrief,
    trainer,
    trainer_feedback,
    trainer_debrief,
    assistant,
    changes,
    editor,
};

View current_view(const AppState& state, const Views& views);
// "home", "map", "trainer_debrief", ... (window.protocolwijzer.state().view)
const char* view_name(View view);

// Returns the view it drew.
View draw_main_window(AppState& state, Views& views);

// The place changed: each view updates its own state to it.
void follow_route(AppState& state, Views& views);

} // namespace pw::ui
