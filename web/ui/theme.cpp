#include "ui/theme.hpp"

#include <array>
#include <cstdint>

namespace pw::ui {
namespace {

constexpr Palette kLight{
    IM_COL32(0x15, 0x42, 0x73, 0xFF), IM_COL32(0xDD, 0xE7, 0xF3, 0xFF),
    IM_COL32(0x1B, 0x1F, 0x24, 0xFF), IM_COL32(0x4A, 0x52, 0x5C, 0xFF),
    IM_COL32(0xF3, 0xF4, 0xF6, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
    IM_COL32(0x7D, 0x85, 0x90, 0xFF), IM_COL32(0xFA, 0xFB, 0xFC, 0xFF),
    IM_COL32(0xEE, 0xF1, 0xF4, 0xFF), IM_COL32(0x9A, 0x52, 0x00, 0xFF),
    IM_COL32(0x2E, 0x6B, 0x30, 0xFF), IM_COL32(0xFF, 0xF4, 0xCE, 0xFF),
    IM_COL32(0x6B, 0x4A, 0x00, 0xFF), IM_COL32(0xFD, 0xE7, 0xE9, 0xFF),
    IM_COL32(0x8A, 0x12, 0x1C, 0xFF), IM_COL32(0xFF, 0xE5, 0x8F, 0xFF),
    IM_COL32(0xC2, 0x41, 0x0C, 0xFF), IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),
};

constexpr Palette kDark{
    IM_COL32(0x8F, 0xC1, 0xFF, 0xFF), IM_COL32(0x1E, 0x3A, 0x5C, 0xFF),
    IM_COL32(0xEC, 0xEF, 0xF3, 0xFF), IM_COL32(0xB4, 0xBC, 0xC6, 0xFF),
    IM_COL32(0x12, 0x15, 0x1A, 0xFF), IM_COL32(0x1C, 0x21, 0x28, 0xFF),
    IM_COL32(0x6E, 0x7A, 0x88, 0xFF), IM_COL32(0x17, 0x1B, 0x21, 0xFF),
    IM_COL32(0x20, 0x25, 0x2D, 0xFF), IM_COL32(0xFF, 0xB8, 0x5C, 0xFF),
    IM_COL32(0x7F, 0xD1, 0x82, 0xFF), IM_COL32(0x3D, 0x32, 0x10, 0xFF),
    IM_COL32(0xFF, 0xDD, 0x85, 0xFF), IM_COL32(0x4A, 0x17, 0x1C, 0xFF),
    IM_COL32(0xFF, 0xB3, 0xBA, 0xFF), IM_COL32(0x59, 0x44, 0x00, 0xFF),
    IM_COL32(0xFF, 0x8A, 0x4C, 0xFF), IM_COL32(0x10, 0x14, 0x18, 0xFF),
};

// Black and white with yellow links: text at least 7:1 on every background.
constexpr Palette kHighContrast{
    IM_COL32(0xFF, 0xEB, 0x3B, 0xFF), IM_COL32(0x2E, 0x2A, 0x00, 0xFF),
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), IM_COL32(0xE6, 0xE6, 0xE6, 0xFF),
    IM_COL32(0x00, 0x00, 0x00, 0xFF), IM_COL32(0x00, 0x00, 0x00, 0xFF),
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF), IM_COL32(0x00, 0x00, 0x00, 0xFF),
    IM_COL32(0x12, 0x12, 0x12, 0xFF), IM_COL32(0xFF, 0xB8, 0x4D, 0xFF),
    IM_COL32(0x8C, 0xFF, 0x8C, 0xFF), IM_COL32(0x00, 0x00, 0x00, 0xFF),
    IM_COL32(0xFF, 0xEB, 0x3B, 0xFF), IM_COL32(0x00, 0x00, 0x00, 0xFF),
    IM_COL32(0xFF, 0x9E, 0x9E, 0xFF), IM_COL32(0x00, 0x3C, 0x78, 0xFF),
    IM_COL32(0x00, 0xE5, 0xFF, 0xFF), IM_COL32(0x00, 0x00, 0x00, 0xFF),
};

Theme g_theme = Theme::light;

} // namespace

const Palette& colours() {
    switch (g_theme) {
    case Theme::dark:
        return kDark;
    case Theme::high_contrast:
        return kHighContrast;
    case Theme::light:
        break;
    }
    return kLight;
}
Theme theme() {
    return g_theme;
}

ImU32 organisation_colour(std::string_view id) {
    // Okabe-Ito based; also readable on the dark theme's panels.
    static constexpr std::array<ImU32, 8> palette{
        IM_COL32(0x00, 0x72, 0xB2, 0xFF), IM_COL32(0xD5, 0x5E, 0x00, 0xFF),
        IM_COL32(0x00, 0x9E, 0x73, 0xFF), IM_COL32(0xCC, 0x79, 0xA7, 0xFF),
        IM_COL32(0x6A, 0x5A, 0xCD, 0xFF), IM_COL32(0xE6, 0x9F, 0x00, 0xFF),
        IM_COL32(0x56, 0xB4, 0xE9, 0xFF), IM_COL32(0xC0, 0x39, 0x2B, 0xFF)};
    std::uint32_t h = 2166136261u; // FNV-1a
    for (unsigned char c : id)
        h = (h ^ c) * 16777619u;
    return palette[h % palette.size()];
}

void apply_theme(Theme t, float scale) {
    g_theme = t;
    const Palette& p = colours();
    ImGuiStyle style;
    if (t != Theme::light)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.PopupRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.ScrollbarRounding = 6.0f;
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.ScrollbarSize = 16.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.PopupBorderSize = 1.0f;
    style.FrameBorderSize = t == Theme::high_contrast ? 2.0f : 1.0f;

    auto f = [](ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); };
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = f(p.text);
    c[ImGuiCol_TextDisabled] = f(p.text_muted);
    c[ImGuiCol_WindowBg] = f(p.page);
    c[ImGuiCol_ChildBg] = f(p.panel);
    c[ImGuiCol_PopupBg] = f(p.panel);
    c[ImGuiCol_Border] = f(p.border);
    c[ImGuiCol_FrameBg] = f(p.panel);
    c[ImGuiCol_FrameBgHovered] = f(p.accent_soft);
    c[ImGuiCol_FrameBgActive] = f(p.accent_soft);
    c[ImGuiCol_Button] = f(p.accent_soft);
    c[ImGuiCol_ButtonHovered] = ImVec4(c[ImGuiCol_Button].x * 0.9f, c[ImGuiCol_Button].y * 0.93f,
                                       c[ImGuiCol_Button].z, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(c[ImGuiCol_Button].x * 0.8f, c[ImGuiCol_Button].y * 0.86f,
                                      c[ImGuiCol_Button].z, 1.0f);
    c[ImGuiCol_Header] = f(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = f(p.accent_soft);
    c[ImGuiCol_HeaderActive] = f(p.accent_soft);
    c[ImGuiCol_NavHighlight] =
        f(p.token); // the keyboard focus ring: orange, visible on both themes
    c[ImGuiCol_CheckMark] = f(p.accent);
    c[ImGuiCol_PlotHistogram] = f(p.accent);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

} // namespace pw::ui
