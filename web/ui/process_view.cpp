#include "ui/process_view.hpp"

#include "pw/export.hpp"
#include "pw/lookup.hpp"
#include "ui/navigation.hpp"
#include "ui/process_map.hpp"
#include "ui/step_detail.hpp"
#include "ui/strings.hpp"
#include "ui/walkthrough_panel.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace pw::ui {

namespace {

// The case type's printable card (kaart/<id>.html, written at build time next
// to the text version), in a new tab. The single file has no second file.
void print_card_button(AppState& s, const CaseType& ct) {
    if (s.text_version_url.empty()) return;
    if (button(tagged(tr(Text::print_card), "afdrukken").c_str()))
        s.ask(OpenUrl{"kaart/" + card_file_name(ct), true});
}

} // namespace

void draw_process(AppState& s, ProcessViewState& view) {
    const Model& m = s.content.model;
    const CaseType* ct = find_case_type(m, s.case_type);
    if (!ct) return;
    const Walkthrough* walkthrough =
        view.walkthrough && view.walkthrough->case_type == ct->id ? &*view.walkthrough : nullptr;
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float avail = room.x;
    // Narrow (a phone, 320 px): the map above the panel, both the full width,
    // instead of two columns too narrow for a step or a word of the heading.
    const bool stacked = avail < 480.0f * s.scale();
    const float panel_w = std::min(std::max(400.0f * s.scale(), avail * 0.34f), avail * 0.5f);
    const ImVec2 map_size = stacked ? ImVec2(0, std::floor(room.y * 0.45f))
                                    : ImVec2(avail - panel_w - ImGui::GetStyle().ItemSpacing.x, 0);
    ImGui::BeginChild("map-region", map_size, false, ImGuiWindowFlags_NavFlattened);
    draw_process_map(s, view.map, walkthrough, *ct);
    ImGui::EndChild();
    if (!stacked) ImGui::SameLine();
    ImGui::BeginChild("detail", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    print_card_button(s, *ct);
    const Example* example =
        s.route.kind == Route::Kind::example ? find_by_id(ct->examples, s.route.id) : nullptr;
    const Step* step = s.route.kind == Route::Kind::step ? find_step(*ct, s.route.step) : nullptr;
    if (example)
        draw_walkthrough_panel(s, view, *ct, *example);
    else if (step)
        draw_step_detail(s, m, *ct, *step);
    else
        draw_case_type_overview(s, m, *ct);
    ImGui::EndChild();
}

void follow_route(ProcessViewState& view, const AppState& s) {
    const Route& r = s.route;
    if (!s.not_found.empty() || !shows_map(r)) {
        view.walkthrough.reset();
        return;
    }
    if (view.map.shown_process != r.case_type) view.map.fit_requested = true;
    view.map.shown_process = r.case_type;
    view.map.scroll_to_step = r.kind == Route::Kind::step || r.kind == Route::Kind::example;
    if (r.kind != Route::Kind::example) {
        view.walkthrough.reset();
        return;
    }
    const bool same = view.walkthrough && view.walkthrough->case_type == r.case_type &&
                      view.walkthrough->example == r.id;
    if (same) return;
    if (const CaseType* ct = find_case_type(s.content.model, r.case_type))
        if (const Example* e = find_by_id(ct->examples, r.id))
            view.walkthrough = start_walkthrough(*ct, *e);
}

} // namespace pw::ui
