// The swimlane map of one case type: lanes per organisation, a box per step,
// arrows for flows that cross lanes (labelled with recipient and channel),
// connectors for the order of steps. Geometry comes from core's layout.
#include "ui/process_map.hpp"

#include "pw/lookup.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace pw::ui {
namespace {

// Sizes in UI units (multiplied by the scale).
struct Metrics {
    float label_w, lane_h, slot_w, pad, box_h, chip_h, chip_w, rounding;
    explicit Metrics(float s)
        : label_w(176 * s), lane_h(120 * s), slot_w(212 * s), pad(14 * s), box_h(76 * s),
          chip_h(54 * s), chip_w(212 * s - 20 * s), rounding(6 * s) {}
};

struct Geometry {
    ImVec2 origin; // top-left of the lanes' content (scrolled)
    Metrics m;
    float lane_top(int lane) const { return origin.y + static_cast<float>(lane) * m.lane_h; }
    float lane_mid(int lane) const { return lane_top(lane) + m.lane_h * 0.5f; }
    float slot_left(int slot) const {
        return origin.x + m.label_w + static_cast<float>(slot) * m.slot_w;
    }
    float slot_mid(int slot) const { return slot_left(slot) + m.slot_w * 0.5f; }
    ImVec2 box_min(const StepBox& b) const {
        return ImVec2(slot_left(b.first_slot) + m.pad * 0.5f, lane_mid(b.lane) - m.box_h * 0.5f);
    }
    ImVec2 box_max(const StepBox& b) const {
        return ImVec2(slot_left(b.first_slot + b.slot_count) - m.pad * 0.5f,
                      lane_mid(b.lane) + m.box_h * 0.5f);
    }
};

std::string join_short_names(const Model& model, const std::vector<std::string>& roles) {
    std::string out;
    for (const auto& r : roles) {
        if (!out.empty()) out += ", ";
        out += role_short_name(model, r);
    }
    return out;
}

void draw_arrow_head(ImDrawList* dl, ImVec2 tip, float direction, float size, ImU32 colour) {
    dl->AddTriangleFilled(tip, ImVec2(tip.x - size * 0.6f, tip.y - direction * size),
                          ImVec2(tip.x + size * 0.6f, tip.y - direction * size), colour);
}

// Text clipped to a box, wrapped to its width.
void box_text(ImDrawList* dl, ImFont* font, ImVec2 pos, float wrap_width, ImU32 colour,
              std::string_view text) {
    dl->AddText(font, font->FontSize, pos, colour, text.data(), text.data() + text.size(),
                wrap_width);
}

float text_height(ImFont* font, float wrap_width, std::string_view text) {
    return font
        ->CalcTextSizeA(font->FontSize, FLT_MAX, wrap_width, text.data(), text.data() + text.size())
        .y;
}

// A flow arriving in (or leaving from) a lane other than the step's own:
// a vertical arrow, and a chip naming the other party and the channel.
void draw_mark(ImDrawList* dl, const AppState& s, const Model& model, const Step& step,
               const StepBox& box, const FlowMark& mark, const Geometry& g, bool dimmed) {
    const Metrics& m = g.m;
    const Flow& flow = step.flows[mark.flow];
    const float x = g.slot_mid(mark.slot);
    const ImU32 line = dimmed ? colour::border : colour::accent;
    const float thickness = 2.0f * s.scale();

    // The chip sits in the lane that is not the step's own; if neither is, in the recipient's lane
    // and a dot marks the sender. It grows to fit its text.
    const bool chip_at_recipient = mark.to_lane != box.lane;
    const int chip_lane = chip_at_recipient ? mark.to_lane : mark.from_lane;
    const std::string who = chip_at_recipient
                                ? join_short_names(model, mark.recipients)
                                : "van " + std::string(role_short_name(model, flow.from));
    std::string how(channel_short_name(model, flow.channel));
    if (!flow.condition.empty()) how += " · " + flow.condition;
    const float inner = 7.0f * s.scale();
    const float text_w = m.chip_w - 2 * inner;
    const float who_h = text_height(s.fonts.bold, text_w, who);
    const float how_h = text_height(s.fonts.small, text_w, how);
    const float chip_h =
        std::min(m.lane_h - 8 * s.scale(), std::max(m.chip_h, who_h + how_h + 10 * s.scale()));
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
    const float head = 9.0f * s.scale();
    dl->AddLine(ImVec2(x, y_from), ImVec2(x, y_to - (down ? head : -head)), line, thickness);
    draw_arrow_head(dl, ImVec2(x, y_to), down ? 1.0f : -1.0f, head, line);
    if (mark.from_lane != box.lane && mark.from_lane != chip_lane)
        dl->AddCircleFilled(ImVec2(x, y_from), 5.0f * s.scale(), line);

    const ImU32 chip_border = flow.condition.empty() ? colour::accent : colour::text_muted;
    dl->AddRectFilled(chip_min, chip_max, colour::panel, m.rounding);
    dl->AddRect(chip_min, chip_max, dimmed ? colour::border : chip_border, m.rounding, 0,
                1.0f * s.scale());
    dl->PushClipRect(chip_min, chip_max, true);
    const ImVec2 who_pos(chip_min.x + inner, chip_min.y + 4 * s.scale());
    box_text(dl, s.fonts.bold, who_pos, text_w, dimmed ? colour::text_muted : colour::text, who);
    box_text(dl, s.fonts.small, ImVec2(who_pos.x, who_pos.y + who_h + 1 * s.scale()), text_w,
             colour::text_muted, how);
    dl->PopClipRect();

    // A sender outside both the step's lane and the chip's lane is named at its dot.
    if (mark.from_lane != box.lane && mark.from_lane != chip_lane) {
        const std::string from = "van " + std::string(role_short_name(model, flow.from));
        box_text(dl, s.fonts.small,
                 ImVec2(x + 9 * s.scale(), y_from - s.fonts.small->FontSize * 0.5f),
                 m.slot_w - 24 * s.scale(), colour::text_muted, from);
    }
}

// `sibling` of `siblings`: outcomes of one decision leave the box at different heights,
// so their lines and labels do not lie on top of each other.
void draw_connector(ImDrawList* dl, const AppState& s, const Connector& c,
                    const SwimlaneLayout& layout, const Geometry& g, int sibling, int siblings) {
    const StepBox* a = layout.box_for_step(c.from_step);
    const StepBox* b = layout.box_for_step(c.to_step);
    if (!a || !b) return;
    const ImU32 col = colour::text_muted;
    const float t = 1.6f * s.scale();
    const float head = 8.0f * s.scale();
    ImVec2 p0, p1, p2, p3;
    if (!c.backwards) {
        const float frac = static_cast<float>(sibling + 1) / static_cast<float>(siblings + 1);
        p0 = ImVec2(g.box_max(*a).x, g.box_min(*a).y + (g.box_max(*a).y - g.box_min(*a).y) * frac);
        p3 = ImVec2(g.box_min(*b).x - head, g.lane_mid(b->lane));
        const float dx = std::max(30.0f * s.scale(), (p3.x - p0.x) * 0.45f);
        p1 = ImVec2(p0.x + dx, p0.y);
        p2 = ImVec2(p3.x - dx, p3.y);
        dl->AddBezierCubic(p0, p1, p2, p3, col, t);
        dl->AddTriangleFilled(ImVec2(p3.x + head, p3.y), ImVec2(p3.x, p3.y - head * 0.6f),
                              ImVec2(p3.x, p3.y + head * 0.6f), col);
    } else {
        // A repeat: leave from the top of the later box, arrive on top of the earlier one.
        p0 = ImVec2((g.box_min(*a).x + g.box_max(*a).x) * 0.5f, g.box_min(*a).y);
        p3 = ImVec2((g.box_min(*b).x + g.box_max(*b).x) * 0.5f + 12 * s.scale(),
                    g.box_min(*b).y - head);
        const float up = g.m.lane_h * 0.42f;
        p1 = ImVec2(p0.x, p0.y - up);
        p2 = ImVec2(p3.x, p3.y - up);
        dl->AddBezierCubic(p0, p1, p2, p3, col, t);
        draw_arrow_head(dl, ImVec2(p3.x, p3.y + head), 1.0f, head, col);
    }
    if (!c.label.empty()) {
        // Outcome labels sit in the empty slot after a decision: the first above its line, the
        // last below it, any others on it.
        ImFont* f = s.fonts.small;
        const float wrap = g.m.slot_w - 18 * s.scale();
        const ImVec2 size = f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap, c.label.c_str());
        float y = p0.y - size.y * 0.5f;
        if (siblings > 1 && sibling == 0) y = p0.y - size.y - 3 * s.scale();
        if (siblings > 1 && sibling == siblings - 1) y = p0.y + 3 * s.scale();
        const ImVec2 at = c.backwards ? ImVec2(p0.x + 6 * s.scale(), p0.y - size.y - 6 * s.scale())
                                      : ImVec2(p0.x + 8 * s.scale(), y);
        dl->AddRectFilled(ImVec2(at.x - 3 * s.scale(), at.y - 1 * s.scale()),
                          ImVec2(at.x + size.x + 3 * s.scale(), at.y + size.y + 1 * s.scale()),
                          IM_COL32(0xFF, 0xFF, 0xFF, 0xE6), 3 * s.scale());
        box_text(dl, f, at, wrap, colour::decision, c.label);
    }
}

