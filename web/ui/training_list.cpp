#include "pw/lookup.hpp"
#include "ui/classroom_view.hpp"
#include "ui/exercise_widgets.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cmath>

namespace pw::ui {
namespace {

std::string status_text(const AppState& s, const Scenario& sc) {
    const auto run = s.progress.scenario_runs.find(sc.id);
    const auto result = s.progress.scenario_results.find(sc.id);
    std::string out;
    if (result != s.progress.scenario_results.end())
        out = trf(Text::status_done, score_text(result->second.points, result->second.max), "");
    if (run != s.progress.scenario_runs.end() && !run->second.empty()) {
        const ScenarioRun replayed = replay_run(s.content.model, sc, run->second);
        if (!replayed.finished)
            out += (out.empty() ? "" : " · ") +
                   trf(Text::status_progress, std::to_string(replayed.answers.size()));
    }
    return out.empty() ? tr(Text::status_new) : out;
}

void scenario_entry(AppState& s, TrainingState& t, const Scenario& sc) {
    const Model& m = s.content.model;
    ImGui::PushID(sc.id.c_str());
    const ImGuiID panel = begin_panel(s, "oefening", colours().panel, colours().border);
    ImGui::PushFont(s.fonts.bold);
    wrapped(sc.title);
    ImGui::PopFont();
    wrapped_muted(std::string(tr(Text::you_are)) + ": " +
                  std::string(role_name(m, sc.perspective)));
    prose(s, sc.summary);
    ImGui::PushFont(s.fonts.small);
    wrapped_muted(status_text(s, sc));
    ImGui::PopFont();
    const bool started = s.progress.scenario_runs.count(sc.id) > 0;
    if (ImGui::Button(
            tagged(tr(started ? Text::resume : Text::start), "oefening:" + sc.id).c_str()))
        navigate(s, Route{Route::Kind::scenario, {}, {}, sc.id, {}});
    ImGui::SameLine();
    if (ImGui::Button(tagged(tr(Text::trainer_mode), "trainer:" + sc.id).c_str()))
        navigate(s, Route{Route::Kind::trainer, {}, {}, sc.id, {}});
    if (started) {
        ImGui::SameLine();
        if (ImGui::Button(tagged(tr(Text::start_over), "opnieuw:" + sc.id).c_str()))
            forget_exercise(s, t, sc.id);
    }
    end_panel(panel);
    ImGui::PopID();
}

} // namespace

std::string score_text(double points, double max) {
    // "1 van 1 punt", "1,5 van 6 punten": the noun agrees with the maximum.
    const bool one = std::abs(max - 1.0) < 1e-9;
    return trf(one ? Text::score_one : Text::score, decimal_text(points), decimal_text(max));
}

void draw_training_list(AppState& s, TrainingState& t) {
    const Model& m = s.content.model;
    const float outer = ImGui::GetContentRegionAvail().x;
    const float column = std::min(outer, 1000.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (outer - column) * 0.5f);
    ImGui::BeginChild("oefenen", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::training_title));
    prose(s, tr(Text::training_intro));
    if (m.scenarios.empty() && s.broken_scenarios.empty()) wrapped(tr(Text::no_scenarios));
    ImGui::Spacing();
    draw_join_panel(s, t.classroom);

    if (!s.broken_scenarios.empty()) {
        section_label(s, tr(Text::broken_title));
        const ImGuiID panel = begin_panel(s, "kapot", colours().error_bg, colours().error_text);
        ImGui::PushStyleColor(ImGuiCol_Text, colours().error_text);
        wrapped(tr(Text::broken_intro));
        for (const BrokenScenarioFile& b : s.broken_scenarios) {
            ImGui::Spacing();
            ImGui::PushFont(s.fonts.bold);
            wrapped(b.file);
            ImGui::PopFont();
            for (const Diagnostic& d : b.diagnostics)
                bullet_wrapped(format_diagnostic(d));
        }
        ImGui::PopStyleColor();
        end_panel(panel);
    }

    for (const CaseType& ct : m.case_types) {
        bool any = false;
        for (const Scenario& sc : m.scenarios) {
            if (sc.case_type != ct.id) continue;
            if (!any) section_label(s, ct.short_title.c_str());
            any = true;
            scenario_entry(s, t, sc);
        }
    }
    ImGui::EndChild();
}

} // namespace pw::ui
