// The debrief: how the exercise ended, the score per dimension, the trainee's
// path next to the protocol's on the process map, and every moment that cost
// points with its explanation. In trainer mode also the session's timings.
#include "pw/lookup.hpp"
#include "ui/exercise_widgets.hpp"
#include "ui/navigation.hpp"
#include "ui/path_map.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace pw::ui {
namespace {

// How it ended, and why: when what the trainee did made the path's own
// ending fall through to another, both are named with the mistakes made.
void ending_panel(AppState& s, const TrainingState& t, const Scenario& sc, const Debrief& d) {
    const auto trail = ending_trail(sc, t.run);
    if (trail.empty()) return;
    const ScenarioEnding& end = *trail.back();
    const ImGuiID panel =
        begin_panel(s, "afloop", end.good ? colours().panel : colours().warning_bg,
                    end.good ? colours().end : colours().warning_text);
    ImGui::PushStyleColor(ImGuiCol_Text, end.good ? colours().text : colours().warning_text);
    std::string mistakes;
    for (const std::string& x : d.mistakes)
        mistakes += (mistakes.empty() ? "" : ", ") + mistake_name(s.content.model, x);
    if (trail.size() > 1)
        wrapped(trf(Text::ending_fell, trail.front()->title,
                    mistakes.empty() ? score_text(d.points, d.max) : mistakes));
    ImGui::PushFont(s.fonts.bold);
    wrapped(std::string(tr(Text::ending)) + ": " + end.title);
    ImGui::PopFont();
    wrapped(end.text);
    if (!mistakes.empty()) wrapped(trf(Text::mistakes_made, mistakes));
    ImGui::PopStyleColor();
    end_panel(panel);
}

void session_summary(AppState& s, const TrainingState& t, const Scenario& sc) {
    const Model& m = s.content.model;
    section_label(s, tr(Text::session_summary));
    const CaseType* ct = find_case_type(m, sc.case_type);
    for (std::size_t i = 0; i < t.run.outcomes.size(); ++i) {
        const DecisionOutcome& o = t.run.outcomes[i];
        const Step* step = ct ? find_step(*ct, o.step) : nullptr;
        std::string line = trf(Text::decision_n, std::to_string(i + 1)) + " · " +
                           (step ? step->title : o.step) + " · " + score_text(o.points(), o.max());
        if (i < t.session.notes.seconds.size())
            line += " · " +
                    trf(Text::seconds,
                        std::to_string(static_cast<int>(std::lround(t.session.notes.seconds[i]))));
        if (i < t.session.notes.revealed_first.size() && t.session.notes.revealed_first[i])
            line += " · " + std::string(tr(Text::revealed_first));
        bullet_wrapped(line);
    }
}

} // namespace

void draw_debrief(AppState& s, TrainingState& t, const Scenario& sc) {
    const Model& m = s.content.model;
    const Debrief d = make_debrief(m, sc, t.run);
    heading(s, tr(Text::debrief));
    ending_panel(s, t, sc, d);

    ImGui::Spacing();
    ImGui::PushFont(s.fonts.heading);
    const std::string total = score_text(d.points, d.max);
    line(total);
    ImGui::PopFont();

    section_label(s, tr(Text::per_dimension));
    const float label_w = 260.0f * s.scale();
    const float bar_w = std::max(120.0f * s.scale(),
                                 ImGui::GetContentRegionAvail().x - label_w - 180.0f * s.scale());
    for (const DimensionScore& ds : d.dimensions) {
        // Label and value on the bar's text line, not at the top of its frame.
        ImGui::AlignTextToFramePadding();
        line(dimension_text(ds.dimension));
        ImGui::SameLine(label_w);
        // The value beside the bar, not on it: legible on any fill.
        meter(s, ds.max > 0 ? static_cast<float>(ds.points / ds.max) : 0.0f, bar_w,
              ds.points >= ds.max ? colours().end : colours().decision);
        ImGui::SameLine();
        line(score_text(ds.points, ds.max));
    }

    section_label(s, tr(Text::paths));
    if (const CaseType* ct = find_case_type(m, sc.case_type)) {
        PathMarks marks{d.trainee_steps, {}, d.protocol_steps};
        for (const DecisionOutcome& o : t.run.outcomes)
            marks.trainee_costly.push_back(o.points() < o.max());
        draw_path_map(s, t.path_layout, *ct, marks);
    }

    section_label(s, tr(Text::costly));
    if (d.costly.empty()) wrapped(tr(Text::none_costly));
    const CaseType* ct = find_case_type(m, sc.case_type);
    for (std::size_t i = 0; i < d.costly.size(); ++i) {
        const Debrief::Moment& moment = d.costly[i];
        ImGui::PushID(static_cast<int>(i));
        const Step* step = ct ? find_step(*ct, moment.step) : nullptr;
        ImGui::Spacing();
        ImGui::PushFont(s.fonts.bold);
        ImGui::PushStyleColor(ImGuiCol_Text, colours().error_text);
        ImGui::TextUnformatted("✗");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        wrapped(std::string(dimension_text(moment.feedback.dimension)) + " · " +
                (step ? step->title : moment.step));
        ImGui::PopFont();
        prose(s, feedback_text(m, moment.feedback));
        if (moment.feedback.illustrative)
            badge(s, tr(Text::illustrative), colours().warning_bg, colours().warning_text);
        if (step && ct)
            route_link(s, trf(Text::see_step, step->title),
                       Route{Route::Kind::step, ct->id, step->id, {}, {}});
        ImGui::PopID();
    }

    if (t.trainer) session_summary(s, t, sc);

    ImGui::Spacing();
    if (button(tagged(tr(Text::download_csv), "download-csv").c_str()))
        request_results_download(s, t, false);
    ImGui::SameLine();
    if (button(tagged(tr(Text::download_json), "download-json").c_str()))
        request_results_download(s, t, true);
    ImGui::SameLine();
    if (button(tagged(tr(Text::start_over), "opnieuw-einde").c_str())) restart_exercise(s, t);
}

} // namespace pw::ui
