// The swimlane map of one case type: lanes per organisation, a box per step,
// arrows for flows that cross lanes (labelled with recipient, channel and
// system), connectors for the order of steps, the role lens and the
// walkthrough token. Geometry comes from core's layout; zoom and pan are here.
#include "ui/process_map.hpp"

#include "pw/abbreviations.hpp"
#include "pw/lookup.hpp"
#include "pw/role_facts.hpp"
#include "ui/a11y.hpp"
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

std::string join_short_names(const Model& model, const std::vector<std::string>& roles) {
    std::string out;
    for (const auto& r : roles)
        out += (out.empty() ? "" : ", ") + std::string(role_short_name(model, r));
    return out;
}

std::string involvement_text(const Involvement& i) {
    std::string out;
    auto add = [&out](const char* word) { out += (out.empty() ? "" : ", ") + std::string(word); };
    if (i.acts) add(tr(Text::lens_acts));
    if (i.sends) add(tr(Text::lens_sends));
    if (i.receives) add(tr(Text::lens_receives));
    return out;
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
    const std::string who = chip_at_recipient
                                ? join_short_names(model, mark.recipients)
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
    dl->PushClipRect(chip_min, chip_max, true);
    const ImVec2 who_pos(chip_min.x + inner, chip_min.y + 4 * m.z);
    g.text(dl, s.fonts.bold, who_pos, text_w, text, who);
    g.text(dl, s.fonts.small, ImVec2(who_pos.x, who_pos.y + who_h + 1 * m.z), text_w, muted, how);
    if (!systems.empty())
        g.text(dl, s.fonts.small, ImVec2(who_pos.x, who_pos.y + who_h + how_h + 1 * m.z), text_w,
               muted, systems);
    dl->PopClipRect();
    if (sender_dot)
        g.text(dl, s.fonts.small, ImVec2(x + 9 * m.z, y_from - g.font_size(s.fonts.small) * 0.5f),
               m.slot_w - 24 * m.z, muted, trf(Text::flow_from, std::string(role_short_name(model, flow.from))));
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

const char* kind_label(StepKind kind) {
    switch (kind) {
    case StepKind::decision:
        return tr(Text::kind_decision);
    case StepKind::end:
        return tr(Text::kind_end);
    case StepKind::task:
        return tr(Text::kind_task);
    }
    return "";
}

ImU32 kind_colour(StepKind kind) {
    return kind == StepKind::decision ? colours().decision
           : kind == StepKind::end    ? colours().end
                                      : colours().accent;
}

// Zoom buttons and the legend of shapes above the map.
void draw_toolbar(AppState& s, float fit_zoom) {
    if (ImGui::Button(" - ")) s.map.zoom = std::max(kMinZoom, s.map.zoom / 1.2f);
    probe_item(s, "uitzoomen");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::zoom_out));
    ImGui::SameLine();
    if (ImGui::Button(" + ")) s.map.zoom = std::min(kMaxZoom, s.map.zoom * 1.2f);
    probe_item(s, "inzoomen");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::zoom_in));
    ImGui::SameLine();
    if (ImGui::Button(tr(Text::zoom_fit))) s.map.zoom = fit_zoom;
    probe_item(s, "passend");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%d%%", static_cast<int>(std::lround(s.map.zoom * 100)));
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

} // namespace

