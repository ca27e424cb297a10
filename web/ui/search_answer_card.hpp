// The answer on top of the search results when one hit clearly wins: the
// step's who / what / to whom / which data / channel / source, a decision
// right, a contact point, or what else the winner is, with "open in the guide".
#pragma once

#include "pw/search_answer.hpp"
#include "ui/app_state.hpp"

namespace pw::ui {

// The name of a kind of hit in the UI language ("Stap", "Step").
const char* search_kind_name(SearchKind kind);

void draw_answer_card(AppState& state, const SearchAnswer& answer);

} // namespace pw::ui
