#include "ui/process_map.hpp"

#include "pw/abbreviations.hpp"
#include "pw/lookup.hpp"
#include "pw/role_facts.hpp"
#include "ui/a11y.hpp"
#include "ui/content_changes.hpp"
#include "ui/map_description.hpp"
#include "ui/map_geometry.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace pw::ui {
namespace {

ImU32 faded(ImU32 colour) {
    return (colour & 0x00FFFFFF) | (0x55u << 24);
}

// A flow arriving in (or leaving from) a lane other than the step's own: a
// vertical arrow, and a chip naming the other party, the channel and the systems.
void draw_mark(ImDrawList* dl, const AppState& s, const Model& model, const Step& step,
               const StepBox& box, const FlowMark& mark, const MapGeometry& g, bool dimmed) {
    const MapMetrics& m = g.m;
    const Flow& flow = step.flows[mark.flow];
    const float x = g.slot_mid(mark.slot);
    const ImU32 line = dimmed ? faded(colours().accent) : colours().accent;

    const bool chip_at_recipient = mark.to_lane != box.lane;
    const int chip_lane = chip_at_recipient ? mark.to_lane : mark.from_lane;
    const std::string who =
        chip_at_recipient ? join_short_names(model, mark.recipients)
                          : trf(Text::flow_from, std::string(role_short_name(model, flow.from)));
    std::string how(channel_short_name(model, flow.channel));
    if (!flow.condition.empty()) how += " · " + flow.condition;
    std::string systems;
    for (const auto& id : flow.systems)
        systems += (systems.empty() ? "" : ", ") + std::string(system_name(model, id));
    const float inner = 7.0f * m.z;
    const float text_w = m.chip_w - 2 * inner;
    const float who_h = g.text_height(s.fonts.bold, text_w, who);
    const float how_h = g.text_height(s.fonts.small, text_w, how);
    const float sys_h = systems.empty() ? 0.0f : g.text_height(s.fonts.small, text_w, systems);
    const float chip_h =
        std::min(m.lane_h - 8 * m.z, std::max(m.chip_h, who_h + how_h + sys_h + 10 * m.z));
    const ImVec2 chip_min(x - m.chip_w * 0.5f, g.lane_mid(chip_lane) - chip_h * 0.5f);
    const ImVec2 chip_max(x + m.chip_w * 0.5f, g.lane_mid(chip_lane) + chip_h * 0.5f);

    auto edge_y = [&](int lane, bool toward_down) {
        if (lane == box.lane)
            return toward_down ? g.lane_mid(lane) + m.box_h * 0.5f
                               : g.lane_mid(lane) - m.box_h * 0.5f;
        if (lane == chip_lane) return toward_down ? chip_max.y : chip_min.y;
        return g.lane_mid(lane);
    };
    const bool down = mark.to_lane > mark.from_lane;
    const float y_from = edge_y(mark.from_lane, down);
    const float y_to = edge_y(mark.to_lane, !down);
    const float head = 9.0f * m.z;
    dl->AddLine(ImVec2(x, y_from), ImVec2(x, y_to - (down ? head : -head)), line, 2.0f * m.z);
    dl->AddTriangleFilled(ImVec2(x, y_to), ImVec2(x - head * 0.6f, y_to - (down ? head : -head)),
                          ImVec2(x + head * 0.6f, y_to - (down ? head : -head)), line);
    const bool sender_dot = mark.from_lane != box.lane && mark.from_lane != chip_lane;
    if (sender_dot) dl->AddCircleFilled(ImVec2(x, y_from), 5.0f * m.z, line);

    const ImU32 chip_border = flow.condition.empty() ? colours().accent : colours().text_muted;
    const ImU32 text = dimmed ? faded(colours().text) : colours().text;
    const ImU32 muted = dimmed ? faded(colours().text_muted) : colours().text_muted;
    dl->AddRectFilled(chip_min, chip_max, colours().panel, m.rounding);
    dl->AddRect(chip_min, chip_max, dimmed ? faded(chip_border) : chip_border, m.rounding, 0,
                1.0f * m.z);
    const ImVec4 clip(chip_min.x, chip_min.y, chip_max.x, chip_max.y);
    const ImVec2 who_pos(chip_min.x + inner, chip_min.y + 4 * m.z);
    g.text(dl, s.fonts.bold, who_pos, text_w, text, who, &clip);
    g.text(dl, s.fonts.small, ImVec2(who_pos.x, who_pos.y + who_h + 1 * m.z), text_w, muted, how,
           &clip);
    if (!systems.empty())
        g.text(dl, s.fonts.small, ImVec2(who_pos.x, who_pos.y + who_h + how_h + 1 * m.z), text_w,
               muted, systems, &clip);
    // "van <sender>" beside the dot, within its own half slot: a box may stand
    // in the next slot of that lane. Shortened with "…" rather than cut by the box.
    if (sender_dot) {
        const std::string from = g.fit_line(
            s.fonts.small, trf(Text::flow_from, std::string(role_short_name(model, flow.from))),
            m.slot_w * 0.5f - 9 * m.z + m.pad * 0.25f);
        g.text(dl, s.fonts.small, ImVec2(x + 9 * m.z, y_from - g.font_size(s.fonts.small) * 0.5f),
               FLT_MAX, muted, from);
    }
}

void draw_connector(ImDrawList* dl, const AppState& s, const Connector& c,
                    const SwimlaneLayout& layout, const MapGeometry& g, int sibling, int siblings) {
    const StepBox* a = layout.box_for_step(c.from_step);
    const StepBox* b = layout.box_for_step(c.to_step);
    if (!a || !b) return;
    const float z = g.m.z;
    const ImU32 col = s.lens.empty() ? colours().text_muted : faded(colours().text_muted);
    const float head = 8.0f * z;
    ImVec2 p0, p3;
    if (!c.backwards) {
        const float frac = static_cast<float>(sibling + 1) / static_cast<float>(siblings + 1);
        p0 = ImVec2(g.box_max(*a).x, g.box_min(*a).y + (g.box_max(*a).y - g.box_min(*a).y) * frac);
        p3 = ImVec2(g.box_min(*b).x - head, g.lane_mid(b->lane));
        const float dx = std::max(30.0f * z, (p3.x - p0.x) * 0.45f);
        dl->AddBezierCubic(p0, ImVec2(p0.x + dx, p0.y), ImVec2(p3.x - dx, p3.y), p3, col, 1.6f * z);
        dl->AddTriangleFilled(ImVec2(p3.x + head, p3.y), ImVec2(p3.x, p3.y - head * 0.6f),
                              ImVec2(p3.x, p3.y + head * 0.6f), col);
    } else {
        // A repeat: leave from the top of the later box, arrive on top of the earlier one.
        p0 = ImVec2((g.box_min(*a).x + g.box_max(*a).x) * 0.5f, g.box_min(*a).y);
        p3 = ImVec2((g.box_min(*b).x + g.box_max(*b).x) * 0.5f + 12 * z, g.box_min(*b).y - head);
        const float up = g.m.lane_h * 0.42f;
        dl->AddBezierCubic(p0, ImVec2(p0.x, p0.y - up), ImVec2(p3.x, p3.y - up), p3, col, 1.6f * z);
        dl->AddTriangleFilled(ImVec2(p3.x, p3.y + head), ImVec2(p3.x - head * 0.6f, p3.y),
                              ImVec2(p3.x + head * 0.6f, p3.y), col);
    }
    if (c.label.empty()) return;
    // Outcome labels sit in the empty slot after a decision: the first above its
    // line, the last below it, any others on it.
    ImFont* f = s.fonts.small;
    const float wrap = g.m.slot_w - 18 * z;
    const float h = g.text_height(f, wrap, c.label);
    const float w = std::min(wrap, g.text_width(f, c.label));
    float y = p0.y - h * 0.5f;
    if (siblings > 1 && sibling == 0) y = p0.y - h - 3 * z;
    if (siblings > 1 && sibling == siblings - 1) y = p0.y + 3 * z;
    const ImVec2 at =
        c.backwards ? ImVec2(p0.x + 6 * z, p0.y - h - 6 * z) : ImVec2(p0.x + 8 * z, y);
    dl->AddRectFilled(ImVec2(at.x - 3 * z, at.y - 1 * z),
                      ImVec2(at.x + w + 3 * z, at.y + h + 1 * z),
                      (colours().panel & 0x00FFFFFF) | (0xE6u << 24), 3 * z);
    g.text(dl, f, at, wrap, s.lens.empty() ? colours().decision : faded(colours().decision),
           c.label);
}

void draw_kind_marker(ImDrawList* dl, float z, StepKind kind, ImVec2 at, ImU32 tint) {
    const float r = 6.0f * z;
    if (kind == StepKind::decision)
        dl->AddQuadFilled(ImVec2(at.x, at.y - r), ImVec2(at.x + r, at.y), ImVec2(at.x, at.y + r),
                          ImVec2(at.x - r, at.y), tint);
    else if (kind == StepKind::end)
        dl->AddCircleFilled(at, r, tint);
    else
        dl->AddRectFilled(ImVec2(at.x - r * 0.8f, at.y - r * 0.8f),
                          ImVec2(at.x + r * 0.8f, at.y + r * 0.8f), tint, 2.0f * z);
}

// The map draws text without per-word hover: its tooltip explains the
// abbreviations in the step instead ("glossary everywhere").
void explain_abbreviations(const AppState& s, const std::string& text) {
    std::vector<std::string> seen;
    for (const TextSpan& w : words(text)) {
        const std::string word(w.text(text));
        auto it = s.glossary_lookup.find(word);
        if (it == s.glossary_lookup.end() ||
            std::find(seen.begin(), seen.end(), it->second) != seen.end())
            continue;
        seen.push_back(it->second);
        if (const GlossaryTerm* t = find_by_id(s.content.model.glossary, it->second))
            ImGui::TextDisabled("%s = %s", word.c_str(), t->expansion.c_str());
    }
}

ImU32 kind_colour(StepKind kind) {
    return kind == StepKind::decision ? colours().decision
           : kind == StepKind::end    ? colours().end
                                      : colours().accent;
}

// A hovered button's tooltip below it, so it never covers the buttons beside
// it; the same words are the button's name for the screen reader.
void tooltip_below(const AppState& s, const char* text) {
    a11y_item(A11yRole::button, text);
    if (!hover_tip(s)) return;
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + 4));
    ImGui::SetTooltip("%s", text);
}

