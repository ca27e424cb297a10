#include "ui/app.hpp"

#include "pw/lookup.hpp"
#include "pw/scenario_answer_json.hpp"
#include "ui/diagnostics_view.hpp"
#include "ui/entity_views.hpp"
#include "ui/home_view.hpp"
#include "ui/navigation.hpp"
#include "ui/process_map.hpp"
#include "ui/rich_text.hpp"
#include "ui/search_view.hpp"
#include "ui/step_detail.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/top_bar.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"
#include "ui/walkthrough_panel.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cstdio>
#include <nlohmann/json.hpp>

namespace pw::ui {

void load_content_bundle(AppState& s, std::string_view bundle_text) {
    Diagnostics bundle_problems;
    std::vector<ContentSource> files = read_bundle(bundle_text, bundle_problems);
    s.content = load_and_validate(files);
    // A broken exercise is listed in the training view; the guide still opens.
    s.training.broken = set_aside_broken_scenarios(s.content);
    s.content.diagnostics.insert(s.content.diagnostics.begin(), bundle_problems.begin(),
                                 bundle_problems.end());
    if (!s.content.ok() || s.content.model.case_types.empty()) {
        s.status = ContentStatus::invalid;
        return;
    }
    s.status = ContentStatus::ready;
    s.search_index_built.reset();
    s.onboarding = onboarding_path(s.content.model);
    build_glossary_lookup(s);
    if (!find_case_type(s.content.model, s.case_type))
        s.case_type = s.content.model.case_types.front().id;
}

void load_progress(AppState& s, std::string_view stored) {
    ProgressLoad loaded = parse_progress(stored);
    s.progress = std::move(loaded.progress);
    if (loaded.problem) {
        s.notice = *loaded.problem;
        s.notice_until = s.time + 12.0;
        s.progress_dirty = true; // overwrite the unusable value
    }
}

namespace {

void draw_process(AppState& s) {
    const Model& m = s.content.model;
    const CaseType* ct = find_case_type(m, s.case_type);
    if (!ct) return;
    s.probe.view = s.route.kind == Route::Kind::example ? "walkthrough" : "map";
    const float avail = ImGui::GetContentRegionAvail().x;
    const float panel_w = std::min(std::max(400.0f * s.scale(), avail * 0.34f), avail * 0.5f);
    ImGui::BeginChild("map-region", ImVec2(avail - panel_w - ImGui::GetStyle().ItemSpacing.x, 0),
                      false, ImGuiWindowFlags_NavFlattened);
    draw_process_map(s, m, *ct);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("detail", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    const Example* example =
        s.route.kind == Route::Kind::example ? find_by_id(ct->examples, s.route.id) : nullptr;
    const Step* step = s.route.kind == Route::Kind::step ? find_step(*ct, s.route.step) : nullptr;
    if (example)
        draw_walkthrough_panel(s, m, *ct, *example);
    else if (step)
        draw_step_detail(s, m, *ct, *step);
    else
        draw_case_type_overview(s, m, *ct);
    ImGui::EndChild();
}

void draw_notice(AppState& s) {
    if (s.notice.empty() || s.time > s.notice_until) {
        s.notice.clear();
        return;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y - 24.0f * s.scale()), 0,
        ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.97f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, colours().warning_bg);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().warning_text);
    ImGui::Begin("melding", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav);
    ImGui::PushTextWrapPos(600.0f * s.scale());
    ImGui::TextUnformatted(s.notice.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::PopStyleColor(2);
}

// A newer build waits in the service worker: say so, and switch on request.
void draw_update_notice(AppState& s) {
    if (!s.update_ready) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float pad = 16.0f * s.scale();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - pad, vp->Pos.y + vp->Size.y - pad), 0,
                            ImVec2(1.0f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, colours().panel);
    ImGui::PushStyleColor(ImGuiCol_Border, colours().accent);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * s.scale());
    ImGui::Begin("update", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::TextUnformatted(tr(Text::update_available));
    ImGui::SameLine();
    if (ImGui::Button(tr(Text::update_apply))) s.update_requested = true;
    probe_item(s, "update-laden");
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

} // namespace

void draw_app(AppState& s) {
    set_language(s.progress.settings.language == "en" ? Language::en : Language::nl);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    // Keyboard navigation needs a focused window: the page's, unless another has it.
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow)) ImGui::SetNextWindowFocus();
    ImGui::Begin("Protocolwijzer", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ++s.probe.frames;
    s.probe.items.clear();
    s.probe.texts.clear();
    draw_top_bar(s);

    switch (s.status) {
    case ContentStatus::loading:
        s.probe.view = "loading";
        wrapped(tr(Text::loading));
        break;
    case ContentStatus::invalid:
    case ContentStatus::fetch_failed:
        s.probe.view = "diagnostics";
        draw_diagnostics(s);
        break;
    case ContentStatus::ready:
        if (!s.not_found.empty()) {
            draw_not_found(s);
            break;
        }
        switch (s.route.kind) {
        case Route::Kind::home:
            draw_home(s);
            break;
        case Route::Kind::search:
            draw_search_results(s);
            break;
        case Route::Kind::case_type:
        case Route::Kind::step:
        case Route::Kind::example:
            draw_process(s);
            break;
        case Route::Kind::training:
            draw_training_list(s);
            break;
        case Route::Kind::scenario:
            draw_exercise(s);
            break;
        case Route::Kind::trainer:
            draw_trainer(s);
            break;
        default:
            draw_entity_view(s);
            break;
        }
        break;
    }
    ImGui::End();
    draw_notice(s);
    draw_update_notice(s);
}

