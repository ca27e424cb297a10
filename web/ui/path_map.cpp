#include "ui/path_map.hpp"

#include "pw/lookup.hpp"
#include "pw/swimlane_layout.hpp"
#include "ui/a11y.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <map>
#include <set>

namespace pw::ui {
namespace {

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float thickness, float dash) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length < 1.0f) return;
    for (float t = 0; t < length; t += 2 * dash) {
        const float e = std::min(length, t + dash);
        dl->AddLine(ImVec2(a.x + dx * t / length, a.y + dy * t / length),
                    ImVec2(a.x + dx * e / length, a.y + dy * e / length), colour, thickness);
    }
}

void legend(const AppState& s) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float z = s.scale();
    const float h = ImGui::GetTextLineHeight();
    auto sample = [&](bool dashed, ImU32 colour, const char* label) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const ImVec2 a(p.x, p.y + h * 0.5f), b(p.x + 36 * z, p.y + h * 0.5f);
        if (dashed)
            dashed_line(dl, a, b, colour, 3 * z, 6 * z);
        else
            dl->AddLine(a, b, colour, 3 * z);
        ImGui::Dummy(ImVec2(42 * z, h));
        ImGui::SameLine();
        ImGui::TextUnformatted(label);
    };
    sample(false, colours().accent, tr(Text::your_path));
    ImGui::SameLine(0, 24 * z);
    sample(true, colours().end, tr(Text::protocol_path));
    ImGui::SameLine(0, 24 * z);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    // A square, not a circle: the shape says "cost points" as well as the colour.
    dl->AddRectFilled(p, ImVec2(p.x + h, p.y + h), colours().error_text, 2 * z);
    ImGui::Dummy(ImVec2(h + 4 * z, h));
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(Text::lost_points));
}

// Where everything of the path map sits: only the steps the two paths pass
// through, each in its own column in process order, in the lanes of their
// organisations, so it stays readable at any length.
struct PathMapGeometry {
    std::vector<const StepBox*> boxes; // in column order
    std::map<int, int> row_of;         // lane -> row
    std::map<std::string, std::size_t> column_of;
    ImVec2 origin;
    float zoom = 1, z = 1, label_w = 0, column_w = 0, lane_h = 0, width = 0, height = 0;

    void box_rect(const std::string& step, ImVec2& lo, ImVec2& hi) const {
        const StepBox* b = boxes[column_of.at(step)];
        const float left = origin.x + label_w + static_cast<float>(column_of.at(step)) * column_w;
        const float top = origin.y + static_cast<float>(row_of.at(b->lane)) * lane_h;
        lo = ImVec2(left + 8 * z, top + 8 * z);
        hi = ImVec2(left + column_w - 8 * z, top + lane_h - 8 * z);
    }
    // Markers sit in the lower part of a box, below its title: the
    // protocol's row first, the trainee's under it; repeats side by side.
    ImVec2 marker(const std::string& step, bool trainee, int repeat) const {
        ImVec2 lo, hi;
        box_rect(step, lo, hi);
        return ImVec2(lo.x + 22 * z + static_cast<float>(repeat) * 26 * z,
                      hi.y - (trainee ? 16 : 40) * z);
    }
};

PathMapGeometry path_columns(const SwimlaneLayout& layout, const CaseType& ct,
                             const PathMarks& marks) {
    PathMapGeometry g;
    std::set<std::string> on_path(marks.trainee.begin(), marks.trainee.end());
    on_path.insert(marks.protocol.begin(), marks.protocol.end());
    for (const StepBox& b : layout.boxes)
        if (on_path.count(ct.steps[b.step].id)) g.boxes.push_back(&b); // boxes are in column order
    for (const StepBox* b : g.boxes)
        g.row_of[b->lane] = 0;
    int rows = 0;
    for (auto& [lane, row] : g.row_of)
        row = rows++;
    for (std::size_t i = 0; i < g.boxes.size(); ++i)
        g.column_of[ct.steps[g.boxes[i]->step].id] = i;
    return g;
}

// Scales the columns to the width available, between 45 % and 100 %.
void fit_to_width(PathMapGeometry& g, float scale) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float label_units = 110, column_units = 210, lane_units = 112;
    const float units_w = label_units + static_cast<float>(g.boxes.size()) * column_units;
    g.zoom = std::clamp(avail / (units_w * scale), 0.45f, 1.0f);
    g.z = scale * g.zoom;
    g.label_w = label_units * g.z;
    g.column_w = column_units * g.z;
    g.lane_h = lane_units * g.z;
    g.origin = ImGui::GetCursorScreenPos();
    g.width = g.label_w + static_cast<float>(g.boxes.size()) * g.column_w;
    g.height = static_cast<float>(g.row_of.size()) * g.lane_h;
}

