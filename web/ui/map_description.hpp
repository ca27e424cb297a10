// The process map in words, for the screen reader: what a step is called,
// and what the map shows around its box (lane, flows, next steps), made from
// the content so the mirror holds every step, drawn or not (process_map.cpp).
#pragma once

#include "pw/model.hpp"
#include "pw/swimlane_layout.hpp"
#include "ui/app_state.hpp"
#include "ui/map_geometry.hpp"

#include <string>
#include <vector>

namespace pw::ui {

// "Handeling", "Beslispunt", "Einde" in the UI language.
const char* kind_label(StepKind kind);
// Short names of roles, comma-separated: "IND, RvdK".
std::string join_short_names(const Model& model, const std::vector<std::string>& roles);
// What a screen reader calls a step: "Handeling: Melding (Regievoerder)", what
// the role lens says of it, and "gewijzigd" or "nieuw" when it is marked so.
std::string step_name(const AppState& s, const Step& step);
// Each step's description by step index, made when the process or the
// language changed (kept in `map`, with each step's route in `map.hrefs` and
// its name without marks in `map.names`).
const std::vector<std::string>& describe_steps(const AppState& s, MapViewState& map,
                                               const CaseType& ct, const SwimlaneLayout& layout);
// A step the map does not draw this frame (scrolled or culled away), for the
// screen reader all the same: a link to its route and its description (from
// describe_steps: `index` is the step's in its case type).
void describe_offscreen_step(const AppState& s, const MapViewState& map, const Step& step,
                             std::size_t index);

} // namespace pw::ui
