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

} // namespace

void draw_path_map(AppState& s, LayoutCache& layouts, const CaseType& ct, const PathMarks& marks) {
    const Model& m = s.content.model;
    const SwimlaneLayout& layout = layouts.of(m, ct);
    // Only the steps the two paths pass through, each in its own column in
    // process order, in the lanes of their organisations: readable at any length.
    std::set<std::string> on_path(marks.trainee.begin(), marks.trainee.end());
    on_path.insert(marks.protocol.begin(), marks.protocol.end());
    std::vector<const StepBox*> boxes;
    for (const StepBox& b : layout.boxes)
        if (on_path.count(ct.steps[b.step].id)) boxes.push_back(&b); // boxes are in column order
    if (boxes.empty()) return;
    std::map<int, int> row_of;
    for (const StepBox* b : boxes)
        row_of[b->lane] = 0;
    int rows = 0;
    for (auto& [lane, row] : row_of)
        row = rows++;
    std::map<std::string, std::size_t> column_of;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        column_of[ct.steps[boxes[i]->step].id] = i;

    legend(s);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float label_units = 110, column_units = 210, lane_units = 112;
    const float units_w = label_units + static_cast<float>(boxes.size()) * column_units;
    const float zoom = std::clamp(avail / (units_w * s.scale()), 0.45f, 1.0f);
    const float z = s.scale() * zoom;
    const float label_w = label_units * z, column_w = column_units * z, lane_h = lane_units * z;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = label_w + static_cast<float>(boxes.size()) * column_w;
    const float height = static_cast<float>(rows) * lane_h;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImFont* small = s.fonts.small;
    const float font = small->FontSize * zoom;

    for (const auto& [lane, row] : row_of) {
        const std::string& org_id = layout.lanes[static_cast<std::size_t>(lane)];
        const float top = origin.y + static_cast<float>(row) * lane_h;
        dl->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + width, top + lane_h),
                          row % 2 ? colours().lane_odd : colours().lane_even);
        dl->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + 5 * z, top + lane_h),
                          organisation_colour(org_id));
        if (const Organisation* org = find_organisation(m, org_id))
            dl->AddText(s.fonts.bold, s.fonts.bold->FontSize * zoom,
                        ImVec2(origin.x + 12 * z, top + 8 * z), colours().text,
                        org->short_name.c_str(), nullptr, label_w - 16 * z);
    }

    auto box_rect = [&](const std::string& step, ImVec2& lo, ImVec2& hi) {
        const StepBox* b = boxes[column_of.at(step)];
        const float left = origin.x + label_w + static_cast<float>(column_of.at(step)) * column_w;
        const float top = origin.y + static_cast<float>(row_of.at(b->lane)) * lane_h;
        lo = ImVec2(left + 8 * z, top + 8 * z);
        hi = ImVec2(left + column_w - 8 * z, top + lane_h - 8 * z);
    };
    // Markers sit in the lower part of a box, below its title: the
    // protocol's row first, the trainee's under it; repeats side by side.
    auto point = [&](const std::string& step, bool trainee, int repeat) {
        ImVec2 lo, hi;
        box_rect(step, lo, hi);
        return ImVec2(lo.x + 22 * z + static_cast<float>(repeat) * 26 * z,
                      hi.y - (trainee ? 16 : 40) * z);
    };
    std::vector<ImVec2> protocol, trainee;
    for (const std::string& step : marks.protocol)
        protocol.push_back(point(step, false, 0));
    std::map<std::string, int> visits;
    for (const std::string& step : marks.trainee)
        trainee.push_back(point(step, true, visits[step]++));

    // Lines under the boxes, so they never cross a title.
    for (std::size_t i = 0; i + 1 < protocol.size(); ++i)
        dashed_line(dl, protocol[i], protocol[i + 1], colours().end, 3 * z, 7 * z);
    for (std::size_t i = 0; i + 1 < trainee.size(); ++i)
        dl->AddLine(trainee[i], trainee[i + 1], colours().accent, 3 * z);

    for (const StepBox* b : boxes) {
        const Step& step = ct.steps[b->step];
        ImVec2 lo, hi;
        box_rect(step.id, lo, hi);
        ImGui::SetCursorScreenPos(lo);
        ImGui::PushID(step.id.c_str());
        if (ImGui::InvisibleButton("pad-stap", ImVec2(hi.x - lo.x, hi.y - lo.y)))
            navigate(s, Route{Route::Kind::step, ct.id, step.id, {}, {}});
        a11y_item(A11yRole::link, step.title, false, "pad-stap:" + step.id);
        focus_ring(s);
        const bool hovered = ImGui::IsItemHovered();
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
        if (font >= 6.0f) {
            dl->PushClipRect(lo, ImVec2(hi.x, hi.y - 50 * z), true);
            dl->AddText(small, font, ImVec2(lo.x + 6 * z, lo.y + 4 * z), colours().text,
                        step.title.c_str(), nullptr, hi.x - lo.x - 12 * z);
            dl->PopClipRect();
        }
    }

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
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
}

} // namespace pw::ui