// Zoom buttons and the legend of shapes above the map.
void draw_toolbar(const AppState& s, MapViewState& map, float fit_zoom) {
    if (ImGui::Button(" - ###uitzoomen")) step_zoom(map, -1);
    tooltip_below(s, tr(Text::zoom_out));
    ImGui::SameLine();
    if (ImGui::Button(" + ###inzoomen")) step_zoom(map, +1);
    tooltip_below(s, tr(Text::zoom_in));
    ImGui::SameLine();
    if (ImGui::Button(tagged(tr(Text::zoom_fit), "passend").c_str())) map.zoom = fit_zoom;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%d%%", static_cast<int>(std::lround(map.zoom * 100)));
    // Legend: shape and word, never colour alone.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float z = s.scale();
    for (StepKind kind : {StepKind::task, StepKind::decision, StepKind::end}) {
        ImGui::SameLine(0, 18 * z);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        draw_kind_marker(dl, z, kind, ImVec2(p.x + 7 * z, p.y + ImGui::GetFrameHeight() * 0.5f),
                         kind_colour(kind));
        ImGui::Dummy(ImVec2(16 * z, ImGui::GetFrameHeight()));
        ImGui::SameLine();
        ImGui::TextUnformatted(kind_label(kind));
    }
}

// One frame of the map: where it is on screen and which part is visible.
struct MapFrame {
    const SwimlaneLayout& layout;
    const std::vector<std::string>& descriptions; // per step index
    MapGeometry g;
    ImDrawList* dl;
    ImVec2 win_pos, win_size;
    MapExtent extent;
    float view_left, view_right; // the visible part, right of the lane labels

