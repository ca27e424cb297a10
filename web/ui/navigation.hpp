// Moving between places: every place is a route, every move updates the URL
// hash (and history), the visited set and the last place.
#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <string_view>

namespace pw::ui {

// A move the user made: gets a history entry.
void navigate(AppState& state, const Route& route);
// Go somewhere without a history entry (typing in the search box, normalising).
void navigate_replace(AppState& state, const Route& route);
// The browser's hash changed (deep link, back/forward): go there.
void apply_route(AppState& state, std::string_view hash);
// The hash for where the app is now.
std::string current_route(const AppState& state);
// Whether a route names something that exists in the content.
bool route_exists(const Model& model, const Route& route);
// A human title for a route ("Regievoerder (DT&V)"), for links such as "verder waar je was".
std::string route_title(const Model& model, const Route& route);

} // namespace pw::ui