namespace {

nlohmann::json training_state_json(const AppState& s) {
    using nlohmann::json;
    const TrainingState& t = s.training;
    json broken = json::array();
    for (const auto& b : t.broken)
        broken.push_back(b.file);
    json out{{"scenarios", s.content.model.scenarios.size()},
             {"broken", broken},
             {"scenario", t.scenario},
             {"trainer", t.trainer}};
    const Scenario* sc = open_scenario(s);
    if (!sc) return out;
    out["decision"] = t.run.finished ? std::string() : t.run.current;
    out["answered"] = t.run.answers.size();
    out["finished"] = t.run.finished;
    out["showingFeedback"] = t.showing_feedback;
    out["draft"] = answer_json(t.draft, true);
    if (!t.run.outcomes.empty()) {
        const DecisionOutcome& last = t.run.outcomes.back();
        out["lastOutcome"] = {{"decision", last.decision},
                              {"feedback", feedback_json(s.content.model, last.feedback)},
                              {"mistakes", last.mistakes},
                              {"consequences", last.consequences}};
    }
    const Debrief d = make_debrief(s.content.model, *sc, t.run);
    out["score"] = {{"points", d.points}, {"max", d.max}};
    out["mistakes"] = d.mistakes;
    if (const ScenarioEnding* end = run_ending(*sc, t.run))
        out["ending"] = {{"id", end->id}, {"good", end->good}};
    if (t.trainer)
        out["session"] = {{"showOptions", t.session.show_options},
                          {"revealed", t.session.revealed},
                          {"timerRunning", t.session.timer_running},
                          {"seconds", decision_seconds(s)},
                          {"group", std::string(t.session.group)}};
    return out;
}

} // namespace

