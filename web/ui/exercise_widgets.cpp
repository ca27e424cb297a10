#include "ui/exercise_widgets.hpp"

#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <utility>

namespace pw::ui {
namespace {

const Step* decision_step(const Model& m, const Scenario& sc, const ScenarioDecision& d) {
    const CaseType* ct = find_case_type(m, sc.case_type);
    return ct ? find_step(*ct, d.step) : nullptr;
}

const Flow* decision_flow(const Model& m, const Scenario& sc, const ScenarioDecision& d) {
    const Step* step = decision_step(m, sc, d);
    return step ? find_by_id(step->flows, d.flow) : nullptr;
}

std::string points_text(double points, double max) {
    return decimal_text(points) + "/" + decimal_text(max);
}

// Each citation once, small, under the feedback.
void citations(AppState& s, const std::vector<Citation>& list) {
    std::vector<Citation> unique;
    for (const Citation& c : list)
        if (std::none_of(unique.begin(), unique.end(), [&](const Citation& u) {
                return u.source == c.source && u.locator == c.locator;
            }))
            unique.push_back(c);
    provenance_block(s, s.content.model, Provenance{unique, false, {}});
}

void step_link(AppState& s, const Scenario& sc, const std::string& step_id) {
    const CaseType* ct = find_case_type(s.content.model, sc.case_type);
    const Step* step = ct ? find_step(*ct, step_id) : nullptr;
    if (!step) return;
    route_link(s, trf(Text::see_step, step->title),
               Route{Route::Kind::step, ct->id, step->id, {}, {}}, "naar-stap");
}

// The action bar's height: its button (the label may wrap, as wide_button does).
float action_bar_height(std::string_view label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float wrap = ImGui::GetContentRegionAvail().x - 2 * style.FramePadding.x;
    const ImVec2 text = ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, wrap,
                                                        label.data(), label.data() + label.size());
    return text.y + 2 * style.FramePadding.y;
}

} // namespace

std::string decimal_text(double value) {
    std::string s = std::to_string(std::round(value * 10) / 10);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (auto dot = s.find('.'); dot != std::string::npos && language() == Language::nl)
        s[dot] = ','; // Dutch decimals
    return s;
}

const char* dimension_text(Dimension d) {
    switch (d) {
    case Dimension::weighing:
        return tr(Text::dim_weighing);
    case Dimension::missing_info:
        return tr(Text::dim_missing);
    case Dimension::route:
        return tr(Text::dim_route);
    case Dimension::step_order:
        return tr(Text::dim_step);
    case Dimension::recipients:
        return tr(Text::dim_recipients);
    case Dimension::data_minimisation:
        return tr(Text::dim_data);
    case Dimension::secure_channel:
        return tr(Text::dim_channel);
    case Dimension::role_fidelity:
        return tr(Text::dim_role);
    }
    return "";
}

void draw_exercise_title(AppState& s, const Scenario& sc, bool trainer) {
    const Model& m = s.content.model;
    const CaseType* ct = find_case_type(m, sc.case_type);
    kind_and_heading(
        s,
        (trainer ? std::string(tr(Text::trainer_mode)) + " · " + (ct ? ct->short_title : "")
                 : trf(Text::exercise_from, ct ? ct->short_title : ""))
            .c_str(),
        sc.title);
}

void draw_exercise_context(AppState& s, const Scenario& sc) {
    const Model& m = s.content.model;
    ImGui::TextUnformatted(tr(Text::you_are));
    ImGui::SameLine();
    route_link(s, role_name(m, sc.perspective),
               Route{Route::Kind::role, {}, {}, sc.perspective, {}});
    prose(s, sc.summary);
    if (!sc.persons.empty()) {
        ImGui::PushFont(s.fonts.small);
        std::string people = std::string(tr(Text::exercise_persons)) + ": ";
        for (std::size_t i = 0; i < sc.persons.size(); ++i) {
            const ExamplePerson& p = sc.persons[i];
            people += (i ? "; " : "") + p.name + ", " + p.description;
            if (!p.identifier.empty()) people += " (" + p.identifier + ")";
        }
        wrapped_muted(people);
        ImGui::PopFont();
    }
}

void draw_situation(AppState& s, const ScenarioDecision& d, int number, bool trainer) {
    const ImGuiID panel = begin_panel(s, "situatie", colours().panel, colours().accent);
    ImGui::PushFont(s.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().accent);
    const std::string title = trf(Text::decision_n, std::to_string(number));
    ImGui::TextUnformatted(title.c_str());
    a11y_text(title, 3);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushFont(trainer ? large_font(s.fonts) : s.fonts.body);
    prose(s, d.situation);
    ImGui::PopFont();
    end_panel(panel);
}

