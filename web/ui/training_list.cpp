// The list of exercises: filtered by case type and by the role played, one
// dense row each (title, role, an estimated duration, the trainee's status)
// with its buttons beside it, so a 1080p screen shows a dozen at once.
#include "pw/exercise_stats.hpp"
#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/classroom_view.hpp"
#include "ui/exercise_widgets.hpp"
#include "ui/navigation.hpp"
#include "ui/rest_arrival.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_own.hpp"
#include "ui/training_views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace pw::ui {
namespace {

std::string status_text(const AppState& s, const Scenario& sc) {
    const auto run = s.progress.scenario_runs.find(sc.id);
    const auto result = s.progress.scenario_results.find(sc.id);
    std::string out;
    if (result != s.progress.scenario_results.end())
        out = trf(Text::status_done, score_text(result->second.points, result->second.max));
    if (run != s.progress.scenario_runs.end() && !run->second.empty()) {
        const ScenarioRun replayed = replay_run(s.content.model, sc, run->second);
        if (!replayed.finished)
            out += (out.empty() ? "" : " · ") +
                   trf(Text::status_progress, std::to_string(replayed.answers.size()));
    }
    return out.empty() ? tr(Text::status_new) : out;
}

std::string estimate_text(const Scenario& sc) {
    const DurationEstimate e = estimate_duration(sc);
    return trf(e.decisions == 1 ? Text::estimate_one : Text::estimate, std::to_string(e.minutes),
               std::to_string(e.decisions));
}

bool passes(const ExerciseFilter& f, const Scenario& sc) {
    return (f.case_type.empty() || f.case_type == sc.case_type) &&
           (f.role.empty() || f.role == sc.perspective);
}

// A picker of one value or all (empty): `options` as (id, name).
void filter_combo(const char* tag, const char* label, std::string& value,
                  const std::vector<std::pair<std::string, std::string>>& options, float width) {
    std::string current = tr(Text::filter_all);
    for (const auto& [id, name] : options)
        if (id == value) current = name;
    ImGui::AlignTextToFramePadding();
    line(label);
    ImGui::SameLine();
    // No wider than what is left of the line (320 px, 200 % zoom): never cut off.
    ImGui::SetNextItemWidth(std::min(width, ImGui::GetContentRegionAvail().x));
    const std::string probe = std::string(tag) + ":";
    const bool open = ImGui::BeginCombo((std::string("##") + tag).c_str(), current.c_str(),
                                        ImGuiComboFlags_HeightLarge);
    if (open) {
        if (ImGui::Selectable(tagged(tr(Text::filter_all), probe).c_str(), value.empty()))
            value.clear();
        for (const auto& [id, name] : options)
            if (ImGui::Selectable(tagged(name, probe + id).c_str(), value == id)) value = id;
        ImGui::EndCombo();
    }
    a11y_item(A11yRole::combobox, std::string(label) + ": " + current, false, tag);
    a11y_state(open);
}

void filters(AppState& s, ExerciseFilter& f, int shown) {
    const Model& m = s.content.model;
    std::vector<std::pair<std::string, std::string>> case_types, roles;
    for (const CaseType& ct : m.case_types)
        if (std::any_of(m.scenarios.begin(), m.scenarios.end(),
                        [&](const Scenario& sc) { return sc.case_type == ct.id; }))
            case_types.emplace_back(ct.id, ct.short_title);
    // The roles played, grouped by organisation as the guide lists them.
    for (const Organisation& o : m.organisations)
        for (const Role& r : m.roles)
            if (r.organisation == o.id &&
                std::any_of(m.scenarios.begin(), m.scenarios.end(),
                            [&](const Scenario& sc) { return sc.perspective == r.id; }))
                roles.emplace_back(r.id, r.name);
    const float width = 280.0f * s.scale(), gap = 24.0f * s.scale();
    // The next part beside the last when it fits, else on a line of its own.
    const auto beside_if_room = [gap](float next) { same_line_if_room(next, gap); };
    filter_combo("filter-zaaktype", tr(Text::filter_case_type), f.case_type, case_types, width);
    beside_if_room(ImGui::CalcTextSize(tr(Text::filter_role)).x + width +
                   ImGui::GetStyle().ItemSpacing.x);
    filter_combo("filter-rol", tr(Text::filter_role), f.role, roles, width);
    const std::string count = trf(Text::exercises_shown, std::to_string(shown),
                                  std::to_string(m.scenarios.size() - s.authored_exercises.size()));
    beside_if_room(ImGui::CalcTextSize(count.c_str()).x);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().text_muted);
    line(count);
    ImGui::PopStyleColor();
    if (shown == 0) {
        wrapped(tr(Text::no_match));
        if (link_button(s, tr(Text::show_all), "filter-wissen")) f = {};
    }
}

float buttons_width(bool started) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float w = 0;
    for (Text t : {Text::resume, Text::trainer_mode, Text::own_copy_edit, Text::start_over}) {
        if (t == Text::start_over && !started) continue;
        w += ImGui::CalcTextSize(tr(t)).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    }
    return w;
}