    bool visible(float left, float right) const { return right >= view_left && left <= view_right; }
};

// Opening a process and "Passend" (the 0 key) fit all lanes into the height,
// as large as that allows, but never below readable text: a long process
// scrolls sideways instead of shrinking to a strip. The fit is measured at
// 100 % text size, so a larger text size makes the map larger too.
float apply_fit_requests(const AppState& s, MapViewState& map, const SwimlaneLayout& layout) {
    const MapExtent unit = map_extent(layout, MapMetrics(s.dpr, 1.0f));
    const float view_h = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing();
    const float readable = readable_zoom(s.fonts.small->FontSize, s.scale());
    const float fit_zoom = std::clamp(view_h / unit.height, readable, 1.5f);
    if (map.fit_all_requested || map.fit_requested) {
        map.zoom = fit_zoom;
        map.fit_all_requested = false;
        map.fit_requested = false;
    }
    return fit_zoom;
}

void draw_lanes(const MapFrame& f) {
    const MapMetrics& m = f.g.m;
    const float right = f.win_pos.x + std::max(f.win_size.x, f.extent.width);
    for (std::size_t i = 0; i < f.layout.lanes.size(); ++i) {
        const float top = f.g.lane_top(static_cast<int>(i));
        f.dl->AddRectFilled(ImVec2(f.win_pos.x, top), ImVec2(right, top + m.lane_h),
                            i % 2 ? colours().lane_odd : colours().lane_even);
        f.dl->AddLine(ImVec2(f.win_pos.x, top + m.lane_h), ImVec2(right, top + m.lane_h),
                      colours().border);
    }
}

