#include "ui/theme.hpp"

#include <array>

namespace pw::ui {

ImU32 organisation_colour(std::string_view id) {
    // Okabe-Ito based, darkened for contrast with white text labels.
    static constexpr std::array<ImU32, 8> palette{
        IM_COL32(0x00, 0x5A, 0x9C, 0xFF), IM_COL32(0xB3, 0x5C, 0x00, 0xFF),
        IM_COL32(0x00, 0x7A, 0x5E, 0xFF), IM_COL32(0x9C, 0x3D, 0x7A, 0xFF),
        IM_COL32(0x5B, 0x4B, 0xA8, 0xFF), IM_COL32(0x8A, 0x6D, 0x00, 0xFF),
        IM_COL32(0x00, 0x6D, 0x8F, 0xFF), IM_COL32(0xA8, 0x2D, 0x2D, 0xFF)};
    std::uint32_t h = 2166136261u; // FNV-1a
    for (unsigned char c : id)
        h = (h ^ c) * 16777619u;
    return palette[h % palette.size()];
}

void apply_theme(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.ScrollbarRounding = 6.0f;
    style.WindowPadding = ImVec2(14, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.ScrollbarSize = 16.0f;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colour::text);
    c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(colour::text_muted);
    c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(colour::page);
    c[ImGuiCol_ChildBg] = ImGui::ColorConvertU32ToFloat4(colour::panel);
    c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(colour::border);
    c[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(colour::accent_soft);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.75f, 0.83f, 0.93f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.62f, 0.74f, 0.88f, 1.0f);
    c[ImGuiCol_Header] = ImGui::ColorConvertU32ToFloat4(colour::accent_soft);
    c[ImGuiCol_NavHighlight] = ImGui::ColorConvertU32ToFloat4(colour::accent);
    c[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(colour::accent);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

} // namespace pw::ui
