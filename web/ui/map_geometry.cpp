#include "ui/map_geometry.hpp"

#include "pw/lookup.hpp"
#include "ui/theme.hpp"

#include <algorithm>
#include <cfloat>

namespace pw::ui {

const SwimlaneLayout& LayoutCache::of(const Model& model, const CaseType& case_type) {
    if (case_type_ != case_type.id) {
        layout_ = layout_swimlanes(model, case_type);
        case_type_ = case_type.id;
    }
    return layout_;
}

MapExtent map_extent(const SwimlaneLayout& layout, const MapMetrics& m) {
    return MapExtent{m.label_w + static_cast<float>(layout.slot_count) * m.slot_w + 40 * m.z,
                     static_cast<float>(layout.lanes.size()) * m.lane_h};
}

float MapGeometry::font_size(ImFont* font) const {
    return font->FontSize * m.zoom;
}

float MapGeometry::text_height(ImFont* font, float wrap_width, std::string_view text) const {
    return font
        ->CalcTextSizeA(font_size(font), FLT_MAX, wrap_width, text.data(),
                        text.data() + text.size())
        .y;
}

float MapGeometry::text_width(ImFont* font, std::string_view text) const {
    return font
        ->CalcTextSizeA(font_size(font), FLT_MAX, 0.0f, text.data(), text.data() + text.size())
        .x;
}

std::string MapGeometry::fit_line(ImFont* font, std::string_view text, float width) const {
    if (text_width(font, text) <= width) return std::string(text);
    // Drop whole UTF-8 characters from the end until the rest and "…" fit.
    std::string out(text);
    while (!out.empty()) {
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
            out.pop_back();               // the continuation bytes of the last character
        if (!out.empty()) out.pop_back(); // and its first byte
        if (text_width(font, out + "…") <= width) break;
    }
    return out + "…";
}

void MapGeometry::text(ImDrawList* dl, ImFont* font, ImVec2 pos, float wrap_width, ImU32 colour,
                       std::string_view text, const ImVec4* clip) const {
    if (font_size(font) < 5.0f) return; // unreadable at this zoom: shapes only
    dl->AddText(font, font_size(font), pos, colour, text.data(), text.data() + text.size(),
                wrap_width, clip);
}

void step_zoom(MapViewState& map, int direction) {
    static constexpr float kLevels[] = {0.1f, 0.25f, 0.33f, 0.5f, 0.67f, 0.75f,
                                        0.8f, 0.9f,  1.0f,  1.1f, 1.25f, 1.5f};
    const float now = map.zoom;
    if (direction > 0) {
        for (float level : kLevels)
            if (level > now + 0.005f) {
                map.zoom = level;
                return;
            }
    } else {
        for (auto it = std::rbegin(kLevels); it != std::rend(kLevels); ++it)
            if (*it < now - 0.005f) {
                map.zoom = *it;
                return;
            }
    }
}

float readable_zoom(float small_font_size, float scale) {
    return std::min(1.0f, kReadableTextUnits * scale / small_font_size);
}

void apply_map_input(MapViewState& map) {
    ImGuiIO& io = ImGui::GetIO();
    // Zoom around the mouse: the point under it stays under it.
    if (map.pending_zoom != 0.0f && ImGui::IsWindowHovered()) {
        const float before = map.zoom;
        const float after =
            std::clamp(before * (1.0f + 0.15f * map.pending_zoom), kMinZoom, kMaxZoom);
        const ImVec2 rel(io.MousePos.x - ImGui::GetWindowPos().x,
                         io.MousePos.y - ImGui::GetWindowPos().y);
        map.zoom = after;
        ImGui::SetScrollX((ImGui::GetScrollX() + rel.x) * after / before - rel.x);
        ImGui::SetScrollY((ImGui::GetScrollY() + rel.y) * after / before - rel.y);
    }
    map.pending_zoom = 0.0f;
    // Drag the background to pan (the drag starts in start_map_drag, after the
    // steps are drawn, so a click on a step is never taken for a drag).
    if (!ImGui::IsMouseDown(0)) map.dragging = false;
    if (map.dragging) {
        ImGui::SetScrollX(ImGui::GetScrollX() - io.MouseDelta.x);
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
    }
}

void start_map_drag(MapViewState& map) {
    if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0) && !ImGui::IsAnyItemHovered())
        map.dragging = true;
}