void draw_connectors(const AppState& s, const MapFrame& f) {
    const MapMetrics& m = f.g.m;
    for (const Connector& c : f.layout.connectors) {
        const StepBox* a = f.layout.box_for_step(c.from_step);
        const StepBox* b = f.layout.box_for_step(c.to_step);
        if (!a || !b) continue;
        // Cull what is off screen: a long map has thousands of connectors.
        const float left = std::min(f.g.box_min(*a).x, f.g.box_min(*b).x) - m.slot_w;
        const float right = std::max(f.g.box_max(*a).x, f.g.box_max(*b).x) + m.slot_w;
        if (!f.visible(left, right)) continue;
        draw_connector(f.dl, s, c, f.layout, f.g, c.sibling, std::max(1, c.siblings));
    }
}

// A step chosen elsewhere (deep link, detail panel, walkthrough) is scrolled into view once.
void scroll_to_focus(const AppState& s, MapViewState& map, const Walkthrough* walkthrough,
                     const CaseType& ct, const MapFrame& f) {
    if (!map.scroll_to_step) return;
    map.scroll_to_step = false;
    const std::string focus = walkthrough && !walkthrough->trail.empty() ? walkthrough->trail.back()
                              : s.route.kind == Route::Kind::step        ? s.route.step
                                                                         : std::string();
    const Step* step = focus.empty() ? nullptr : find_step(ct, focus);
    const StepBox* box =
        step ? f.layout.box_for_step(static_cast<std::size_t>(step - ct.steps.data())) : nullptr;
    if (!box) return;
    // Centred in the part right of the lane labels, or at its left edge when
    // that part is narrower than the box (a small window).
    const MapMetrics& m = f.g.m;
    const ImVec2 lo = f.g.box_min(*box), hi = f.g.box_max(*box);
    const float room_x = f.win_size.x - m.label_w - (hi.x - lo.x);
    const float room_y = f.win_size.y - (hi.y - lo.y);
    ImGui::SetScrollX(
        std::max(0.0f, lo.x - f.g.origin.x - m.label_w - std::max(m.pad, room_x * 0.5f)));
    ImGui::SetScrollY(std::max(0.0f, lo.y - f.g.origin.y - std::max(0.0f, room_y * 0.5f)));
}

// The step as a control: a click opens it, hovering explains it. True when hovered.
bool step_control(AppState& s, const MapViewState& map, const CaseType& ct, const Step& step,
                  ImVec2 bmin, ImVec2 bmax, bool on_screen) {
    ImGui::SetCursorScreenPos(bmin);
    ImGui::PushID(step.id.c_str());
    if (ImGui::InvisibleButton("step", ImVec2(bmax.x - bmin.x, bmax.y - bmin.y)))
        navigate(s, Route{Route::Kind::step, ct.id, step.id, {}, {}});
    if (on_screen)
        a11y_item(A11yRole::link, step_name(s, step), false, std::string(kStepTag) + step.id);
    else
        a11y_hide_last(); // described above
    focus_ring(s);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (hovered && !map.dragging && !s.pointer_resting) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(360 * s.scale());
        ImGui::TextUnformatted(step.summary.c_str());
        explain_abbreviations(s, step.title + " " + step.summary);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    return hovered;
}

