// The swimlane map of one case type: lanes per organisation, a box per step,
// arrows for flows that cross lanes (labelled with recipient, channel and
// system), connectors for the order of steps, the role lens and the
// walkthrough token. Geometry comes from core's layout; zoom and pan are here.
#pragma once

#include "pw/role_facts.hpp"
#include "ui/map_geometry.hpp"

#include <string>
#include <string_view>

namespace pw::ui {

// The handle of a step box among the controls ("stap:melding").
inline constexpr std::string_view kStepTag = "stap:";

// Draws the map filling the available region; a click on a step opens it.
// `walkthrough`: the worked example being played on this map, or null.
void draw_process_map(AppState& state, MapViewState& map, const Walkthrough* walkthrough,
                      const CaseType& case_type);

// What a role does in a step, in words: "voert uit, stuurt, ontvangt".
std::string involvement_text(const Involvement& involvement);
// The tag the lens puts above a step: "Rolbril: voert uit".
std::string lens_tag_text(const Involvement& involvement);

} // namespace pw::ui