void draw_process_map(AppState& s, const Model& model, const CaseType& ct) {
    if (s.layout_for != ct.id) {
        s.layout = layout_swimlanes(model, ct);
        s.layout_for = ct.id;
    }
    const SwimlaneLayout& layout = s.layout;
    const MapExtent unit = map_extent(layout, MapMetrics(s.scale(), 1.0f));
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float view_h = avail.y - ImGui::GetFrameHeightWithSpacing();
    const float fit_zoom =
        std::clamp(std::min(avail.x / unit.width, view_h / unit.height), kMinZoom, 1.0f);
    if (s.map.fit_all_requested) {
        s.map.zoom = fit_zoom;
        s.map.fit_all_requested = false;
        s.map.fit_requested = false;
    }
    if (s.map.fit_requested) {
        // Opening a process: all lanes in view, as large as that allows.
        s.map.zoom = std::clamp(view_h / unit.height, 0.5f, 1.0f);
        s.map.fit_requested = false;
    }
    draw_toolbar(s, fit_zoom);

    const MapMetrics m(s.scale(), s.map.zoom);
    const MapExtent extent = map_extent(layout, m);
    ImGui::SetNextWindowContentSize(ImVec2(extent.width, extent.height));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("map", ImVec2(0, 0), true,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();

    const ImVec2 win_pos = ImGui::GetWindowPos();
    const ImVec2 win_size = ImGui::GetWindowSize();
    apply_map_input(s);
    const MapGeometry g{ImGui::GetCursorScreenPos(), m};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float view_left = win_pos.x + m.label_w;
    const float view_right = win_pos.x + win_size.x;
    s.probe.map_rect =
        Rect{win_pos.x / s.dpr, win_pos.y / s.dpr, win_size.x / s.dpr, win_size.y / s.dpr};
    s.probe.map_scroll_x = ImGui::GetScrollX() / s.dpr;
    s.probe.map_scroll_y = ImGui::GetScrollY() / s.dpr;
    s.probe.map_zoom = s.map.zoom;
    s.probe.step_rects.clear();
    s.probe.lens_steps.clear();

    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        const int lane = static_cast<int>(i);
        const float right = win_pos.x + std::max(win_size.x, extent.width);
        dl->AddRectFilled(ImVec2(win_pos.x, g.lane_top(lane)),
                          ImVec2(right, g.lane_top(lane) + m.lane_h),
                          i % 2 ? colours().lane_odd : colours().lane_even);
        dl->AddLine(ImVec2(win_pos.x, g.lane_top(lane) + m.lane_h),
                    ImVec2(right, g.lane_top(lane) + m.lane_h), colours().border);
    }
    auto visible = [&](float left, float right) {
        return right >= view_left && left <= view_right;
    };

    for (const Connector& c : layout.connectors) {
        const StepBox* a = layout.box_for_step(c.from_step);
        const StepBox* b = layout.box_for_step(c.to_step);
        if (!a || !b) continue;
        // Cull what is off screen: a long map has thousands of connectors.
        const float left = std::min(g.box_min(*a).x, g.box_min(*b).x) - m.slot_w;
        const float right = std::max(g.box_max(*a).x, g.box_max(*b).x) + m.slot_w;
        if (!visible(left, right)) continue;
        draw_connector(dl, s, c, layout, g, c.sibling, std::max(1, c.siblings));
    }

    // A step chosen elsewhere (deep link, detail panel, walkthrough) is scrolled into view once.
    const std::string focus_step =
        s.walkthrough && s.walkthrough->case_type == ct.id && !s.walkthrough->trail.empty()
            ? s.walkthrough->trail.back()
        : s.route.kind == Route::Kind::step ? s.route.step
                                            : std::string();
    if (s.scroll_to_step && !focus_step.empty()) {
        for (const StepBox& box : layout.boxes)
            if (ct.steps[box.step].id == focus_step) {
                ImGui::SetScrollX(
                    std::max(0.0f, g.box_min(box).x - g.origin.x - m.label_w - m.slot_w * 0.5f));
                ImGui::SetScrollY(std::max(0.0f, g.box_min(box).y - g.origin.y - m.lane_h));
            }
    }
    s.scroll_to_step = false;

    for (const StepBox& box : layout.boxes) {
        const Step& step = ct.steps[box.step];
        const Involvement lens = step_involvement(model, step, s.lens);
        const bool dim = !s.lens.empty() && !lens.any();
        if (lens.any()) s.probe.lens_steps[step.id] = involvement_text(lens);
        const ImVec2 bmin = g.box_min(box), bmax = g.box_max(box);
        if (!visible(bmin.x - m.slot_w, bmax.x + m.slot_w)) continue; // cull off-screen columns

        for (const FlowMark& mark : box.marks)
            draw_mark(dl, s, model, step, box, mark, g,
                      !s.lens.empty() && !flow_involves(model, step.flows[mark.flow], s.lens));

        const bool selected = s.route.kind == Route::Kind::step && s.route.step == step.id;
        ImGui::SetCursorScreenPos(bmin);
        ImGui::PushID(step.id.c_str());
        if (ImGui::InvisibleButton("step", ImVec2(bmax.x - bmin.x, bmax.y - bmin.y)))
            navigate(s, Route{Route::Kind::step, ct.id, step.id, {}, {}});
        a11y_item(A11yRole::link, std::string(kind_label(step.kind)) + ": " + step.title + " (" +
                                      std::string(role_name(model, step.actor)) + ")");
        focus_ring(s);
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (hovered && !s.map.dragging) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(360 * s.scale());
            ImGui::TextUnformatted(step.summary.c_str());
            explain_abbreviations(s, step.title + " " + step.summary);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }

        const ImU32 edge = dim ? faded(kind_colour(step.kind)) : kind_colour(step.kind);
        const ImU32 text = dim ? faded(colours().text) : colours().text;
        const ImU32 muted = dim ? faded(colours().text_muted) : colours().text_muted;
        dl->AddRectFilled(bmin, bmax, selected ? colours().accent_soft : colours().panel,
                          m.rounding);
        const float border = selected || lens.any() ? 4.0f : hovered ? 2.5f : 1.5f;
        dl->AddRect(bmin, bmax, edge, m.rounding, 0, border * m.z);
        if (step.kind == StepKind::end)
            dl->AddRect(ImVec2(bmin.x + 3 * m.z, bmin.y + 3 * m.z),
                        ImVec2(bmax.x - 3 * m.z, bmax.y - 3 * m.z), edge, m.rounding, 0,
                        1.0f * m.z);

        const float inner = 10.0f * m.z;
        dl->PushClipRect(bmin, bmax, true);
        draw_kind_marker(dl, m.z, step.kind,
                         ImVec2(bmin.x + inner + 3 * m.z, bmin.y + inner + 4 * m.z), edge);
        const std::string caption = std::string(kind_label(step.kind)) + " · " +
                                    std::string(role_short_name(model, step.actor));
        // One line, clipped by the box: a long role name must not run into the title.
        dl->AddText(s.fonts.small, g.font_size(s.fonts.small),
                    ImVec2(bmin.x + inner + 14 * m.z, bmin.y + inner - 2 * m.z), muted,
                    caption.c_str());
        g.text(dl, s.fonts.bold,
               ImVec2(bmin.x + inner, bmin.y + inner + g.font_size(s.fonts.small) + 2 * m.z),
               bmax.x - bmin.x - 2 * inner, text, step.title);
        if (box.internal_flows > 0)
            g.text(dl, s.fonts.small,
                   ImVec2(bmin.x + inner, bmax.y - inner - g.font_size(s.fonts.small)),
                   bmax.x - bmin.x - 2 * inner, muted,
                   "+" + std::to_string(box.internal_flows) + " " + tr(Text::internal_flows));
        dl->PopClipRect();

        // The lens says in words what this role does here, above the box.
        if (lens.any()) {
            const std::string tag = std::string(tr(Text::lens)) + ": " + involvement_text(lens);
            const float tw = g.text_width(s.fonts.small, tag);
            const ImVec2 t0(bmin.x, bmin.y - g.font_size(s.fonts.small) - 6 * m.z);
            dl->AddRectFilled(ImVec2(t0.x, t0.y - 1 * m.z),
                              ImVec2(t0.x + tw + 8 * m.z, bmin.y - 2 * m.z), colours().accent,
                              3 * m.z);
            g.text(dl, s.fonts.small, ImVec2(t0.x + 4 * m.z, t0.y), FLT_MAX, colours().on_accent,
                   tag);
        }
        draw_walkthrough_marks(dl, s, ct, step, bmin, bmax, m.z);

        // For the tests: the part of the box that is visible and clickable.
        const float vx0 = std::max(bmin.x, view_left), vx1 = std::min(bmax.x, view_right);
        const float vy0 = std::max(bmin.y, win_pos.y),
                    vy1 = std::min(bmax.y, win_pos.y + win_size.y);
        if (vx1 > vx0 && vy1 > vy0)
            s.probe.step_rects[step.id] =
                Rect{vx0 / s.dpr, vy0 / s.dpr, (vx1 - vx0) / s.dpr, (vy1 - vy0) / s.dpr};
    }

    start_map_drag(s);
    draw_lane_labels(dl, s, model, layout, g, win_pos);
    ImGui::SetCursorScreenPos(g.origin);
    ImGui::Dummy(ImVec2(extent.width, extent.height));
    ImGui::EndChild();
}

} // namespace pw::ui
