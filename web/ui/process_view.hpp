// A process: its swimlane map beside a panel with the selected step, the
// process at a glance, or the worked example being played.
#pragma once

#include "pw/walkthrough.hpp"
#include "ui/map_geometry.hpp"

#include <optional>

namespace pw::ui {

struct ProcessViewState {
    MapViewState map;
    std::optional<Walkthrough> walkthrough; // the worked example being played, on its route
};

void draw_process(AppState& state, ProcessViewState& view);
// The place changed: start or drop the walkthrough, fit a newly opened
// process, scroll the chosen step into view.
void follow_route(ProcessViewState& view, const AppState& state);

} // namespace pw::ui