// The box: its kind by shape and colour, the caption, the title, internal flows.
void draw_step_box(const AppState& s, const MapFrame& f, const StepBox& box, const Step& step,
                   bool selected, bool hovered, bool highlighted, bool dim) {
    ImDrawList* dl = f.dl;
    const MapMetrics& m = f.g.m;
    const MapGeometry& g = f.g;
    const ImVec2 bmin = g.box_min(box), bmax = g.box_max(box);
    const ImU32 edge = dim ? faded(kind_colour(step.kind)) : kind_colour(step.kind);
    const ImU32 text = dim ? faded(colours().text) : colours().text;
    const ImU32 muted = dim ? faded(colours().text_muted) : colours().text_muted;
    dl->AddRectFilled(bmin, bmax, selected ? colours().accent_soft : colours().panel, m.rounding);
    const float border = selected || highlighted ? 4.0f : hovered ? 2.5f : 1.5f;
    dl->AddRect(bmin, bmax, edge, m.rounding, 0, border * m.z);
    if (step.kind == StepKind::end)
        dl->AddRect(ImVec2(bmin.x + 3 * m.z, bmin.y + 3 * m.z),
                    ImVec2(bmax.x - 3 * m.z, bmax.y - 3 * m.z), edge, m.rounding, 0, 1.0f * m.z);

    const float inner = 10.0f * m.z;
    const float small = g.font_size(s.fonts.small);
    // The marker lies inside the box; its texts are clipped to it.
    const ImVec4 clip(bmin.x, bmin.y, bmax.x, bmax.y);
    draw_kind_marker(dl, m.z, step.kind, ImVec2(bmin.x + inner + 3 * m.z, bmin.y + inner + 4 * m.z),
                     edge);
    const std::string caption = std::string(kind_label(step.kind)) + " · " +
                                std::string(role_short_name(s.content.model, step.actor));
    // One line, shortened with "…" inside the box's margin: a long role name
    // must neither run into the title nor seem to run on into a label beside the box.
    const float caption_x = bmin.x + inner + 14 * m.z;
    const std::string shown = g.fit_line(s.fonts.small, caption, bmax.x - inner - caption_x);
    g.text(dl, s.fonts.small, ImVec2(caption_x, bmin.y + inner - 2 * m.z), 0.0f, muted, shown,
           &clip);
    g.text(dl, s.fonts.bold, ImVec2(bmin.x + inner, bmin.y + inner + small + 2 * m.z),
           bmax.x - bmin.x - 2 * inner, text, step.title, &clip);
    if (box.internal_flows > 0)
        g.text(dl, s.fonts.small, ImVec2(bmin.x + inner, bmax.y - inner - small),
               bmax.x - bmin.x - 2 * inner, muted,
               box.internal_flows == 1
                   ? std::string(tr(Text::internal_flow))
                   : trf(Text::internal_flows, std::to_string(box.internal_flows)),
               &clip);
}

// "nieuw" or "gewijzigd" since the user's last visit, above the box's left
// end (after the lens's label, when there is one), where the title starts.
void draw_change_tag(const AppState& s, const MapFrame& f, ImVec2 bmin, float after,
                     SeenChange::Kind kind) {
    const MapMetrics& m = f.g.m;
    const std::string tag = badge_text(kind);
    const float tw = f.g.text_width(s.fonts.small, tag);
    const ImVec2 t0(bmin.x + after, bmin.y - f.g.font_size(s.fonts.small) - 6 * m.z);
    const ImVec2 lo(t0.x, t0.y - 1 * m.z), hi(t0.x + tw + 8 * m.z, bmin.y - 2 * m.z);
    f.dl->AddRectFilled(lo, hi, colours().warning_bg, 3 * m.z);
    f.dl->AddRect(lo, hi, colours().warning_text, 3 * m.z, 0, 1.0f * m.z);
    f.g.text(f.dl, s.fonts.small, ImVec2(t0.x + 4 * m.z, t0.y), FLT_MAX, colours().warning_text,
             tag);
}

// The lens says in words what this role does here, above the box.
void draw_lens_tag(const AppState& s, const MapFrame& f, ImVec2 bmin, const Involvement& lens) {
    const MapMetrics& m = f.g.m;
    const std::string tag = lens_tag_text(lens);
    const float tw = f.g.text_width(s.fonts.small, tag);
    const ImVec2 t0(bmin.x, bmin.y - f.g.font_size(s.fonts.small) - 6 * m.z);
    f.dl->AddRectFilled(ImVec2(t0.x, t0.y - 1 * m.z), ImVec2(t0.x + tw + 8 * m.z, bmin.y - 2 * m.z),
                        colours().accent, 3 * m.z);
    f.g.text(f.dl, s.fonts.small, ImVec2(t0.x + 4 * m.z, t0.y), FLT_MAX, colours().on_accent, tag);
}

