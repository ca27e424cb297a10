#include "ui/app.hpp"

#include "pw/lookup.hpp"
#include "ui/diagnostics_view.hpp"
#include "ui/process_map.hpp"
#include "ui/step_detail.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>
#include <nlohmann/json.hpp>

namespace pw::ui {

void load_content_bundle(AppState& s, std::string_view bundle_text) {
    Diagnostics bundle_problems;
    std::vector<ContentSource> files = read_bundle(bundle_text, bundle_problems);
    s.content = load_and_validate(files);
    s.content.diagnostics.insert(s.content.diagnostics.begin(), bundle_problems.begin(),
                                 bundle_problems.end());
    if (!s.content.ok() || s.content.model.case_types.empty()) {
        s.status = ContentStatus::invalid;
        return;
    }
    s.status = ContentStatus::ready;
    if (!find_case_type(s.content.model, s.case_type))
        s.case_type = s.content.model.case_types.front().id;
}

void apply_route(AppState& s, std::string_view hash) {
    const std::optional<Route> route = parse_route(hash);
    s.published_route = std::string(hash);
    if (!route || s.status != ContentStatus::ready) return;
    const Model& m = s.content.model;
    switch (route->kind) {
    case Route::Kind::case_type:
    case Route::Kind::step: {
        const CaseType* ct = find_case_type(m, route->case_type);
        if (!ct) return;
        s.case_type = ct->id;
        s.step = route->kind == Route::Kind::step && find_step(*ct, route->step) ? route->step
                                                                                 : std::string();
        s.scroll_to_step = !s.step.empty();
        break;
    }
    default:
        s.step.clear();
        break;
    }
}

std::string current_route(const AppState& s) {
    if (s.case_type.empty()) return format_route(Route{});
    if (s.step.empty()) return format_route(Route{Route::Kind::case_type, s.case_type, {}, {}, {}});
    return format_route(Route{Route::Kind::step, s.case_type, s.step, {}, {}});
}

namespace {

void draw_top_bar(AppState& s) {
    ImGui::PushFont(s.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::accent);
    ImGui::TextUnformatted(tr(Text::app_title));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, colour::text_muted);
    ImGui::TextUnformatted(tr(Text::app_subtitle));
    ImGui::PopStyleColor();

    if (s.status == ContentStatus::ready) {
        // The case type on the map; every process is one choice away.
        const CaseType* current = find_case_type(s.content.model, s.case_type);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(280.0f * s.scale());
        if (ImGui::BeginCombo("##zaaktype", current ? current->short_title.c_str() : "")) {
            for (const CaseType& ct : s.content.model.case_types) {
                const bool selected = ct.id == s.case_type;
                if (ImGui::Selectable(ct.short_title.c_str(), selected)) {
                    s.case_type = ct.id;
                    s.step.clear();
                }
                if (selected) ImGui::SetItemDefaultFocus();
            }
            ImGui::EndCombo();
        }
    }
    const char* switch_label = tr(Text::language_switch);
    const float w = ImGui::CalcTextSize(switch_label).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
    if (ImGui::Button(switch_label))
        set_language(language() == Language::nl ? Language::en : Language::nl);
}

} // namespace

void draw_app(AppState& s) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin("Protocolwijzer", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ++s.probe.frames;
    draw_top_bar(s);

    switch (s.status) {
    case ContentStatus::loading:
        wrapped(tr(Text::loading));
        break;
    case ContentStatus::invalid:
    case ContentStatus::fetch_failed:
        draw_diagnostics(s);
        break;
    case ContentStatus::ready: {
        const Model& m = s.content.model;
        const CaseType* ct = find_case_type(m, s.case_type);
        if (!ct) break;
        const float avail = ImGui::GetContentRegionAvail().x;
        const float panel_w = std::max(400.0f * s.scale(), avail * 0.34f);
        ImGui::BeginChild("map-region",
                          ImVec2(avail - panel_w - ImGui::GetStyle().ItemSpacing.x, 0));
        draw_process_map(s, m, *ct);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("detail", ImVec2(0, 0), true);
        const Step* step = s.step.empty() ? nullptr : find_step(*ct, s.step);
        if (step)
            draw_step_detail(s, m, *ct, *step);
        else
            draw_case_type_overview(s, m, *ct);
        ImGui::EndChild();
        break;
    }
    }
    ImGui::End();
}

std::string test_state_json(const AppState& s) {
    using nlohmann::json;
    auto rect = [](const Rect& r) { return json::array({r.x, r.y, r.w, r.h}); };
    json steps = json::object();
    for (const auto& [id, r] : s.probe.step_rects)
        steps[id] = rect(r);
    const char* status = s.status == ContentStatus::ready     ? "ready"
                         : s.status == ContentStatus::invalid ? "invalid"
                         : s.status == ContentStatus::loading ? "loading"
                                                              : "fetch_failed";
    json diagnostics = json::array();
    for (const auto& d : s.content.diagnostics)
        diagnostics.push_back(format_diagnostic(d));
    json out{{"status", status},
             {"route", current_route(s)},
             {"caseType", s.case_type},
             {"step", s.step},
             {"detailTitle", s.probe.detail_title},
             {"steps", steps},
             {"map", rect(s.probe.map_rect)},
             {"mapScroll", json::array({s.probe.map_scroll_x, s.probe.map_scroll_y})},
             {"dpr", s.dpr},
             {"frames", s.probe.frames},
             {"diagnostics", diagnostics}};
    return out.dump();
}

} // namespace pw::ui
