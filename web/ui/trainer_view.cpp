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
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>

namespace pw::ui {
namespace {

void timer_panel(AppState& s, TrainingState& t) {
    const int total = static_cast<int>(decision_seconds(t, s.time));
    char clock[16];
    std::snprintf(clock, sizeof clock, "%02d:%02d", total / 60, total % 60);
    ImGui::PushFont(s.fonts.heading);
    ImGui::TextUnformatted(tr(Text::timer));
    ImGui::SameLine();
    ImGui::TextUnformatted(clock);
    ImGui::PopFont();
    const Text pause = t.session.timer_running ? Text::timer_pause : Text::timer_resume;
    if (button(tagged(tr(pause), "timer-pauze").c_str())) toggle_timer(t, s.time);
    ImGui::SameLine();
    if (button(tagged(tr(Text::timer_reset), "timer-opnieuw").c_str())) reset_timer(t, s.time);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Text::group));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##groep", t.session.group, sizeof t.session.group);
    a11y_item(A11yRole::textbox, tr(Text::group));
    a11y_value(t.session.group);
}

void decision_controls(AppState& s, TrainingState& t, const Scenario& sc,
                       const ScenarioDecision& d) {
    TrainerSession& session = t.session;
    draw_situation(s, d, static_cast<int>(t.run.answers.size()) + 1, true);
    wrapped_muted(tr(Text::trainer_hint));
    const Text options = session.show_options ? Text::hide_options : Text::show_options;
    if (button(tagged(tr(options), "toon-opties").c_str()))
        session.show_options = !session.show_options;
    ImGui::SameLine();
    ImGui::BeginDisabled(session.revealed);
    if (button(tagged(tr(Text::reveal), "toon-antwoord").c_str())) reveal_answer(t);
    ImGui::EndDisabled();
    if (!session.show_options) {
        wrapped_muted(tr(Text::options_hidden));
        return;
    }
    draw_questions(s, sc, d, t.draft, session.revealed);
}

// Beside it (or below it): the timer and the group, the protocol's answer, the class.
void side_column(AppState& s, TrainingState& t, const Scenario& sc) {
    timer_panel(s, t);
    ImGui::Spacing();
    const ScenarioDecision* d = current_decision(sc, t.run);
    if (t.showing_feedback) {
        const ScenarioDecision* answered =
            t.run.outcomes.empty() ? nullptr
                                   : find_by_id(sc.decisions, t.run.outcomes.back().decision);
        if (answered) draw_protocol_answer(s, sc, *answered);
    } else if (d && t.session.revealed) {
        draw_protocol_answer(s, sc, *d);
    }
    // The class sees the decision on screen; while feedback shows, the one just answered.
    const std::string on_screen = t.showing_feedback && !t.run.outcomes.empty()
                                      ? t.run.outcomes.back().decision
                                  : d ? d->id
                                      : std::string();
    classroom_tick(s, t.classroom, t.scenario, on_screen);
    draw_trainer_classroom(s, t.classroom, sc, on_screen, t.showing_feedback || t.session.revealed);
    ImGui::Spacing();
    draw_exercise_context(s, sc);
}

// The exercise on the projector: the decision, the feedback, or the debrief;
// under it, always in view, the one action (as for a trainee). In one column
// (a narrow window) the side panel's content follows the decision.
void main_column(AppState& s, TrainingState& t, const Scenario& sc, ExercisePhase phase,
                 bool one_column) {
    const ScenarioDecision* d = current_decision(sc, t.run);
    const bool recording = phase == ExercisePhase::question && d && t.session.show_options;
    const char* action = phase == ExercisePhase::feedback
                             ? tr(t.run.finished ? Text::to_debrief : Text::go_on)
                         : recording ? tr(Text::record_choice)
                                     : "";
    begin_exercise_content(t, "trainer-inhoud", action);
    draw_exercise_title(s, sc, true);
    if (phase == ExercisePhase::debrief) draw_exercise_context(s, sc);
    ImGui::Spacing();
    if (phase == ExercisePhase::debrief)
        draw_debrief(s, t, sc);
    else if (phase == ExercisePhase::feedback)
        draw_outcome(s, sc, t.run.outcomes.back(), true);
    else if (d)
        decision_controls(s, t, sc, *d);
    if (one_column && phase != ExercisePhase::debrief) {
        ImGui::Spacing();
        side_column(s, t, sc);
    }
    ImGui::Spacing();
    ImGui::Separator();
    route_link(s, tr(Text::leave_trainer), Route{Route::Kind::training, {}, {}, {}, {}});
    ImGui::EndChild();
    if (phase == ExercisePhase::feedback) {
        if (action_bar_button(s, action, "verder", true)) continue_exercise(s, t);
    } else if (recording) {
        if (action_bar_button(s, action, "keuze-vastleggen", draft_complete(*d, t.draft)))
            submit_draft(s, t);
    }
}

} // namespace

void draw_trainer(AppState& s, TrainingState& t) {
    open_exercise(s, t, s.route.id, true);
    const Scenario* sc = open_scenario(s, t);
    if (!sc) return;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float side_w = std::max(avail * 0.36f, 300.0f * s.scale());
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const ExercisePhase phase = exercise_phase(t);
    const bool debrief = phase == ExercisePhase::debrief;
    // The decision needs the room's attention: it keeps most of the width, or
    // the side panel moves below it.
    const bool one_column = avail - side_w - gap < 1.4f * side_w;

    ImGui::BeginChild("trainer-hoofd", ImVec2(debrief || one_column ? 0 : avail - side_w - gap, 0),
                      false, ImGuiWindowFlags_NavFlattened);
    main_column(s, t, *sc, phase, one_column);
    ImGui::EndChild();
    if (debrief || one_column) return;
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("trainer-zijkant", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    side_column(s, t, *sc);
    ImGui::EndChild();
}

} // namespace pw::ui
