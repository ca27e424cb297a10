// Colours and sizes of the two themes. Text colours keep a contrast of at
// least 4.5:1 against the backgrounds they are drawn on, in both themes.
#pragma once

#include <imgui.h>

#include <string_view>

namespace pw::ui {

// high_contrast: chosen by the system (prefers-contrast: more, forced colours),
// over the user's light or dark.
enum class Theme { light, dark, high_contrast };

struct Palette {
    ImU32 accent;      // links, selection, task steps
    ImU32 accent_soft; // selected background
    ImU32 text;
    ImU32 text_muted;
    ImU32 page;
    ImU32 panel;
    ImU32 border; // control boundaries: at least 3:1 against page and panel
    ImU32 lane_even;
    ImU32 lane_odd;
    ImU32 decision;
    ImU32 end;
    ImU32 warning_bg;
    ImU32 warning_text;
    ImU32 error_bg;
    ImU32 error_text;
    ImU32 highlight_bg; // search matches
    ImU32 token;        // the walkthrough token
    ImU32 on_accent;    // text on accent-coloured badges
};

const Palette& colours();
Theme theme();

// A colour per organisation for the lane marker, derived from its id so the
// same organisation looks the same on every map (the view knows no names).
ImU32 organisation_colour(std::string_view organisation_id);

// Sets ImGui's style for the theme and scale (device pixels per UI unit).
void apply_theme(Theme theme, float scale);

} // namespace pw::ui
