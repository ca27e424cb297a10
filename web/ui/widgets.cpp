#include "ui/widgets.hpp"

#include "pw/lookup.hpp"
#include "ui/navigation.hpp"
#include "ui/rich_text.hpp"
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
    ImGui::PushStyleColor(ImGuiCol_Text, colours().accent);
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
    ImGui::PushStyleColor(ImGuiCol_Text, colours().text_muted);
    wrapped(text);
    ImGui::PopStyleColor();
}

void prose(AppState& state, std::string_view text) {
    rich_text(state, text);
}

void prose_muted(AppState& state, std::string_view text) {
    rich_text(state, text, colours().text_muted);
}

void bullet_prose(AppState& state, std::string_view text) {
    ImGui::Bullet();
    ImGui::SameLine();
    rich_text(state, text);
}

bool wide_button(const AppState& state, std::string_view label, const char* id, bool emphasis) {
    ImGui::PushID(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;
    const float wrap = width - 2 * style.FramePadding.x;
    ImFont* font = ImGui::GetFont();
    const ImVec2 text = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, wrap, label.data(),
                                            label.data() + label.size());
    const ImVec2 size(width, text.y + 2 * style.FramePadding.y);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton("button", size);
    const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 fill = emphasis ? colours().accent
                                : ImGui::GetColorU32(active    ? ImGuiCol_ButtonActive
                                                     : hovered ? ImGuiCol_ButtonHovered
                                                               : ImGuiCol_Button);
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), fill, style.FrameRounding);
    dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), colours().accent, style.FrameRounding,
                0, (hovered ? 2.0f : 1.0f) * state.scale());
    dl->AddText(font, ImGui::GetFontSize(),
                ImVec2(pos.x + style.FramePadding.x, pos.y + style.FramePadding.y),
                emphasis ? colours().on_accent : colours().text, label.data(),
                label.data() + label.size(), wrap);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    return pressed;
}

void route_link(AppState& state, std::string_view label, const Route& route) {
    const std::string id = format_route(route);
    if (link_button(state, label, id.c_str())) navigate(state, route);
}

void probe_item(AppState& state, const std::string& name) {
    if (!ImGui::IsItemVisible()) return; // scrolled out of its window: not clickable
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    state.probe.items[name] =
        Rect{a.x / state.dpr, a.y / state.dpr, (b.x - a.x) / state.dpr, (b.y - a.y) / state.dpr};
}

void kind_and_heading(AppState& state, const char* kind, std::string_view title) {
    ImGui::PushFont(state.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().text_muted);
    ImGui::TextUnformatted(kind);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    heading(state, title);
    state.probe.detail_title = std::string(title);
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

void provenance_block(AppState& state, const Model& model, const Provenance& p) {
    if (p.illustrative) {
        badge(state, tr(Text::illustrative), colours().warning_bg, colours().warning_text);
        if (!p.illustrative_note.empty()) prose_muted(state, p.illustrative_note);
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
        dl->AddText(font, size, ImVec2(pos.x, y), colours().accent, line, line_end);
        const float underline_y = y + line_size.y - 1.0f * state.scale();
        dl->AddLine(ImVec2(pos.x, underline_y), ImVec2(pos.x + line_size.x, underline_y),
                    colours().accent, hovered ? 2.0f * state.scale() : 1.0f * state.scale());
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