void draw_outcome(AppState& s, const Scenario& sc, const DecisionOutcome& o, bool trainer) {
    const Model& m = s.content.model;
    const ScenarioDecision* d = find_by_id(sc.decisions, o.decision);
    section_label(s, tr(trainer ? Text::group_answer : Text::your_answer));
    if (d) prose_muted(s, describe_answer(m, *d, o.answer));
    // The story first: what the choice led to.
    if (!o.consequences.empty()) {
        ImGui::Spacing();
        const ImGuiID panel =
            begin_panel(s, "gevolgen", colours().warning_bg, colours().warning_text);
        ImGui::PushStyleColor(ImGuiCol_Text, colours().warning_text);
        ImGui::PushFont(s.fonts.bold);
        line(tr(Text::what_happens));
        ImGui::PopFont();
        for (const std::string& c : o.consequences)
            bullet_wrapped(c);
        if (!o.mistakes.empty()) {
            std::string counts;
            for (const std::string& x : o.mistakes)
                counts += (counts.empty() ? "" : ", ") + mistake_name(m, x);
            wrapped(trf(Text::counts_as, counts));
        }
        ImGui::PopStyleColor();
        end_panel(panel);
    }
    std::vector<Citation> sources;
    for (std::size_t i = 0; i < o.feedback.size(); ++i) {
        const Feedback& f = o.feedback[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Spacing();
        ImGui::PushFont(s.fonts.bold);
        ImGui::PushStyleColor(ImGuiCol_Text, f.ok() ? colours().end : colours().error_text);
        ImGui::TextUnformatted(f.ok() ? "✓" : "✗");
        ImGui::PopStyleColor();
        ImGui::SameLine();
        const std::string title = std::string(dimension_text(f.dimension)) + " — " +
                                  points_text(f.points, f.max) + " (" +
                                  tr(f.ok() ? Text::good : Text::costs_points) + ")";
        line(title);
        ImGui::PopFont();
        prose(s, feedback_text(m, f));
        if (f.illustrative)
            badge(s, tr(Text::illustrative), colours().warning_bg, colours().warning_text);
        sources.insert(sources.end(), f.citations.begin(), f.citations.end());
        ImGui::PopID();
    }
    ImGui::Spacing();
    citations(s, sources); // once for the whole answer: most dimensions rest on the same rows
    ImGui::Spacing();
    step_link(s, sc, o.step);
}

bool begin_exercise_content(TrainingState& t, const char* id, std::string_view action) {
    // All but the bar and the spacing above it; all when there is no action.
    const float bar =
        action.empty() ? 0.0f : -(action_bar_height(action) + ImGui::GetStyle().ItemSpacing.y);
    ImGui::BeginChild(id, ImVec2(0, bar), false, ImGuiWindowFlags_NavFlattened);
    const int moment = static_cast<int>(t.run.answers.size()) * 2 + (t.showing_feedback ? 1 : 0);
    if (moment != t.shown_moment) ImGui::SetScrollY(0);
    const int before = std::exchange(t.shown_moment, moment);
    return before >= 0 && before != moment;
}

bool action_bar_button(const AppState& state, std::string_view label, const char* id,
                       bool enabled) {
    // At the very bottom, whatever the spacing: the same place in every mode.
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - action_bar_height(label));
    ImGui::BeginDisabled(!enabled);
    const bool pressed = wide_button(state, label, id, enabled);
    ImGui::EndDisabled();
    return pressed && enabled;
}

void draw_protocol_answer(AppState& s, const Scenario& sc, const ScenarioDecision& d) {
    const Model& m = s.content.model;
    const ImGuiID panel = begin_panel(s, "protocol-antwoord", colours().panel, colours().end);
    ImGui::PushFont(s.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().end);
    wrapped(tr(Text::protocol_answer));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    prose(s, describe_answer(m, d, correct_answer(m, sc, d)));
    // The reasons: each question's feedback on the protocol's own answer.
    const DecisionOutcome right = evaluate_decision(m, sc, d, correct_answer(m, sc, d));
    std::vector<Citation> sources;
    bool illustrative = false;
    for (const Feedback& f : right.feedback) {
        bullet_prose(s, feedback_text(m, f));
        sources.insert(sources.end(), f.citations.begin(), f.citations.end());
        illustrative = illustrative || f.illustrative;
    }
    if (const Flow* f = decision_flow(m, sc, d)) {
        for (const std::string& p : f->purposes)
            bullet_prose(s, std::string(tr(Text::purpose)) + ": " + p);
        if (!f->description.empty()) bullet_prose(s, f->description);
    }
    if (illustrative)
        badge(s, tr(Text::illustrative), colours().warning_bg, colours().warning_text);
    if (sources.empty())
        if (const Step* step = decision_step(m, sc, d)) sources = step->provenance.citations;
    citations(s, sources);
    end_panel(panel);
}

} // namespace pw::ui