void draw_path_lanes(const AppState& s, const SwimlaneLayout& layout, const PathMapGeometry& g) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float z = g.z;
    for (const auto& [lane, row] : g.row_of) {
        const std::string& org_id = layout.lanes[static_cast<std::size_t>(lane)];
        const float top = g.origin.y + static_cast<float>(row) * g.lane_h;
        dl->AddRectFilled(ImVec2(g.origin.x, top), ImVec2(g.origin.x + g.width, top + g.lane_h),
                          row % 2 ? colours().lane_odd : colours().lane_even);
        dl->AddRectFilled(ImVec2(g.origin.x, top), ImVec2(g.origin.x + 5 * z, top + g.lane_h),
                          organisation_colour(org_id));
        if (const Organisation* org = find_organisation(s.content.model, org_id))
            dl->AddText(s.fonts.bold, s.fonts.bold->FontSize * g.zoom,
                        ImVec2(g.origin.x + 12 * z, top + 8 * z), colours().text,
                        org->short_name.c_str(), nullptr, g.label_w - 16 * z);
    }
}

// One box per step: a link to the step, its title as far as it fits, the
// summary as a tooltip.
void draw_path_step_box(AppState& s, const CaseType& ct, const Step& step,
                        const PathMapGeometry& g) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float z = g.z;
    ImVec2 lo, hi;
    g.box_rect(step.id, lo, hi);
    ImGui::SetCursorScreenPos(lo);
    ImGui::PushID(step.id.c_str());
    if (ImGui::InvisibleButton("pad-stap", ImVec2(hi.x - lo.x, hi.y - lo.y)))
        navigate(s, Route{Route::Kind::step, ct.id, step.id, {}, {}});
    a11y_item(A11yRole::link, step.title, false, "pad-stap:" + step.id);
    focus_ring(s);
    const bool hovered = hover_tip(s);
    ImGui::PopID();
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(360 * s.scale());
        ImGui::TextUnformatted(step.title.c_str());
        ImGui::TextDisabled("%s", step.summary.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    // Translucent fill: the path lines stay visible through the box.
    dl->AddRectFilled(lo, hi, (colours().panel & 0x00FFFFFF) | (0xD8u << 24), 5 * z);
    dl->AddRect(lo, hi, colours().accent, 5 * z, 0, (hovered ? 3.0f : 1.5f) * z);
    const float font = s.fonts.small->FontSize * g.zoom;
    if (font >= 6.0f) {
        dl->PushClipRect(lo, ImVec2(hi.x, hi.y - 50 * z), true);
        dl->AddText(s.fonts.small, font, ImVec2(lo.x + 6 * z, lo.y + 4 * z), colours().text,
                    step.title.c_str(), nullptr, hi.x - lo.x - 12 * z);
        dl->PopClipRect();
    }
}

// The protocol's dots, then the trainee's numbered markers: squares where
// the choice cost points.
void draw_path_markers(const AppState& s, const std::vector<ImVec2>& protocol,
                       const std::vector<ImVec2>& trainee, const PathMarks& marks, float z) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (const ImVec2& p : protocol)
        dl->AddCircleFilled(p, 6 * z, colours().end);
    const float r = std::max(8.0f, 10 * z);
    for (std::size_t i = 0; i < trainee.size(); ++i) {
        const bool costly = i < marks.trainee_costly.size() && marks.trainee_costly[i];
        if (costly)
            dl->AddRectFilled(ImVec2(trainee[i].x - r, trainee[i].y - r),
                              ImVec2(trainee[i].x + r, trainee[i].y + r), colours().error_text,
                              2 * z);
        else
            dl->AddCircleFilled(trainee[i], r, colours().accent);
        const std::string n = std::to_string(i + 1);
        const ImVec2 ts = s.fonts.bold->CalcTextSizeA(r * 1.3f, FLT_MAX, 0, n.c_str());
        dl->AddText(s.fonts.bold, r * 1.3f,
                    ImVec2(trainee[i].x - ts.x * 0.5f, trainee[i].y - ts.y * 0.5f),
                    colours().on_accent, n.c_str());
    }
}

} // namespace

void draw_path_map(AppState& s, LayoutCache& layouts, const CaseType& ct, const PathMarks& marks) {
    const SwimlaneLayout& layout = layouts.of(s.content.model, ct);
    PathMapGeometry g = path_columns(layout, ct, marks);
    if (g.boxes.empty()) return;
    legend(s);
    fit_to_width(g, s.scale());
    draw_path_lanes(s, layout, g);

    std::vector<ImVec2> protocol, trainee;
    for (const std::string& step : marks.protocol)
        protocol.push_back(g.marker(step, false, 0));
    std::map<std::string, int> visits;
    for (const std::string& step : marks.trainee)
        trainee.push_back(g.marker(step, true, visits[step]++));

    // Lines under the boxes, so they never cross a title.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i + 1 < protocol.size(); ++i)
        dashed_line(dl, protocol[i], protocol[i + 1], colours().end, 3 * g.z, 7 * g.z);
    for (std::size_t i = 0; i + 1 < trainee.size(); ++i)
        dl->AddLine(trainee[i], trainee[i + 1], colours().accent, 3 * g.z);

    for (const StepBox* b : g.boxes)
        draw_path_step_box(s, ct, ct.steps[b->step], g);
    draw_path_markers(s, protocol, trainee, marks, g.z);
    ImGui::SetCursorScreenPos(g.origin);
    ImGui::Dummy(ImVec2(g.width, g.height));
}

} // namespace pw::ui
