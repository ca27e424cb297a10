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
// One line of text, as ImGui::TextUnformatted, that the screen reader reads too.
void line(std::string_view text);
// Running text with abbreviations explained (see rich_text.hpp).
void prose(AppState& state, std::string_view text);
void prose_muted(AppState& state, std::string_view text);
void bullet_prose(AppState& state, std::string_view text);
void wrapped_muted(std::string_view text);
void bullet_wrapped(std::string_view text);
// A small coloured label; returns its width.
void badge(const AppState& state, std::string_view text, ImU32 background, ImU32 foreground);
// "Bron: <title> — <locator>" for every citation, and the illustrative flag.
void provenance_block(AppState& state, const Model& model, const Provenance& provenance);
// ImGui::Button that stays in the screen reader's tree while scrolled out of
// its window (ImGui describes only what it draws). For views that scroll;
// the fixed bars (top bar, map toolbar) use ImGui::Button.
bool button(const char* label);
bool small_button(const char* label);
bool checkbox(const char* label, bool* on);
// A button that looks like a link; true when activated. `id` is its handle.
bool link_button(const AppState& state, std::string_view label, const char* id);
// A full-width button whose label wraps; true when activated. `id` is its handle.
bool wide_button(const AppState& state, std::string_view label, const char* id,
                 bool emphasis = false);
// A link to a place in the guide: navigates when activated. Its handle is
// `tag`, or the route's hash.
void route_link(AppState& state, std::string_view label, const Route& route,
                std::string_view tag = {});
// Whether the last item's tooltip shows: hovered, and not merely under a
// pointer that rests where it clicked on the previous page.
bool hover_tip(const AppState& state, ImGuiHoveredFlags flags = 0);
// A visible focus ring around the last item while keyboard navigation is on it.
void focus_ring(const AppState& state);
// An ImGui label that shows `label` and is known by `tag`, whatever the
// language ("Beginnen###oefening:x"): the tag is the control's ImGui id and
// its handle in the accessibility tree (a11y.hpp).
std::string tagged(std::string_view label, std::string_view tag);
// Puts the next item on the same line when `width` still fits there, else on
// the next line (a narrow window, 200 % zoom, large text: nothing is cut);
// `gap` before it, ImGui's item spacing when negative.
void same_line_if_room(float width, float gap = -1.0f);
// A framed panel as tall as its content (measured on the previous frame).
ImGuiID begin_panel(const AppState& state, const char* id, ImU32 fill, ImU32 border);
void end_panel(ImGuiID panel);
// A full-width choice with a wrapped label: a round marker for one-of, a
// square for any-of; true when clicked. `id` is its handle.
bool choice_box(const AppState& state, std::string_view label, const char* id, bool selected,
                bool multiple, float width = 0.0f);
// A share drawn as a bar: a thin track with the filled part over it, on the
// text line of a framed widget (text beside it lines up). Not a framed box:
// an empty one must not look like a text field.
void meter(const AppState& state, float fraction, float width, ImU32 fill);
// A panel heading with the small kind label above it ("Rol", "Begrip").
void kind_and_heading(AppState& state, const char* kind, std::string_view title);

} // namespace pw::ui