void draw_step(AppState& s, const MapViewState& map, const Walkthrough* walkthrough,
               const CaseType& ct, const MapFrame& f, const StepBox& box) {
    const Model& model = s.content.model;
    const Step& step = ct.steps[box.step];
    const ImVec2 bmin = f.g.box_min(box), bmax = f.g.box_max(box);
    // An off-screen column is not drawn, but described: the mirror is the whole map.
    const bool on_screen = ImGui::IsRectVisible(bmin, bmax); // as its control will be
    if (!on_screen) describe_offscreen_step(s, map, step, box.step);
    if (!f.visible(bmin.x - f.g.m.slot_w, bmax.x + f.g.m.slot_w)) return;
    const Involvement lens = step_involvement(model, step, s.lens);
    const bool selected = s.route.kind == Route::Kind::step && s.route.step == step.id;
    // The step one is on (chosen, or the walkthrough's) is never greyed by the lens.
    const bool current = selected || (walkthrough && !walkthrough->trail.empty() &&
                                      walkthrough->trail.back() == step.id);
    const bool dim = !s.lens.empty() && !lens.any() && !current;
    for (const FlowMark& mark : box.marks)
        draw_mark(f.dl, s, model, step, box, mark, f.g,
                  !s.lens.empty() && !flow_involves(model, step.flows[mark.flow], s.lens));
    const bool hovered = step_control(s, map, ct, step, bmin, bmax, on_screen);
    if (on_screen) a11y_offscreen(A11yRole::text, f.descriptions[box.step]);
    draw_step_box(s, f, box, step, selected, hovered, lens.any(), dim);
    if (lens.any()) draw_lens_tag(s, f, bmin, lens);
    if (const auto badge = step_badge(s, ct.id, step.id)) {
        const float after =
            lens.any() ? f.g.text_width(s.fonts.small, lens_tag_text(lens)) + 14 * f.g.m.z : 0.0f;
        draw_change_tag(s, f, bmin, after, *badge);
    }
    if (walkthrough) draw_walkthrough_marks(f.dl, s, *walkthrough, step, bmin, bmax, f.g.m.z);
}

} // namespace

std::string involvement_text(const Involvement& i) {
    std::string out;
    auto add = [&out](const char* word) { out += (out.empty() ? "" : ", ") + std::string(word); };
    if (i.acts) add(tr(Text::lens_acts));
    if (i.sends) add(tr(Text::lens_sends));
    if (i.receives) add(tr(Text::lens_receives));
    return out;
}

std::string lens_tag_text(const Involvement& i) {
    return std::string(tr(Text::lens)) + ": " + involvement_text(i);
}

void draw_process_map(AppState& s, MapViewState& map, const Walkthrough* walkthrough,
                      const CaseType& ct) {
    const SwimlaneLayout& layout = map.layout.of(s.content.model, ct);
    draw_toolbar(s, map, apply_fit_requests(s, map, layout));

    const MapMetrics m(s.scale(), map.zoom);
    const MapExtent extent = map_extent(layout, m);
    ImGui::SetNextWindowContentSize(ImVec2(extent.width, extent.height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("map", ImVec2(0, 0), true,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();
    const ImVec2 win_pos = ImGui::GetWindowPos(), win_size = ImGui::GetWindowSize();
    // A resize (window, text size, panel) keeps the selected step in view.
    if (win_size.x != map.last_size.x || win_size.y != map.last_size.y) {
        if (map.last_size.x > 0 && s.route.kind == Route::Kind::step) map.scroll_to_step = true;
        map.last_size = win_size;
    }
    apply_map_input(map);
    const MapFrame f{layout,
                     describe_steps(s, map, ct, layout),
                     MapGeometry{ImGui::GetCursorScreenPos(), m},
                     ImGui::GetWindowDrawList(),
                     win_pos,
                     win_size,
                     extent,
                     win_pos.x + m.label_w,
                     win_pos.x + win_size.x};
    map.shown = Rect{win_pos.x / s.dpr, win_pos.y / s.dpr, win_size.x / s.dpr, win_size.y / s.dpr};
    map.scroll_x = ImGui::GetScrollX() / s.dpr;
    map.scroll_y = ImGui::GetScrollY() / s.dpr;

    draw_lanes(f);
    draw_connectors(s, f);
    scroll_to_focus(s, map, walkthrough, ct, f);
    // Steps are only where the lane labels leave room: a click on a label is not a step.
    ImGui::PushClipRect(ImVec2(f.view_left, win_pos.y),
                        ImVec2(f.view_right, win_pos.y + win_size.y), true);
    for (const StepBox& box : layout.boxes)
        draw_step(s, map, walkthrough, ct, f, box);
    ImGui::PopClipRect();
    start_map_drag(map);
    draw_lane_labels(f.dl, s, s.content.model, layout, f.g, win_pos);
    ImGui::SetCursorScreenPos(f.g.origin);
    ImGui::Dummy(ImVec2(extent.width, extent.height));
    ImGui::EndChild();
}

} // namespace pw::ui
