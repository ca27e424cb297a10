#include "ui/assistant_view.hpp"

#include "pw/assistant.hpp"
#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>

namespace pw::ui {
namespace {

Route assistant_route(const Assistant& a, const AssistantAnswers& answers) {
    return Route{Route::Kind::assistant, {}, {}, {}, format_answers(a, answers)};
}

// Every question the answers make relevant, each a named radio group.
void draw_questions(AppState& s, const Assistant& a, const AssistantAnswers& answers) {
    for (const AssistantQuestion* q : visible_questions(a, answers)) {
        section_label(s, q->text.c_str());
        if (!q->help.empty()) wrapped_muted(q->help);
        const auto chosen = answers.find(q->id);
        a11y_begin_group(q->text, true);
        for (const AssistantOption& o : q->options) {
            const bool selected = chosen != answers.end() && chosen->second == o.id;
            const std::string id = "wat-nu:" + q->id + ":" + o.id;
            if (choice_box(s, o.text, id.c_str(), selected, false) && !selected) {
                AssistantAnswers next = answers;
                next[q->id] = o.id;
                navigate_replace(s, assistant_route(a, relevant_answers(a, next)));
            }
        }
        a11y_end_group();
    }
}

void notes(AppState& s, const Model& m, const std::vector<const AssistantNote*>& list) {
    for (const AssistantNote* n : list) {
        if (n->open)
            badge(s, tr(Text::assistant_open_label), colours().warning_bg, colours().warning_text);
        bullet_prose(s, n->text);
        provenance_block(s, m, n->provenance);
    }
}

void steps_checklist(AppState& s, const AssistantAdvice& a) {
    section_label(s, tr(Text::assistant_steps));
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const AdviceStep& st = a.steps[i];
        line(st.ours ? "→" : "•");
        ImGui::SameLine();
        route_link(s, st.step->title,
                   Route{Route::Kind::step, a.case_type->id, st.step->id, {}, {}},
                   "wat-nu-stap:" + st.step->id);
        std::string who = std::string(role_name(s.content.model, st.step->actor));
        if (st.mine)
            who += " (" + std::string(tr(Text::assistant_you)) + ")";
        else if (st.ours)
            who += " (" + std::string(tr(Text::assistant_yours)) + ")";
        if (st.current) who += " ← " + std::string(tr(Text::assistant_here));
        ImGui::Indent();
        wrapped_muted(who);
        ImGui::Unindent();
    }
}

void flows(AppState& s, const AssistantAdvice& a) {
    const Model& m = s.content.model;
    section_label(s, tr(Text::assistant_flows));
    if (a.flows.empty()) wrapped(tr(Text::assistant_no_flows));
    for (const AdviceFlow& f : a.flows) {
        line(f.we_send ? "→" : "•");
        ImGui::SameLine();
        prose(s, advice_flow_sentence(m, f));
        ImGui::Indent();
        wrapped_muted(trf(Text::assistant_at_step, f.step->title));
        provenance_block(s, m, f.flow->provenance);
        ImGui::Unindent();
    }
}

void decisions(AppState& s, const AssistantAdvice& a) {
    const Model& m = s.content.model;
    if (!a.we_do_not_decide.empty() || !a.role_limits.empty()) {
        section_label(s, tr(Text::assistant_not_decide));
        for (const DecisionRight* r : a.we_do_not_decide) {
            const Organisation* o = find_organisation(m, r->organisation);
            bullet_prose(
                s, r->statement + " (" +
                       trf(Text::assistant_decided_by, o ? o->short_name : r->organisation) + ")");
            provenance_block(s, m, r->provenance);
        }
        for (const RoleStatement* l : a.role_limits) {
            bullet_prose(s, l->text);
            provenance_block(s, m, l->provenance);
        }
    }
    if (!a.we_decide.empty()) {
        section_label(s, tr(Text::assistant_decide));
        for (const DecisionRight* r : a.we_decide) {
            bullet_prose(s, r->statement);
            provenance_block(s, m, r->provenance);
        }
    }
}

void draw_advice(AppState& s, const AssistantAdvice& a, AssistantViewState& view) {
    const Model& m = s.content.model;
    const AssistantOutcome& o = *a.outcome;
    ImGui::Spacing();
    if (view.scroll_to_advice) {
        ImGui::SetScrollHereY(0.0f);
        view.scroll_to_advice = false;
    }
    ImGui::Separator();
    section_label(s, tr(Text::assistant_outcome));
    ImGui::PushFont(s.fonts.bold);
    wrapped(o.title);
    ImGui::PopFont();
    const Organisation* org = find_organisation(m, a.organisation);
    wrapped_muted(trf(Text::assistant_for, org ? org->short_name : a.organisation,
                      std::string(role_name(m, a.role))));
    if (button(tagged(tr(Text::assistant_copy), "wat-nu-kopieer").c_str())) {
        s.ask(CopyText{advice_text(m, a)});
        s.tell(tr(Text::assistant_copied), 4.0);
        s.ask(Announce{tr(Text::assistant_copied)});
    }
    focus_ring(s);
    if (a.step && a.case_type) {
        ImGui::SameLine();
        if (button(tagged(tr(Text::assistant_open_guide), "wat-nu-gids").c_str()))
            navigate(s, Route{Route::Kind::step, a.case_type->id, a.step->id, {}, {}});
        focus_ring(s);
    }
    if (a.open) {
        ImGui::Spacing();
        badge(s, tr(Text::assistant_open_label), colours().warning_bg, colours().warning_text);
        wrapped(tr(Text::assistant_open));
    }
    if (a.case_type) {
        section_label(s, tr(Text::assistant_area));
        route_link(s, a.case_type->title,
                   Route{Route::Kind::case_type, a.case_type->id, {}, {}, {}}, "wat-nu-zaaktype");
    }
    section_label(s, tr(Text::assistant_why));
    prose(s, o.why);
    provenance_block(s, m, o.provenance);
    if (a.step && a.case_type) {
        section_label(s, tr(Text::assistant_step));
        route_link(s, a.step->title, Route{Route::Kind::step, a.case_type->id, a.step->id, {}, {}},
                   "wat-nu-waar");
    }
    if (a.case_type) {
        steps_checklist(s, a);
        flows(s, a);
    }
    if (!a.deadlines.empty()) {
        section_label(s, tr(Text::assistant_deadlines));
        notes(s, m, a.deadlines);
    }
    if (!a.notes.empty()) {
        section_label(s, tr(Text::assistant_notes));
        notes(s, m, a.notes);
    }
    decisions(s, a);
    section_label(s, tr(Text::assistant_contacts));
    for (const ContactPoint* cp : a.contacts) {
        bullet_prose(s, contact_sentence(m, *cp));
        if (const Organisation* owner = find_organisation(m, cp->organisation)) {
            ImGui::Indent();
            route_link(s, owner->name, Route{Route::Kind::organisation, {}, {}, owner->id, {}},
                       "wat-nu-contact:" + owner->id);
            ImGui::Unindent();
        }
    }
}

} // namespace