void draw_kind_marker(ImDrawList* dl, const AppState& s, StepKind kind, ImVec2 at) {
    const float r = 6.0f * s.scale();
    if (kind == StepKind::decision) {
        dl->AddQuadFilled(ImVec2(at.x, at.y - r), ImVec2(at.x + r, at.y), ImVec2(at.x, at.y + r),
                          ImVec2(at.x - r, at.y), colour::decision);
    } else if (kind == StepKind::end) {
        dl->AddCircleFilled(at, r, colour::end);
    } else {
        dl->AddRectFilled(ImVec2(at.x - r * 0.8f, at.y - r * 0.8f),
                          ImVec2(at.x + r * 0.8f, at.y + r * 0.8f), colour::accent,
                          2.0f * s.scale());
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

} // namespace

void draw_process_map(AppState& s, const Model& model, const CaseType& ct) {
    if (s.layout_for != ct.id) {
        s.layout = layout_swimlanes(model, ct);
        s.layout_for = ct.id;
    }
    const SwimlaneLayout& layout = s.layout;
    const Metrics m(s.scale());
    const float content_w =
        m.label_w + static_cast<float>(layout.slot_count) * m.slot_w + 40 * s.scale();
    const float content_h = static_cast<float>(layout.lanes.size()) * m.lane_h;

    ImGui::SetNextWindowContentSize(ImVec2(content_w, content_h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("map", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PopStyleVar();

    const ImVec2 win_pos = ImGui::GetWindowPos();
    const ImVec2 win_size = ImGui::GetWindowSize();
    const Geometry g{ImGui::GetCursorScreenPos(), m};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float view_left = win_pos.x + m.label_w;
    const float view_right = win_pos.x + win_size.x;
    s.probe.map_rect =
        Rect{win_pos.x / s.dpr, win_pos.y / s.dpr, win_size.x / s.dpr, win_size.y / s.dpr};
    s.probe.map_scroll_x = ImGui::GetScrollX() / s.dpr;
    s.probe.map_scroll_y = ImGui::GetScrollY() / s.dpr;
    s.probe.step_rects.clear();

    // Lane backgrounds.
    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        const int lane = static_cast<int>(i);
        dl->AddRectFilled(
            ImVec2(win_pos.x, g.lane_top(lane)),
            ImVec2(win_pos.x + std::max(win_size.x, content_w), g.lane_top(lane) + m.lane_h),
            i % 2 ? colour::lane_odd : colour::lane_even);
        dl->AddLine(
            ImVec2(win_pos.x, g.lane_top(lane) + m.lane_h),
            ImVec2(win_pos.x + std::max(win_size.x, content_w), g.lane_top(lane) + m.lane_h),
            colour::border);
    }

    auto visible = [&](float left, float right) {
        return right >= view_left && left <= view_right;
    };

    for (std::size_t i = 0; i < layout.connectors.size(); ++i) {
        const Connector& c = layout.connectors[i];
        int sibling = 0, siblings = 0;
        for (std::size_t j = 0; j < layout.connectors.size(); ++j)
            if (layout.connectors[j].from_step == c.from_step && !layout.connectors[j].backwards) {
                if (j < i) ++sibling;
                ++siblings;
            }
        draw_connector(dl, s, c, layout, g, sibling, std::max(1, siblings));
    }

    // A step chosen elsewhere (deep link, detail panel) is scrolled into view once.
    if (s.scroll_to_step) {
        for (const StepBox& box : layout.boxes)
            if (ct.steps[box.step].id == s.step) {
                ImGui::SetScrollX(
                    std::max(0.0f, g.box_min(box).x - g.origin.x - m.label_w - m.slot_w * 0.5f));
                ImGui::SetScrollY(std::max(0.0f, g.box_min(box).y - g.origin.y - m.lane_h));
            }
        s.scroll_to_step = false;
    }

    std::string clicked;
    for (const StepBox& box : layout.boxes) {
        const Step& step = ct.steps[box.step];
        const ImVec2 bmin = g.box_min(box), bmax = g.box_max(box);
        if (!visible(bmin.x - m.slot_w, bmax.x + m.slot_w)) continue; // cull off-screen columns

        for (const FlowMark& mark : box.marks)
            draw_mark(dl, s, model, step, box, mark, g, false);

        const bool selected = s.step == step.id;
        ImGui::SetCursorScreenPos(bmin);
        ImGui::PushID(step.id.c_str());
        if (ImGui::InvisibleButton("step", ImVec2(bmax.x - bmin.x, bmax.y - bmin.y)))
            clicked = step.id;
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(360 * s.scale());
            ImGui::TextUnformatted(step.summary.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }

        const ImU32 edge = step.kind == StepKind::decision ? colour::decision
                           : step.kind == StepKind::end    ? colour::end
                                                           : colour::accent;
        dl->AddRectFilled(bmin, bmax, selected ? colour::accent_soft : colour::panel, m.rounding);
        dl->AddRect(bmin, bmax, edge, m.rounding, 0,
                    (selected  ? 4.0f
                     : hovered ? 2.5f
                               : 1.5f) *
                        s.scale());
        if (step.kind == StepKind::end)
            dl->AddRect(ImVec2(bmin.x + 3 * s.scale(), bmin.y + 3 * s.scale()),
                        ImVec2(bmax.x - 3 * s.scale(), bmax.y - 3 * s.scale()), edge, m.rounding, 0,
                        1.0f * s.scale());

        const float inner = 10.0f * s.scale();
        dl->PushClipRect(bmin, bmax, true);
        draw_kind_marker(dl, s, step.kind,
                         ImVec2(bmin.x + inner + 3 * s.scale(), bmin.y + inner + 4 * s.scale()));
        std::string caption = kind_label(step.kind);
        caption += " · ";
        caption += role_short_name(model, step.actor);
        // One line, clipped by the box: a long role name must not run into the title.
        dl->AddText(s.fonts.small, s.fonts.small->FontSize,
                    ImVec2(bmin.x + inner + 14 * s.scale(), bmin.y + inner - 2 * s.scale()),
                    colour::text_muted, caption.c_str());
        box_text(dl, s.fonts.bold,
                 ImVec2(bmin.x + inner, bmin.y + inner + s.fonts.small->FontSize + 2 * s.scale()),
                 bmax.x - bmin.x - 2 * inner, colour::text, step.title);
        if (box.internal_flows > 0) {
            const std::string internal =
                "+" + std::to_string(box.internal_flows) + " " + tr(Text::internal_flows);
            box_text(dl, s.fonts.small,
                     ImVec2(bmin.x + inner, bmax.y - inner - s.fonts.small->FontSize),
                     bmax.x - bmin.x - 2 * inner, colour::text_muted, internal);
        }
        dl->PopClipRect();

        // For the tests: the part of the box that is visible and clickable.
        const float vx0 = std::max(bmin.x, view_left), vx1 = std::min(bmax.x, view_right);
        const float vy0 = std::max(bmin.y, win_pos.y),
                    vy1 = std::min(bmax.y, win_pos.y + win_size.y);
        if (vx1 > vx0 && vy1 > vy0)
            s.probe.step_rects[step.id] =
                Rect{vx0 / s.dpr, vy0 / s.dpr, (vx1 - vx0) / s.dpr, (vy1 - vy0) / s.dpr};
    }

    // Lane labels stay put while the map scrolls sideways.
    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        const int lane = static_cast<int>(i);
        const Organisation* org = find_organisation(model, layout.lanes[i]);
        const ImVec2 lmin(win_pos.x, g.lane_top(lane));
        const ImVec2 lmax(win_pos.x + m.label_w, g.lane_top(lane) + m.lane_h);
        dl->AddRectFilled(lmin, lmax, colour::panel);
        dl->AddRectFilled(lmin, ImVec2(lmin.x + 6 * s.scale(), lmax.y),
                          organisation_colour(layout.lanes[i]));
        dl->AddLine(ImVec2(lmax.x, lmin.y), lmax, colour::border, 1.0f * s.scale());
        dl->AddLine(ImVec2(lmin.x, lmax.y), lmax, colour::border);
        if (!org) continue;
        const float inner = 14.0f * s.scale();
        dl->PushClipRect(lmin, lmax, true);
        box_text(dl, s.fonts.heading, ImVec2(lmin.x + inner, lmin.y + inner), m.label_w - 2 * inner,
                 colour::text, org->short_name);
        box_text(dl, s.fonts.small,
                 ImVec2(lmin.x + inner, lmin.y + inner + s.fonts.heading->FontSize + 4 * s.scale()),
                 m.label_w - 2 * inner, colour::text_muted, org->name);
        dl->PopClipRect();
    }

    ImGui::SetCursorScreenPos(g.origin);
    ImGui::Dummy(ImVec2(content_w, content_h));
    ImGui::EndChild();

    if (!clicked.empty()) {
        s.step = clicked;
    }
}

} // namespace pw::ui
