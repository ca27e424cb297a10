// An exercise played by one trainee: a decision, then feedback on the
// answer, then the next decision, and the debrief at the end. Every answer
// is stored, so a reload resumes where the trainee was.
#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/classroom_view.hpp"
#include "ui/exercise_widgets.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace pw::ui {

void draw_exercise(AppState& s, TrainingState& t) {
    open_exercise(s, t, s.route.id, false); // after a reload the route comes before the content
    const Scenario* sc = open_scenario(s, t);
    if (!sc) return;
    const float outer = ImGui::GetContentRegionAvail().x;
    const float column = std::min(outer, 1000.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (outer - column) * 0.5f);
    ImGui::BeginChild("oefening", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
    const ExercisePhase phase = exercise_phase(t);
    const ScenarioDecision* d = current_decision(*sc, t.run);
    const bool answering = phase == ExercisePhase::question && d;
    const char* action = phase == ExercisePhase::feedback
                             ? tr(t.run.finished ? Text::to_debrief : Text::go_on)
                         : answering ? tr(Text::submit)
                                     : "";
    const bool moved_on = begin_exercise_content(t, "oefening-inhoud", action);
    draw_exercise_title(s, *sc, false);
    draw_exercise_context(s, *sc);
    draw_classroom_badge(s, t.classroom, *sc);
    ImGui::Spacing();
    // The focus goes to what is new: the feedback's heading after answering,
    // the next decision after "Verder", the debrief at the end.
    if (moved_on) a11y_focus_next_heading();

    if (phase == ExercisePhase::debrief) {
        draw_debrief(s, t, *sc);
    } else if (phase == ExercisePhase::feedback) {
        draw_outcome(s, *sc, t.run.outcomes.back(), false);
    } else if (answering) {
        draw_situation(s, *d, static_cast<int>(t.run.answers.size()) + 1, false);
        draw_questions(s, *sc, *d, t.draft);
        if (!draft_complete(*d, t.draft)) {
            ImGui::Spacing();
            wrapped_muted(tr(Text::submit_hint));
        }
    }

    ImGui::Spacing();
    ImGui::Separator();
    route_link(s, tr(Text::back_to_list), Route{Route::Kind::training, {}, {}, {}, {}});
    if (!t.run.answers.empty()) {
        ImGui::SameLine(0, 24 * s.scale());
        if (link_button(s, tr(Text::start_over), "opnieuw")) restart_exercise(s, t);
    }
    ImGui::EndChild();

    // The action, always in view under the content (as in trainer mode).
    if (phase == ExercisePhase::feedback) {
        if (action_bar_button(s, action, "verder", true)) continue_exercise(s, t);
    } else if (answering) {
        if (action_bar_button(s, action, "antwoord-geven", draft_complete(*d, t.draft)))
            submit_draft(s, t);
    }
    ImGui::EndChild();
}

} // namespace pw::ui