void draw_assistant(AppState& s, AssistantViewState& view) {
    const Model& m = s.content.model;
    const Assistant& a = m.assistant;
    // A centred column, so lines stay readable on wide screens.
    const float outer = ImGui::GetContentRegionAvail().x;
    const float column = std::min(outer, 900.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (outer - column) * 0.5f);
    ImGui::BeginChild("wat-nu", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::assistant_title));
    prose(s, tr(Text::assistant_intro));
    const AssistantAnswers answers = relevant_answers(a, parse_answers(s.route.query));
    const AssistantResult result = answer(m, answers);
    if (result.has_advice) {
        // The advice is below the questions: say it is there, and go there
        // once when it first appears (also when a shared link opens).
        const std::string query = format_answers(a, answers);
        if (view.advice_shown != query) {
            view.advice_shown = query;
            view.scroll_to_advice = true;
        }
        if (link_button(s, trf(Text::assistant_to_advice, result.advice.outcome->title),
                        "wat-nu-naar-uitkomst"))
            view.scroll_to_advice = true;
    } else {
        view.advice_shown.clear();
    }
    if (!answers.empty()) {
        if (link_button(s, tr(Text::assistant_restart), "wat-nu-opnieuw"))
            navigate_replace(s, assistant_route(a, {}));
    }
    draw_questions(s, a, answers);
    ImGui::Spacing();
    if (!result.complete())
        wrapped_muted(trf(Text::assistant_remaining, std::to_string(result.unanswered.size())));
    else if (!result.has_advice)
        wrapped(tr(Text::assistant_none));
    else
        draw_advice(s, result.advice, view);
    ImGui::EndChild();
}

} // namespace pw::ui
