// Moving between places. Every place is a route; a view asks for a move and
// the App makes it after the frame (arrive), so a frame is drawn for one
// place only. A move updates the visited set and the last place, and the
// address bar follows (publish_route).
#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <string_view>

namespace pw::ui {

// A move the user made: gets a history entry.
void navigate(AppState& state, const Route& route);
// Go somewhere without a history entry (typing in the search box, normalising).
void navigate_replace(AppState& state, const Route& route);
// The address bar's hash changed (deep link, back/forward): go there. Before
// the content is ready the hash is kept and opened once it is.
void apply_route(AppState& state, std::string_view hash);

// Makes the move asked for, if any: the route, the process on the map, the
// visit. True when the place changed (the App then tells the views).
bool arrive(AppState& state);
// After the frame: asks the platform to show the current place in the
// address bar, when it changed.
void publish_route(AppState& state);

// The hash for where the app is now.
std::string current_route(const AppState& state);
// A process map is shown: a process, one of its steps, or a worked example.
bool shows_map(const Route& route);
// A human title for a route ("Regievoerder (DT&V)"), for links such as "verder waar je was".
std::string route_title(const Model& model, const Route& route);

} // namespace pw::ui