std::string test_state_json(const AppState& s) {
    using nlohmann::json;
    auto rect = [](const Rect& r) { return json::array({r.x, r.y, r.w, r.h}); };
    json steps = json::object(), items = json::object();
    for (const auto& [id, r] : s.probe.step_rects)
        steps[id] = rect(r);
    for (const auto& [id, r] : s.probe.items)
        items[id] = rect(r);
    const char* status = s.status == ContentStatus::ready     ? "ready"
                         : s.status == ContentStatus::invalid ? "invalid"
                         : s.status == ContentStatus::loading ? "loading"
                                                              : "fetch_failed";
    json diagnostics = json::array();
    for (const auto& d : s.content.diagnostics)
        diagnostics.push_back(format_diagnostic(d));
    json walkthrough = nullptr;
    if (s.walkthrough) {
        const CaseType* ct = find_case_type(s.content.model, s.walkthrough->case_type);
        walkthrough = {{"caseType", s.walkthrough->case_type},
                       {"example", s.walkthrough->example},
                       {"trail", s.walkthrough->trail},
                       {"finished", ct && walkthrough_finished(*ct, *s.walkthrough)}};
    }
    const ClassroomState& c = s.classroom;
    json spread = json::object();
    for (const ChoiceSpread& x : c.spread)
        spread[x.decision] = x.answers;
    // The colours in use, for the contrast check (tests/e2e/a11y.test.mjs).
    auto hex = [](ImU32 c) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%02x%02x%02x", c & 0xFF, (c >> 8) & 0xFF, (c >> 16) & 0xFF);
        return std::string(buf);
    };
    const Palette& p = colours();
    const ImGuiStyle& style = ImGui::GetStyle();
    json palette{
        {"accent", hex(p.accent)},
        {"accentSoft", hex(p.accent_soft)},
        {"text", hex(p.text)},
        {"textMuted", hex(p.text_muted)},
        {"page", hex(p.page)},
        {"panel", hex(p.panel)},
        {"border", hex(p.border)},
        {"laneEven", hex(p.lane_even)},
        {"laneOdd", hex(p.lane_odd)},
        {"decision", hex(p.decision)},
        {"end", hex(p.end)},
        {"warningBg", hex(p.warning_bg)},
        {"warningText", hex(p.warning_text)},
        {"errorBg", hex(p.error_bg)},
        {"errorText", hex(p.error_text)},
        {"highlightBg", hex(p.highlight_bg)},
        {"onAccent", hex(p.on_accent)},
        {"button", hex(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_Button]))},
        {"buttonHovered",
         hex(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_ButtonHovered]))},
        {"frame", hex(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_FrameBg]))},
        {"navHighlight", hex(ImGui::ColorConvertFloat4ToU32(style.Colors[ImGuiCol_NavHighlight]))}};
    json out{{"palette", palette},
             {"training", training_state_json(s)},
             {"classroom",
              {{"code", c.code},
               {"trainees", c.trainees},
               {"answers", spread},
               {"joined", c.joined_code},
               {"nickname", c.nickname},
               {"shared", c.shared},
               {"participants", c.participants},
               {"open", c.open},
               {"message", c.message}}},
             {"status", status},
             {"updateReady", s.update_ready},
             {"route", current_route(s)},
             {"view", s.probe.view},
             {"caseType", s.case_type},
             {"step", s.route.kind == Route::Kind::step ? s.route.step : std::string()},
             {"detailTitle", s.probe.detail_title},
             {"steps", steps},
             {"items", items},
             {"texts", s.probe.texts},
             {"lens", s.lens},
             {"lensSteps", s.probe.lens_steps},
             {"walkthrough", walkthrough},
             {"search", {{"query", s.search.query}, {"titles", s.probe.search_titles}}},
             {"map", rect(s.probe.map_rect)},
             {"mapScroll", json::array({s.probe.map_scroll_x, s.probe.map_scroll_y})},
             {"mapZoom", s.probe.map_zoom},
             {"settings",
              {{"language", s.progress.settings.language},
               {"theme", s.progress.settings.theme},
               {"textScale", s.progress.settings.text_scale}}},
             {"visited", s.progress.visited},
             {"completedWalkthroughs", s.progress.completed_walkthroughs},
             {"notice", s.notice},
             {"dpr", s.dpr},
             {"frames", s.probe.frames},
             {"diagnostics", diagnostics}};
    return out.dump();
}

} // namespace pw::ui
