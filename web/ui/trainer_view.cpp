// Trainer mode: one exercise for a group on a projector. Large text, the
// options hidden until the trainer shows them, a timer per decision, the
// protocol's answer with the reason on request, the group's choice entered
// by hand, and a session summary to download at the end.
#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/classroom_actions.hpp"
#include "ui/classroom_view.hpp"
#include "ui/exercise_widgets.hpp"
#include "ui/navigation.hpp"
#include "ui/theme.hpp"
#include "ui/training_actions.hpp"
#include "ui/strings.hpp"
#include "ui/training_views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace pw::ui {
namespace {

void timer_panel(AppState& s) {
    const int total = static_cast<int>(decision_seconds(s));
    char clock[16];
    std::snprintf(clock, sizeof clock, "%02d:%02d", total / 60, total % 60);
    ImGui::PushFont(s.fonts.heading);
    ImGui::TextUnformatted(tr(Text::timer));
    ImGui::SameLine();
    ImGui::TextUnformatted(clock);
    ImGui::PopFont();
    probe_item(s, "timer");
    if (ImGui::Button(
            tr(s.training.session.timer_running ? Text::timer_pause : Text::timer_resume)))
        toggle_timer(s);
    probe_item(s, "timer-pauze");
    ImGui::SameLine();
    if (ImGui::Button(tr(Text::timer_reset))) reset_timer(s);
    probe_item(s, "timer-opnieuw");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Text::group));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##groep", s.training.session.group, sizeof s.training.session.group);
    probe_item(s, "groep");
    a11y_item(A11yRole::textbox, tr(Text::group));
}

void decision_controls(AppState& s, const ScenarioDecision& d) {
    TrainerSession& session = s.training.session;
    draw_situation(s, d, static_cast<int>(s.training.run.answers.size()) + 1);
    wrapped_muted(tr(Text::trainer_hint));
    if (ImGui::Button(tr(session.show_options ? Text::hide_options : Text::show_options)))
        session.show_options = !session.show_options;
    probe_item(s, "toon-opties");
    ImGui::SameLine();
    ImGui::BeginDisabled(session.revealed);
    if (ImGui::Button(tr(Text::reveal))) reveal_answer(s);
    ImGui::EndDisabled();
    probe_item(s, "toon-antwoord");
    if (!session.show_options) {
        wrapped_muted(tr(Text::options_hidden));
        return;
    }
    draw_questions(s, d, s.training.draft);
    ImGui::Spacing();
    const bool complete = draft_complete(d, s.training.draft);
    ImGui::BeginDisabled(!complete);
    if (wide_button(s, tr(Text::record_choice), "keuze-vastleggen", complete)) submit_draft(s);
    ImGui::EndDisabled();
    probe_item(s, "keuze-vastleggen");
}

} // namespace

void draw_trainer(AppState& s) {
    open_exercise(s, s.route.id, true);
    const Scenario* sc = open_scenario(s);
    if (!sc) return;
    TrainingState& t = s.training;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float side_w = std::max(avail * 0.36f, 300.0f * s.scale());
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const bool debrief = t.run.finished && !t.showing_feedback;

    ImGui::BeginChild("trainer-hoofd", ImVec2(debrief ? 0 : avail - side_w - gap, 0), false,
                      ImGuiWindowFlags_NavFlattened);
    draw_exercise_title(s, *sc, true);
    if (debrief) draw_exercise_context(s, *sc);
    ImGui::Spacing();
    if (debrief) {
        s.probe.view = "trainer_debrief";
        draw_debrief(s, *sc);
    } else if (t.showing_feedback && !t.run.outcomes.empty()) {
        s.probe.view = "trainer_feedback";
        draw_outcome(s, *sc, t.run.outcomes.back());
    } else if (const ScenarioDecision* d = current_decision(*sc, t.run)) {
        s.probe.view = "trainer";
        decision_controls(s, *d);
    }
    ImGui::Spacing();
    ImGui::Separator();
    route_link(s, tr(Text::leave_trainer), Route{Route::Kind::training, {}, {}, {}, {}});
    ImGui::EndChild();
    if (debrief) return;

    ImGui::SameLine(0, gap);
    ImGui::BeginChild("trainer-zijkant", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    timer_panel(s);
    ImGui::Spacing();
    const ScenarioDecision* d = current_decision(*sc, t.run);
    if (t.showing_feedback) {
        if (wide_button(s, tr(t.run.finished ? Text::to_debrief : Text::go_on), "verder", true))
            continue_exercise(s);
        probe_item(s, "verder");
        const ScenarioDecision* answered =
            t.run.outcomes.empty() ? nullptr
                                   : find_by_id(sc->decisions, t.run.outcomes.back().decision);
        if (answered) draw_protocol_answer(s, *sc, *answered);
    } else if (d && t.session.revealed) {
        draw_protocol_answer(s, *sc, *d);
    }
    // The class sees the decision on screen; while feedback shows, the one just answered.
    const std::string on_screen = t.showing_feedback && !t.run.outcomes.empty()
                                      ? t.run.outcomes.back().decision
                                  : d ? d->id
                                      : std::string();
    classroom_tick(s, on_screen);
    draw_trainer_classroom(s, *sc, on_screen, t.showing_feedback || t.session.revealed);
    ImGui::Spacing();
    draw_exercise_context(s, *sc);
    ImGui::EndChild();
}

} // namespace pw::ui
