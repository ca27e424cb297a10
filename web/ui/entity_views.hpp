// Reading views for everything that is not a process step: roles and
// organisations, glossary terms, data items, systems, cards and legal bases.
// Everything links on: a role lists every step it appears in.
#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

// Draws the view for state.route (a role, organisation, term, data item,
// system, channel, card or rule route).
void draw_entity_view(AppState& state);

// Parts used by several views (entity_views.cpp).
void draw_role(AppState& state, const Role& role);
void draw_organisation(AppState& state, const Organisation& organisation);
// reference_views.cpp
void draw_term(AppState& state, const GlossaryTerm& term);
void draw_data_item(AppState& state, const DataItem& item);
void draw_system(AppState& state, const System& system);
void draw_channel(AppState& state, const Channel& channel);
void draw_card(AppState& state, const Card& card);
void draw_rule(AppState& state, const std::string& id);

} // namespace pw::ui
