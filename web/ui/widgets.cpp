#include "ui/widgets.hpp"

#include "pw/lookup.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

#include <algorithm>
#include <cfloat>

namespace pw::ui {

void heading(const AppState& state, std::string_view text) {
    ImGui::PushFont(state.fonts.heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void section_label(const AppState& state, const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(state.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::accent);
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void wrapped(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void wrapped_muted(std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour::text_muted);
    wrapped(text);
    ImGui::PopStyleColor();
}

void bullet_wrapped(std::string_view text) {
    ImGui::Bullet();
    ImGui::SameLine();
    wrapped(text);
}

void badge(const AppState& state, std::string_view text, ImU32 background, ImU32 foreground) {
    ImGui::PushFont(state.fonts.small);
    const ImVec2 pad(6.0f * state.scale(), 2.0f * state.scale());
    const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x + 2 * pad.x, pos.y + size.y + 2 * pad.y),
                      background, 3.0f * state.scale());
    dl->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), foreground, text.data(),
                text.data() + text.size());
    ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
    ImGui::PopFont();
}

void provenance_block(const AppState& state, const Model& model, const Provenance& p) {
    if (p.illustrative) {
        badge(state, tr(Text::illustrative), colour::warning_bg, colour::warning_text);
        if (!p.illustrative_note.empty()) wrapped_muted(p.illustrative_note);
    }
    ImGui::PushFont(state.fonts.small);
    for (const Citation& c : p.citations) {
        std::string line =
            std::string(tr(Text::sources)) + ": " + std::string(source_title(model, c.source));
        if (!c.locator.empty()) line += " — " + c.locator;
        wrapped_muted(line);
        if (!c.quote.empty()) wrapped_muted("“" + c.quote + "”");
    }
    ImGui::PopFont();
}

bool link_button(const AppState& state, std::string_view label, const char* id) {
    // Wraps to the available width like running text, underlined on every line
    // (a link is never shown by colour alone).
    ImGui::PushID(id);
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float wrap = std::max(40.0f, ImGui::GetContentRegionAvail().x);
    const ImVec2 extent =
        font->CalcTextSizeA(size, FLT_MAX, wrap, label.data(), label.data() + label.size());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed =
        ImGui::InvisibleButton("link", ImVec2(std::max(1.0f, extent.x), std::max(1.0f, extent.y)));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const char* line = label.data();
    const char* end = label.data() + label.size();
    float y = pos.y;
    while (line < end) {
        const char* line_end = font->CalcWordWrapPositionA(size / font->FontSize, line, end, wrap);
        if (line_end == line) line_end = line + 1;
        const ImVec2 line_size = font->CalcTextSizeA(size, FLT_MAX, 0.0f, line, line_end);
        dl->AddText(font, size, ImVec2(pos.x, y), colour::accent, line, line_end);
        const float underline_y = y + line_size.y - 1.0f * state.scale();
        dl->AddLine(ImVec2(pos.x, underline_y), ImVec2(pos.x + line_size.x, underline_y),
                    colour::accent, hovered ? 2.0f * state.scale() : 1.0f * state.scale());
        y += line_size.y;
        line = line_end;
        while (line < end && (*line == ' ' || *line == '\n'))
            ++line;
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    return pressed;
}

} // namespace pw::ui