// One row: what the exercise is on the left, its buttons on the right.
void scenario_row(AppState& s, TrainingState& t, const Scenario& sc) {
    const Model& m = s.content.model;
    ImGui::PushID(sc.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(s.fonts.bold);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(sc.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    // The summary is read on hover and by the screen reader; the exercise shows it in full.
    a11y_text(sc.title + ". " + sc.summary);
    if (hover_tip(s)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30.0f);
        ImGui::TextUnformatted(sc.summary.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::PushFont(s.fonts.small);
    wrapped_muted(std::string(tr(Text::you_are)) + ": " +
                  std::string(role_name(m, sc.perspective)) + " · " + estimate_text(sc) + " · " +
                  status_text(s, sc));
    if (hover_tip(s))
        ImGui::SetTooltip("%s",
                          trf(Text::estimate_hint, std::to_string(kMinutesPerDecision)).c_str());
    ImGui::PopFont();

    ImGui::TableNextColumn();
    const bool started = s.progress.scenario_runs.count(sc.id) > 0;
    // Fourteen rows of the same buttons: each is named with its exercise.
    const auto named = [&sc](Text text) { return std::string(tr(text)) + ": " + sc.title; };
    const Text start = started ? Text::resume : Text::start;
    if (button(tagged(tr(start), "oefening:" + sc.id).c_str()))
        navigate(s, Route{Route::Kind::scenario, {}, {}, sc.id, {}});
    a11y_item(A11yRole::button, named(start));
    ImGui::SameLine();
    if (button(tagged(tr(Text::trainer_mode), "trainer:" + sc.id).c_str()))
        navigate(s, Route{Route::Kind::trainer, {}, {}, sc.id, {}});
    a11y_item(A11yRole::button, named(Text::trainer_mode));
    ImGui::SameLine();
    if (button(tagged(tr(Text::own_copy_edit), "kopie:" + sc.id).c_str()))
        navigate(s, Route{Route::Kind::editor, {}, {}, sc.id, {}});
    a11y_item(A11yRole::button, named(Text::own_copy_edit));
    if (started) {
        ImGui::SameLine();
        if (button(tagged(tr(Text::start_over), "opnieuw:" + sc.id).c_str()))
            forget_exercise(s, t, sc.id);
        a11y_item(A11yRole::button, named(Text::start_over));
    }
    ImGui::PopID();
}

void broken_files(AppState& s) {
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

} // namespace

std::string score_text(double points, double max) {
    // "1 van 1 punt", "1,5 van 6 punten": the noun agrees with the maximum.
    const bool one = std::abs(max - 1.0) < 1e-9;
    return trf(one ? Text::score_one : Text::score, decimal_text(points), decimal_text(max));
}

void draw_training_list(AppState& s, TrainingState& t) {
    const Model& m = s.content.model;
    const float outer = ImGui::GetContentRegionAvail().x;
    const float column = std::min(outer, 1100.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (outer - column) * 0.5f);
    ImGui::BeginChild("oefenen", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::training_title));
    prose(s, tr(Text::training_intro));
    // Drawn with the whole content only (rest_arrival.hpp).
    if (m.scenarios.empty() && s.broken_scenarios.empty()) wrapped(tr(Text::no_scenarios));
    ImGui::Spacing();
    draw_join_panel(s, t.classroom);
    draw_own_exercises(s, t);
    if (!s.broken_scenarios.empty()) broken_files(s);

    // The trainer's own exercises are listed above, not among the content's.
    const int shown = static_cast<int>(
        std::count_if(m.scenarios.begin(), m.scenarios.end(), [&](const Scenario& sc) {
            return passes(t.filter, sc) && !s.is_authored(sc.id);
        }));
    ImGui::Spacing();
    if (!m.scenarios.empty()) filters(s, t.filter, shown);

    bool any_started = false;
    for (const Scenario& sc : m.scenarios)
        any_started = any_started || s.progress.scenario_runs.count(sc.id) > 0;
    const float buttons = buttons_width(any_started);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SizingStretchProp;
    for (const CaseType& ct : m.case_types) {
        bool any = false;
        for (const Scenario& sc : m.scenarios) {
            if (sc.case_type != ct.id || !passes(t.filter, sc) || s.is_authored(sc.id)) continue;
            if (!any) {
                section_label(s, ct.short_title.c_str());
                ImGui::PushStyleVar(ImGuiStyleVar_CellPadding,
                                    ImVec2(8.0f * s.scale(), 6.0f * s.scale()));
                ImGui::BeginTable(("oefeningen-" + ct.id).c_str(), 2, flags);
                ImGui::TableSetupColumn("oefening", ImGuiTableColumnFlags_WidthStretch);
                ImGui::TableSetupColumn("knoppen", ImGuiTableColumnFlags_WidthFixed, buttons);
            }
            any = true;
            scenario_row(s, t, sc);
        }
        if (any) {
            ImGui::EndTable();
            ImGui::PopStyleVar();
        }
    }
    ImGui::EndChild();
}

} // namespace pw::ui