void draw_walkthrough_marks(ImDrawList* dl, const AppState& s, const Walkthrough& w,
                            const Step& step, ImVec2 bmin, ImVec2 bmax, float z) {
    const auto& trail = w.trail;
    if (trail.empty()) return;
    if (trail.back() == step.id) {
        // The token: a numbered disc on the box's corner, and a halo around the box.
        const float r = 15.0f * z;
        const ImVec2 c(bmin.x + 2 * z, bmin.y + 2 * z);
        dl->AddRect(ImVec2(bmin.x - 4 * z, bmin.y - 4 * z), ImVec2(bmax.x + 4 * z, bmax.y + 4 * z),
                    colours().token, 8 * z, 0, 3 * z);
        dl->AddCircleFilled(c, r, colours().token);
        const std::string n = std::to_string(trail.size());
        const ImVec2 ts = s.fonts.bold->CalcTextSizeA(s.fonts.bold->FontSize * z / s.scale(),
                                                      FLT_MAX, 0.0f, n.c_str());
        dl->AddText(s.fonts.bold, s.fonts.bold->FontSize * z / s.scale(),
                    ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, n.c_str());
        return;
    }
    if (std::find(trail.begin(), trail.end(), step.id) != trail.end()) {
        const ImVec2 c(bmax.x - 10 * z, bmin.y + 10 * z);
        dl->AddCircleFilled(c, 8 * z, colours().end);
        dl->AddLine(ImVec2(c.x - 4 * z, c.y), ImVec2(c.x - 1 * z, c.y + 3 * z), IM_COL32_WHITE,
                    2 * z);
        dl->AddLine(ImVec2(c.x - 1 * z, c.y + 3 * z), ImVec2(c.x + 4 * z, c.y - 3 * z),
                    IM_COL32_WHITE, 2 * z);
    }
}

void draw_lane_labels(ImDrawList* dl, const AppState& s, const Model& model,
                      const SwimlaneLayout& layout, const MapGeometry& g, ImVec2 win_pos) {
    const MapMetrics& m = g.m;
    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        const int lane = static_cast<int>(i);
        const Organisation* org = find_organisation(model, layout.lanes[i]);
        const ImVec2 lmin(win_pos.x, g.lane_top(lane));
        const ImVec2 lmax(win_pos.x + m.label_w, g.lane_top(lane) + m.lane_h);
        dl->AddRectFilled(lmin, lmax, colours().panel);
        dl->AddRectFilled(lmin, ImVec2(lmin.x + 6 * m.z, lmax.y),
                          organisation_colour(layout.lanes[i]));
        dl->AddLine(ImVec2(lmax.x, lmin.y), lmax, colours().border, 1.0f * m.z);
        dl->AddLine(ImVec2(lmin.x, lmax.y), lmax, colours().border);
        if (!org) continue;
        const float inner = 14.0f * m.z;
        const ImVec4 clip(lmin.x, lmin.y, lmax.x, lmax.y);
        // The full name under the short one, however many lines that wraps to.
        const float wrap = m.label_w - 2 * inner;
        g.text(dl, s.fonts.heading, ImVec2(lmin.x + inner, lmin.y + inner), wrap, colours().text,
               org->short_name, &clip);
        const float below = g.text_height(s.fonts.heading, wrap, org->short_name) + 4 * m.z;
        g.text(dl, s.fonts.small, ImVec2(lmin.x + inner, lmin.y + inner + below), wrap,
               colours().text_muted, org->name, &clip);
    }
}

} // namespace pw::ui
