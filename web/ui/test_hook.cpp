#include "ui/test_hook.hpp"

#include "pw/carry_over.hpp"
#include "pw/lookup.hpp"
#include "pw/role_facts.hpp"
#include "pw/scenario_answer_json.hpp"
#include "pw/search_answer.hpp"
#include "pw/simulator.hpp"
#include "ui/content_changes.hpp"
#include "ui/navigation.hpp"
#include "ui/process_map.hpp"
#include "ui/theme.hpp"
#include "ui/training_actions.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

#include <cstdio>
#include <nlohmann/json.hpp>

namespace pw::ui {
namespace {

using nlohmann::json;

json rect_json(const Rect& r) {
    return json::array({r.x, r.y, r.w, r.h});
}

std::string hex(ImU32 c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02x%02x%02x", c & 0xFF, (c >> 8) & 0xFF, (c >> 16) & 0xFF);
    return buf;
}

// The colours in use, for the contrast check (tests/e2e/a11y.test.mjs).
json palette_json() {
    const Palette& p = colours();
    const ImGuiStyle& style = ImGui::GetStyle();
    auto style_hex = [&style](ImGuiCol c) {
        return hex(ImGui::ColorConvertFloat4ToU32(style.Colors[c]));
    };
    return {{"accent", hex(p.accent)},
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
            {"button", style_hex(ImGuiCol_Button)},
            {"buttonHovered", style_hex(ImGuiCol_ButtonHovered)},
            {"frame", style_hex(ImGuiCol_FrameBg)},
            {"navHighlight", style_hex(ImGuiCol_NavHighlight)}};
}

json outcome_json(const Model& m, const DecisionOutcome& o) {
    return {{"decision", o.decision},
            {"feedback", feedback_json(m, o.feedback)},
            {"mistakes", o.mistakes},
            {"consequences", o.consequences}};
}

json training_json(const AppState& s, const TrainingState& t) {
    json broken = json::array();
    for (const auto& b : s.broken_scenarios)
        broken.push_back(b.file);
    json out{{"scenarios", s.content.model.scenarios.size()},
             {"broken", broken},
             {"scenario", t.scenario},
             {"trainer", t.trainer}};
    const Scenario* sc = open_scenario(s, t);
    if (!sc) return out;
    out["decision"] = t.run.finished ? std::string() : t.run.current;
    out["answered"] = t.run.answers.size();
    out["finished"] = t.run.finished;
    out["showingFeedback"] = t.showing_feedback;
    out["draft"] = answer_json(t.draft, true);
    if (!t.run.outcomes.empty())
        out["lastOutcome"] = outcome_json(s.content.model, t.run.outcomes.back());
    const Debrief d = make_debrief(s.content.model, *sc, t.run);
    out["score"] = {{"points", d.points}, {"max", d.max}};
    out["mistakes"] = d.mistakes;
    if (const ScenarioEnding* end = run_ending(*sc, t.run))
        out["ending"] = {{"id", end->id}, {"good", end->good}};
    if (t.trainer)
        out["session"] = {{"showOptions", t.session.show_options},
                          {"revealed", t.session.revealed},
                          {"timerRunning", t.session.timer_running},
                          {"seconds", decision_seconds(t, s.time)},
                          {"group", std::string(t.session.group)}};
    return out;
}

json classroom_json(const ClassroomState& c) {
    json spread = json::object();
    for (const ChoiceSpread& x : c.spread)
        spread[x.decision] = x.answers;
    return {{"code", c.code},
            {"trainees", c.trainees},
            {"answers", spread},
            {"joined", c.joined_code},
            {"nickname", c.nickname},
            {"shared", c.shared},
            {"participants", c.participants},
            {"open", c.open},
            {"message", c.message}};
}

json walkthrough_json(const AppState& s, const ProcessViewState& p) {
    if (!p.walkthrough) return nullptr;
    const Walkthrough& w = *p.walkthrough;
    const CaseType* ct = find_case_type(s.content.model, w.case_type);
    return {{"caseType", w.case_type},
            {"example", w.example},
            {"trail", w.trail},
            {"finished", ct && walkthrough_finished(*ct, w)}};
}

// What the role lens says about each step of the process on the map.
json lens_steps_json(const AppState& s, View view) {
    json out = json::object();
    const CaseType* ct = find_case_type(s.content.model, s.case_type);
    if (!ct || s.lens.empty() || (view != View::map && view != View::walkthrough)) return out;
    for (const Step& step : ct->steps) {
        const Involvement i = step_involvement(s.content.model, step, s.lens);
        if (i.any()) out[step.id] = involvement_text(i);
    }
    return out;
}

// The hits as listed, and the answer card's title when one is shown.
json search_json(AppState& s, const Views& v, View view) {
    json titles = json::array();
    json answer = nullptr;
    // Hits of an index since dropped are found again in the next frame.
    if (view == View::search && v.search.hits_generation == s.search_generation) {
        for (const SearchHit* h : displayed_hits(v.search))
            titles.push_back(s.search_index().documents()[h->document].title);
        if (const SearchHit* best = answered_hit(v.search))
            answer =
                answer_for(s.content.model, s.search_index().documents()[best->document]).title;
    }
    return {{"query", std::string(v.top_bar.query)}, {"titles", titles}, {"answer", answer}};
}

// Named controls (whole) and step boxes (the part shown) as drawn, and the
// main heading, from the tree.
void screen_json(const std::vector<A11yNode>& tree, json& out) {
    json items = json::object(), steps = json::object();
    std::string title, editing;
    for (const A11yNode& node : tree) {
        if (!node.drawn) continue; // described, not on screen
        if (!node.tag.empty()) items[node.tag] = rect_json(node.whole);
        if (!node.tag.empty() && node.id != 0 && node.id == GImGui->ActiveId) editing = node.tag;
        if (node.tag.rfind(kStepTag, 0) == 0)
            steps[node.tag.substr(std::string_view(kStepTag).size())] = rect_json(node.rect);
        if (title.empty() && node.role == A11yRole::heading && node.level <= 2) title = node.name;
    }
    out["items"] = items;
    // The control the mouse or keyboard is working (a text field typed in):
    // a test types only once its click reached the field it meant.
    out["activeItem"] = editing;
    out["steps"] = steps;
    out["detailTitle"] = title;
}

const char* change_kind_name(SeenChange::Kind kind) {
    return kind == SeenChange::Kind::added     ? "added"
           : kind == SeenChange::Kind::removed ? "removed"
                                               : "changed";
}

// What changed since the user last saw the content, as the app holds it.
json changes_json(const AppState& s) {
    json list = json::array(), steps = json::object(), dropped = json::array();
    for (const SeenChange& c : s.changes.since.changes)
        list.push_back({{"kind", change_kind_name(c.kind)},
                        {"entity", c.entity},
                        {"key", c.key},
                        {"label", c.label},
                        {"fields", c.fields}});
    for (const auto& [key, kind] : s.changes.steps)
        steps[key] = change_kind_name(kind);
    for (const DroppedProgress& d : s.progress.dropped)
        dropped.push_back(describe_dropped(d));
    const ContentVersion none;
    const ContentVersion& seen = s.progress.seen ? s.progress.seen->version : none;
    return {{"pending", content_changes_pending(s)},
            {"content", {{"version", s.content.version.version}, {"date", s.content.version.date}}},
            {"seen", {{"version", seen.version}, {"date", seen.date}}},
            {"changes", list},
            {"steps", steps},
            {"dropped", dropped}};
}

// The exercise being written: its decisions with the protocol's verdict on
// each choice (so a test can pick a right or a wrong one), and what the check says.
json editor_json(const AppState& s, const EditorState& e) {
    json decisions = json::array();
    for (const ScenarioDecision& d : e.working.decisions) {
        json questions = json::object();
        for (QuestionKind k : asked_kinds(d))
            if (const ScenarioQuestion* q = question_of(d, k)) {
                json options = json::array();
                for (const ScenarioOption& o : q->options)
                    options.push_back({{"id", o.id}, {"credit", o.credit}, {"next", o.next}});
                questions[question_kind_id(k)] = options;
            }
        decisions.push_back(
            {{"id", d.id},
             {"step", d.step},
             {"next", d.next},
             {"questions", questions},
             {"protocol", answer_json(correct_answer(s.content.model, e.working, d), true)}});
    }
    json findings = json::array();
    for (const DraftFinding& f : e.findings)
        findings.push_back(f.field + ": " + f.message);
    json library = json::array();
    for (const Scenario& d : s.library.drafts)
        library.push_back(d.id);
    json next_kinds = json::array();
    for (QuestionKind k : e.next_kinds)
        next_kinds.push_back(question_kind_id(k));
    return {{"open", e.open && e.history.has_value()},
            {"nextKinds", next_kinds},
            {"id", e.working.id},
            {"decisions", decisions},
            {"endings", e.working.endings.size()},
            {"findings", findings},
            {"checked", !e.findings_stale},
            {"kept", !e.keep_pending},
            {"playable", can_play(e.findings)},
            {"shareable", can_share(e.findings)},
            {"canUndo", e.history && e.history->can_undo()},
            {"library", library},
            {"playableDrafts", s.library.playable}};
}

const char* status_name(ContentStatus status) {
    switch (status) {
    case ContentStatus::loading:
        return "loading";
    case ContentStatus::ready:
        return "ready";
    case ContentStatus::invalid:
        return "invalid";
    case ContentStatus::fetch_failed:
        return "fetch_failed";
    }
    return "";
}

} // namespace

std::string test_state_json(AppState& s, const Views& v, View view,
                            const std::vector<A11yNode>& tree) {
    const MapViewState& map = v.process.map;
    json diagnostics = json::array();
    for (const auto& d : s.content.diagnostics)
        diagnostics.push_back(format_diagnostic(d));
    json out{{"palette", palette_json()},
             {"training", training_json(s, v.training)},
             {"classroom", classroom_json(v.training.classroom)},
             {"editor", editor_json(s, v.editor)},
             {"authoredExercises", s.authored_exercises},
             {"status", status_name(s.status)},
             // The rest of the shipped content: "loading" until it is in, "in", or "failed".
             {"rest", !s.content.rest_pending() ? "in"
                      : s.rest.problem.empty()  ? "loading"
                                                : "failed"},
             {"restProblem", s.rest.problem},
             {"updateReady", s.update_ready},
             {"highContrast", s.high_contrast},
             // The theme drawn: the user's, the system's light or dark, or high contrast.
             {"themeInUse", theme() == Theme::high_contrast ? "high-contrast"
                            : theme() == Theme::dark        ? "dark"
                                                            : "light"},
             // The mirror's key of the control with keyboard focus ("" if none).
             {"focus", a11y_focused_id() ? a11y_widget_key(a11y_focused_id()) : std::string()},
             {"route", current_route(s)},
             {"view", view_name(view)},
             {"caseType", s.case_type},
             {"step", s.route.kind == Route::Kind::step ? s.route.step : std::string()},
             {"lens", s.lens},
             {"lensSteps", lens_steps_json(s, view)},
             {"walkthrough", walkthrough_json(s, v.process)},
             {"search", search_json(s, v, view)},
             {"map", rect_json(map.shown)},
             {"mapScroll", json::array({map.scroll_x, map.scroll_y})},
             // As the toolbar shows it (90 %), not as the float 0.9f widens to a
             // double (0.89999997...).
             {"mapZoom", std::round(static_cast<double>(map.zoom) * 1000.0) / 1000.0},
             {"settings",
              {{"language", s.progress.settings.language},
               {"theme", s.progress.settings.theme},
               {"textScale", s.progress.settings.text_scale},
               {"singleKeyShortcuts", s.progress.settings.single_key_shortcuts}}},
             {"visited", s.progress.visited},
             {"completedWalkthroughs", s.progress.completed_walkthroughs},
             {"notice", s.notice},
             {"contentChanges", changes_json(s)},
             {"dpr", s.dpr},
             {"frames", s.frames},
             {"diagnostics", diagnostics}};
    screen_json(tree, out);
    return out.dump();
}

} // namespace pw::ui
