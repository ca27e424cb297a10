#include "ui/widgets.hpp"

#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
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
    a11y_text(text, 2);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void section_label(const AppState& state, const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(state.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().accent);
    ImGui::PushTextWrapPos(0.0f); // a long one (a walkthrough's question) wraps, never clips
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    a11y_text(text, 3);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void wrapped(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    a11y_text(text);
    ImGui::PopTextWrapPos();
}

void line(std::string_view text) {
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    a11y_text(text);
}

void wrapped_muted(std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours().text_muted);
    wrapped(text);
    ImGui::PopStyleColor();
}

void prose(AppState& state, std::string_view text) {
    rich_text(state, text);
    a11y_text(text);
}

void prose_muted(AppState& state, std::string_view text) {
    rich_text(state, text, colours().text_muted);
    a11y_text(text);
}

void bullet_prose(AppState& state, std::string_view text) {
    ImGui::Bullet();
    ImGui::SameLine();
    rich_text(state, text);
    a11y_text(text);
}

bool hover_tip(const AppState& state, ImGuiHoveredFlags flags) {
    return !state.pointer_resting && ImGui::IsItemHovered(flags);
}

void focus_ring(const AppState& state) {
    if (!nav_focus_visible()) return;
    // Two rings: a gap in the page's colour, then the accent. On a control
    // filled with the accent (the primary button) the gap keeps the ring seen.
    const float z = state.scale();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    dl->AddRect(ImVec2(lo.x - 2 * z, lo.y - 2 * z), ImVec2(hi.x + 2 * z, hi.y + 2 * z),
                colours().page, 4 * z, 0, 2.5f * z);
    dl->AddRect(ImVec2(lo.x - 4.5f * z, lo.y - 4.5f * z), ImVec2(hi.x + 4.5f * z, hi.y + 4.5f * z),
                colours().token, 6 * z, 0, 2.5f * z);
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
    a11y_item(A11yRole::button, label, false, id);
    focus_ring(state);
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

void route_link(AppState& state, std::string_view label, const Route& route, std::string_view tag) {
    const std::string id = tag.empty() ? format_route(route) : std::string(tag);
    if (link_button(state, label, id.c_str())) navigate(state, route);
}

std::string tagged(std::string_view label, std::string_view tag) {
    std::string out(label);
    out += "###";
    out += tag;
    return out;
}

void kind_and_heading(AppState& state, const char* kind, std::string_view title) {
    ImGui::PushFont(state.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().text_muted);
    ImGui::TextUnformatted(kind);
    a11y_text(kind);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    heading(state, title);
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
    a11y_text(text);
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

bool button(const char* label) {
    const bool pressed = ImGui::Button(label);
    a11y_keep_when_clipped(A11yRole::button, label);
    return pressed;
}

bool small_button(const char* label) {
    const bool pressed = ImGui::SmallButton(label);
    a11y_keep_when_clipped(A11yRole::button, label);
    return pressed;
}

bool checkbox(const char* label, bool* on) {
    const bool changed = ImGui::Checkbox(label, on);
    a11y_keep_when_clipped(A11yRole::checkbox, label, *on);
    return changed;
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
    a11y_item(A11yRole::link, label, false, id);
    focus_ring(state);
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

void meter(const AppState& state, float fraction, float width, ImU32 fill) {
    const float z = state.scale();
    const float height = ImGui::GetFrameHeight();
    // As tall as a framed widget, with its text offset: labels beside it sit on its line.
    ImGui::AlignTextToFramePadding();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, height));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float mid = pos.y + height * 0.5f;
    const float track = 2.0f * z, bar = 7.0f * z;
    dl->AddRectFilled(ImVec2(pos.x, mid - track), ImVec2(pos.x + width, mid + track),
                      colours().border, track);
    const float share = std::clamp(fraction, 0.0f, 1.0f);
    if (share > 0)
        dl->AddRectFilled(ImVec2(pos.x, mid - bar), ImVec2(pos.x + width * share, mid + bar), fill,
                          3.0f * z);
}

ImGuiID begin_panel(const AppState& state, const char* id, ImU32 fill, ImU32 border) {
    const ImGuiID panel = ImGui::GetID(id);
    const float height = ImGui::GetStateStorage()->GetFloat(panel, 0.0f);
    const float pad = 14.0f * state.scale();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, fill);
    ImGui::PushStyleColor(ImGuiCol_Border, border);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6.0f * state.scale());
    ImGui::BeginChild(panel, ImVec2(0, std::max(height, 1.0f)), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                          ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
    return panel;
}

void end_panel(ImGuiID panel) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float height = ImGui::GetCursorPosY() - style.ItemSpacing.y + style.WindowPadding.y;
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    ImGui::GetStateStorage()->SetFloat(panel, height);
}

bool choice_box(const AppState& state, std::string_view label, const char* id, bool selected,
                bool multiple, float width) {
    ImGui::PushID(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float z = state.scale();
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    const float marker = 18.0f * z;
    const float text_x = style.FramePadding.x * 2 + marker;
    const float wrap = width - text_x - style.FramePadding.x;
    ImFont* font = ImGui::GetFont();
    const ImVec2 text = font->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, wrap, label.data(),
                                            label.data() + label.size());
    const ImVec2 size(width, std::max(text.y, marker) + 2 * style.FramePadding.y + 4 * z);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton("choice", size);
    a11y_item(multiple ? A11yRole::checkbox : A11yRole::radio, label, selected, id);
    focus_ring(state);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, end, selected ? colours().accent_soft : colours().panel,
                      style.FrameRounding);
    dl->AddRect(pos, end, selected || hovered ? colours().accent : colours().border,
                style.FrameRounding, 0,
                (selected  ? 2.5f
                 : hovered ? 2.0f
                           : 1.0f) *
                    z);
    // The marker says selected by shape too (filled), not by colour alone.
    const ImVec2 c(pos.x + style.FramePadding.x + marker * 0.5f, pos.y + size.y * 0.5f);
    const float r = marker * 0.5f;
    if (multiple) {
        dl->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), colours().accent, 3 * z, 0,
                    1.8f * z);
        if (selected)
            dl->AddRectFilled(ImVec2(c.x - r + 4 * z, c.y - r + 4 * z),
                              ImVec2(c.x + r - 4 * z, c.y + r - 4 * z), colours().accent, 2 * z);
    } else {
        dl->AddCircle(c, r, colours().accent, 24, 1.8f * z);
        if (selected) dl->AddCircleFilled(c, r - 4.5f * z, colours().accent, 24);
    }
    dl->AddText(font, ImGui::GetFontSize(),
                ImVec2(pos.x + text_x, pos.y + (size.y - text.y) * 0.5f), colours().text,
                label.data(), label.data() + label.size(), wrap);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    return pressed;
}

void same_line_if_room(float width, float gap) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float spacing = gap < 0 ? ImGui::GetStyle().ItemSpacing.x : gap;
    if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine(0, gap);
}

} // namespace pw::ui
