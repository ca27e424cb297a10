#include "ui/editor_flow.hpp"

#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/editor_actions.hpp"
#include "ui/editor_decision.hpp"
#include "ui/editor_fields.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace pw::ui {
namespace {

// Columns by distance from the start (breadth first); what is not reached
// goes in a column after the rest.
std::map<std::string, std::pair<int, int>> place_nodes(const Scenario& d, const DraftGraph& g) {
    std::map<std::string, std::pair<int, int>> at; // id -> (column, row)
    std::vector<int> rows;
    const auto put = [&](const std::string& id, int column) {
        if (at.count(id)) return false;
        if (static_cast<int>(rows.size()) <= column)
            rows.resize(static_cast<std::size_t>(column) + 1);
        at[id] = {column, rows[static_cast<std::size_t>(column)]++};
        return true;
    };
    std::vector<std::string> frontier;
    if (find_by_id(d.decisions, d.start) && put(d.start, 0)) frontier.push_back(d.start);
    for (int column = 1; !frontier.empty(); ++column) {
        std::vector<std::string> next;
        for (const std::string& from : frontier)
            for (const DraftEdge& edge : g.edges)
                if (edge.from == from &&
                    (find_by_id(d.decisions, edge.to) || find_by_id(d.endings, edge.to)) &&
                    put(edge.to, column))
                    next.push_back(edge.to);
        frontier = std::move(next);
    }
    const int last = static_cast<int>(rows.size());
    for (const ScenarioDecision& x : d.decisions)
        put(x.id, last);
    for (const ScenarioEnding& x : d.endings)
        put(x.id, last);
    return at;
}

std::string node_name(const Scenario& d, const std::string& id) {
    for (std::size_t i = 0; i < d.decisions.size(); ++i)
        if (d.decisions[i].id == id) return std::to_string(i + 1) + ". " + id;
    if (const ScenarioEnding* x = find_by_id(d.endings, id))
        return x->title.empty() ? id : x->title;
    return id;
}

void arrow(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float z) {
    dl->AddLine(a, b, colour, 1.5f * z);
    const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
    if (len < 1) return;
    const ImVec2 u(dx / len, dy / len), n(-u.y, u.x);
    const float h = 7 * z;
    dl->AddTriangleFilled(b, ImVec2(b.x - u.x * h + n.x * h * 0.5f, b.y - u.y * h + n.y * h * 0.5f),
                          ImVec2(b.x - u.x * h - n.x * h * 0.5f, b.y - u.y * h - n.y * h * 0.5f),
                          colour);
}

void graph_picture(AppState& s, const Scenario& d, const DraftGraph& g) {
    const auto at = place_nodes(d, g);
    int columns = 0, rows = 0;
    for (const auto& [id, p] : at) {
        columns = std::max(columns, p.first + 1);
        rows = std::max(rows, p.second + 1);
    }
    const float z = s.scale(), node_w = 150 * z, node_h = 40 * z, gap_x = 60 * z, gap_y = 18 * z;
    const float width = static_cast<float>(columns) * (node_w + gap_x);
    const float height = static_cast<float>(rows) * (node_h + gap_y);
    ImGui::BeginChild("verloop-plaatje",
                      ImVec2(0, height + ImGui::GetStyle().ScrollbarSize + 8 * z), true,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const auto rect = [&](const std::string& id, ImVec2& lo, ImVec2& hi) {
        const auto [c, r] = at.at(id);
        lo = ImVec2(origin.x + static_cast<float>(c) * (node_w + gap_x),
                    origin.y + static_cast<float>(r) * (node_h + gap_y));
        hi = ImVec2(lo.x + node_w, lo.y + node_h);
    };
    for (const DraftEdge& edge : g.edges) {
        if (!at.count(edge.from) || !at.count(edge.to)) continue;
        ImVec2 a0, a1, b0, b1;
        rect(edge.from, a0, a1);
        rect(edge.to, b0, b1);
        const bool forward = b0.x > a0.x;
        arrow(dl, ImVec2(forward ? a1.x : a0.x + node_w * 0.5f, (a0.y + a1.y) * 0.5f),
              ImVec2(forward ? b0.x : b0.x + node_w * 0.5f, forward ? (b0.y + b1.y) * 0.5f : b1.y),
              edge.label == "volgende" ? colours().accent : colours().text_muted, z);
    }
    for (const auto& [id, p] : at) {
        ImVec2 lo, hi;
        rect(id, lo, hi);
        const bool ending = find_by_id(d.endings, id) != nullptr;
        const bool lost = std::count(g.unreachable.begin(), g.unreachable.end(), id) ||
                          std::count(g.dead_ends.begin(), g.dead_ends.end(), id);
        dl->AddRectFilled(lo, hi, ending ? colours().accent_soft : colours().panel,
                          ending ? 14 * z : 4 * z);
        dl->AddRect(lo, hi, lost ? colours().error_text : colours().border, ending ? 14 * z : 4 * z,
                    0, (lost ? 2.5f : 1.0f) * z);
        dl->PushClipRect(lo, hi, true);
        dl->AddText(s.fonts.small, s.fonts.small->FontSize, ImVec2(lo.x + 6 * z, lo.y + 4 * z),
                    colours().text, node_name(d, id).c_str(), nullptr, node_w - 12 * z);
        dl->PopClipRect();
    }
    ImGui::Dummy(ImVec2(width, height));
    a11y_hide_last(); // said in words below the picture
    ImGui::EndChild();
}

} // namespace

void draw_endings(AppState& s, EditorState& e) {
    section_label(s, tr(Text::editor_endings));
    wrapped_muted(tr(Text::editor_endings_intro));
    for (std::size_t i = 0; i < e.working.endings.size(); ++i) {
        ScenarioEnding& x = e.working.endings[i];
        const std::string field = "endings[" + std::to_string(i) + "]";
        ImGui::PushID(field.c_str());
        ImGui::PushFont(s.fonts.bold);
        line(trf(Text::editor_ending_heading, x.id,
                 x.good ? tr(Text::editor_ending_good) : tr(Text::editor_ending_bad)));
        ImGui::PopFont();
        for (auto* f : {&x.title, &x.text}) {
            const bool title = f == &x.title;
            after_field(e, s,
                        text_field(s, e, tr(title ? Text::editor_title : Text::editor_ending_text),
                                   field + (title ? ".title" : ".text"), *f, title ? 1 : 3));
        }
        if (x.requires_.any())
            wrapped_muted(
                trf(Text::editor_ending_requires,
                    std::to_string(static_cast<int>(std::lround(x.requires_.min_score * 100))),
                    x.otherwise));
        field_findings(e, field, true);
        ImGui::PopID();
    }
    if (button(tagged(tr(Text::editor_add_ending), "einde-erbij").c_str())) add_ending(e, s);
}

void draw_flow_graph(AppState& s, EditorState& e) {
    const Scenario& d = e.working;
    section_label(s, tr(Text::editor_flow));
    const DraftGraph g = draft_graph(d);
    if (!d.decisions.empty()) graph_picture(s, d, g);
    // In words: what the picture shows, and what is wrong with it.
    for (const DraftEdge& edge : g.edges)
        bullet_wrapped(trf(Text::editor_edge,
                           node_name(d, edge.from) + " → " + node_name(d, edge.to), edge.label));
    ImGui::PushStyleColor(ImGuiCol_Text, colours().error_text);
    if (!d.decisions.empty() && !g.ending_reachable) wrapped(tr(Text::editor_no_ending));
    for (const std::string& id : g.unreachable)
        wrapped(trf(Text::editor_unreachable, node_name(d, id)));
    for (const std::string& id : g.dead_ends)
        wrapped(trf(Text::editor_dead_end, node_name(d, id)));
    for (const std::string& id : g.dangling)
        wrapped(trf(Text::editor_dangling, id));
    ImGui::PopStyleColor();
}

} // namespace pw::ui
