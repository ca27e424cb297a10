#include "ui/editor_step_map.hpp"

#include "pw/lookup.hpp"
#include "pw/swimlane_layout.hpp"
#include "ui/a11y.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <vector>

namespace pw::ui {
namespace {

constexpr float kLabelUnits = 96, kColumnUnits = 132, kMinColumnUnits = 96, kLaneUnits = 64;

// The decisions at each step, numbered as the editor lists them.
std::map<std::string, std::string> decision_numbers(const Scenario& draft) {
    std::map<std::string, std::string> out;
    for (std::size_t i = 0; i < draft.decisions.size(); ++i) {
        std::string& n = out[draft.decisions[i].step];
        n += (n.empty() ? "" : ",") + std::to_string(i + 1);
    }
    return out;
}

} // namespace

std::string draw_step_picker(AppState& s, EditorState& e, const CaseType& ct) {
    const SwimlaneLayout& layout = e.layout.of(s.content.model, ct);
    const float z = s.scale();
    // As wide as the column allows (every step in sight where it fits), never
    // so narrow that a title is unreadable: then it scrolls sideways.
    const float label_w = kLabelUnits * z, lane_h = kLaneUnits * z;
    const float fit =
        (ImGui::GetContentRegionAvail().x - label_w - ImGui::GetStyle().WindowPadding.x * 2) /
        static_cast<float>(std::max<std::size_t>(layout.boxes.size(), 1));
    const float column_w = std::clamp(fit, kMinColumnUnits * z, kColumnUnits * z);
    const float width = label_w + static_cast<float>(layout.boxes.size()) * column_w;
    // Only the lanes of organisations with a step: each a row.
    std::vector<int> row_of(layout.lanes.size(), -1);
    int rows = 0;
    for (const StepBox& box : layout.boxes)
        if (row_of[static_cast<std::size_t>(box.lane)] < 0)
            row_of[static_cast<std::size_t>(box.lane)] = 0;
    for (int& row : row_of)
        if (row == 0) row = rows++;
    const float height = static_cast<float>(rows) * lane_h;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::BeginChild("stappenkaart",
                      ImVec2(0, height + style.ScrollbarSize + style.WindowPadding.y * 2 + 2 * z),
                      true,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NavFlattened |
                          ImGuiWindowFlags_NoScrollWithMouse); // the wheel scrolls the page
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (std::size_t lane = 0; lane < layout.lanes.size(); ++lane) {
        if (row_of[lane] < 0) continue;
        const float top = origin.y + static_cast<float>(row_of[lane]) * lane_h;
        dl->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + width, top + lane_h),
                          row_of[lane] % 2 ? colours().lane_odd : colours().lane_even);
        dl->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + 5 * z, top + lane_h),
                          organisation_colour(layout.lanes[lane]));
        if (const Organisation* org = find_organisation(s.content.model, layout.lanes[lane]))
            dl->AddText(s.fonts.bold, s.fonts.bold->FontSize,
                        ImVec2(origin.x + 10 * z, top + 6 * z), colours().text,
                        org->short_name.c_str(), nullptr, label_w - 14 * z);
    }
    const auto numbers = decision_numbers(e.working);
    std::string clicked;
    for (std::size_t column = 0; column < layout.boxes.size(); ++column) {
        const StepBox& box = layout.boxes[column];
        const Step& step = ct.steps[box.step];
        const ImVec2 lo(
            origin.x + label_w + static_cast<float>(column) * column_w + 4 * z,
            origin.y + static_cast<float>(row_of[static_cast<std::size_t>(box.lane)]) * lane_h +
                4 * z);
        const ImVec2 hi(lo.x + column_w - 8 * z, lo.y + lane_h - 8 * z);
        ImGui::SetCursorScreenPos(lo);
        ImGui::PushID(step.id.c_str());
        if (ImGui::InvisibleButton("stap", ImVec2(hi.x - lo.x, hi.y - lo.y))) clicked = step.id;
        const auto used = numbers.find(step.id);
        const std::string name =
            trf(Text::editor_add_at_step, step.title) +
            (used == numbers.end() ? "" : " (" + trf(Text::editor_step_used, used->second) + ")");
        a11y_item(A11yRole::button, name, false, "kies-stap:" + step.id);
        focus_ring(s);
        const bool hovered = hover_tip(s);
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::SetTooltip("%s", name.c_str());
        }
        ImGui::PopID();
        const bool in_use = used != numbers.end();
        dl->AddRectFilled(lo, hi, in_use ? colours().accent_soft : colours().panel, 4 * z);
        dl->AddRect(lo, hi, in_use || hovered ? colours().accent : colours().border, 4 * z, 0,
                    (hovered ? 2.5f : 1.0f) * z);
        dl->PushClipRect(lo, hi, true);
        dl->AddText(s.fonts.small, s.fonts.small->FontSize, ImVec2(lo.x + 5 * z, lo.y + 3 * z),
                    colours().text, step.title.c_str(), nullptr, hi.x - lo.x - 10 * z);
        if (in_use)
            dl->AddText(s.fonts.bold, s.fonts.bold->FontSize,
                        ImVec2(hi.x - ImGui::CalcTextSize(used->second.c_str()).x - 6 * z,
                               hi.y - s.fonts.bold->FontSize - 3 * z),
                        colours().accent, used->second.c_str());
        dl->PopClipRect();
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
    ImGui::EndChild();
    return clicked;
}

} // namespace pw::ui
