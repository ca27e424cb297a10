// Small building blocks shared by the views.
#pragma once

#include "pw/model.hpp"
#include "ui/app_state.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace pw::ui {

void heading(const AppState& state, std::string_view text);
void section_label(const AppState& state, const char* text);
void wrapped(std::string_view text);
void wrapped_muted(std::string_view text);
void bullet_wrapped(std::string_view text);
// A small coloured label; returns its width.
void badge(const AppState& state, std::string_view text, ImU32 background, ImU32 foreground);
// "Bron: <title> — <locator>" for every citation, and the illustrative flag.
void provenance_block(const AppState& state, const Model& model, const Provenance& provenance);
// A button that looks like a link; true when activated.
bool link_button(const AppState& state, std::string_view label, const char* id);

} // namespace pw::ui
