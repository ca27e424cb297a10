// Colours and sizes of the light theme (Rijkshuisstijl-like dark blue accent).
#pragma once

#include <imgui.h>

#include <string_view>

namespace pw::ui {

namespace colour {
inline constexpr ImU32 accent = IM_COL32(0x15, 0x42, 0x73, 0xFF); // dark blue
inline constexpr ImU32 accent_soft = IM_COL32(0xDD, 0xE7, 0xF3, 0xFF);
inline constexpr ImU32 text = IM_COL32(0x1B, 0x1F, 0x24, 0xFF);
inline constexpr ImU32 text_muted = IM_COL32(0x4A, 0x52, 0x5C, 0xFF);
inline constexpr ImU32 page = IM_COL32(0xF3, 0xF4, 0xF6, 0xFF);
inline constexpr ImU32 panel = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
inline constexpr ImU32 border = IM_COL32(0xC4, 0xCA, 0xD2, 0xFF);
inline constexpr ImU32 lane_even = IM_COL32(0xFA, 0xFB, 0xFC, 0xFF);
inline constexpr ImU32 lane_odd = IM_COL32(0xEE, 0xF1, 0xF4, 0xFF);
inline constexpr ImU32 decision = IM_COL32(0xA3, 0x5A, 0x00, 0xFF); // dark amber, 4.5:1 on white
inline constexpr ImU32 end = IM_COL32(0x2E, 0x6B, 0x30, 0xFF);
inline constexpr ImU32 warning_bg = IM_COL32(0xFF, 0xF4, 0xCE, 0xFF);
inline constexpr ImU32 warning_text = IM_COL32(0x6B, 0x4A, 0x00, 0xFF);
inline constexpr ImU32 error_bg = IM_COL32(0xFD, 0xE7, 0xE9, 0xFF);
inline constexpr ImU32 error_text = IM_COL32(0x8A, 0x12, 0x1C, 0xFF);
} // namespace colour

// A colour per organisation for the lane marker, derived from its id so the
// same organisation looks the same on every map (the view knows no names).
ImU32 organisation_colour(std::string_view organisation_id);

// Sets ImGui's style for the given scale (device pixels per UI unit).
void apply_theme(float scale);

} // namespace pw::ui
