// Running text in which every abbreviation with a glossary entry is marked:
// a dotted underline, its meaning on hover or keyboard focus, and the
// glossary entry on click or Enter ("glossary everywhere").
#pragma once

#include "ui/app_state.hpp"

#include <imgui.h>

#include <string_view>

namespace pw::ui {

void rich_text(AppState& state, std::string_view text, ImU32 colour = 0);

// Builds state.glossary_lookup from the content: abbreviations and their aliases.
void build_glossary_lookup(AppState& state);

} // namespace pw::ui
