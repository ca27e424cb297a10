#include "ui/editor_decision.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "ui/a11y.hpp"
#include "ui/editor_actions.hpp"
#include "ui/editor_fields.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>

namespace pw::ui {
namespace {

// The key a question has in the exercise file, as the check names fields.
std::string kind_key(QuestionKind kind) {
    return kind == QuestionKind::channel ? "channels" : question_kind_id(kind);
}

std::vector<std::pair<std::string, std::string>> catalog(const Model& m, QuestionKind kind) {
    std::vector<std::pair<std::string, std::string>> out;
    if (kind == QuestionKind::recipients)
        for (const Role& r : m.roles)
            out.emplace_back(r.id, r.name);
    if (kind == QuestionKind::data)
        for (const DataItem& x : m.data_items)
            out.emplace_back(x.id, x.name);
    if (kind == QuestionKind::channel)
        for (const Channel& x : m.channels)
            out.emplace_back(x.id, x.name);
    if (kind == QuestionKind::escalation)
        for (const Venue& x : m.venues)
            out.emplace_back(x.id, x.name);
    return out;
}

// What the protocol says of a choice: its credit, in words and a sign.
std::string verdict(const ScenarioOption& o) {
    if (o.credit >= 1) return std::string("✓ ") + tr(Text::editor_right);
    if (o.credit > 0) return std::string("½ ") + tr(Text::editor_partly);
    return std::string("✗ ") + tr(Text::editor_wrong);
}

// A question with written choices (action, judgement, wording ...).
void option_rows(AppState& s, EditorState& e, ScenarioDecision& d, QuestionKind kind,
                 const std::string& field, std::optional<Scenario>& pending) {
    auto* q = const_cast<ScenarioQuestion*>(question_of(d, kind));
    if (!q) return;
    after_field(e, s, text_field(s, e, tr(Text::editor_prompt), field + ".prompt", q->prompt));
    const bool branches = !question_takes_many(kind);
    const auto to = targets(e.working);
    for (std::size_t j = 0; j < q->options.size(); ++j) {
        ScenarioOption& o = q->options[j];
        const std::string of = field + ".options[" + std::to_string(j) + "]";
        ImGui::PushID(static_cast<int>(j));
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, o.correct() ? colours().accent : colours().text_muted);
        line(trf(Text::editor_choice, std::to_string(j + 1), verdict(o)));
        ImGui::PopStyleColor();
        after_field(e, s, text_field(s, e, tr(Text::editor_choice_text), of + ".text", o.text));
        after_field(e, s,
                    text_field(s, e, tr(Text::editor_feedback), of + ".feedback", o.feedback, 2));
        if (!o.correct()) // what happens next in the story, unless the choice branches off
            after_field(e, s,
                        text_field(s, e, tr(Text::editor_consequence), of + ".consequence",
                                   o.consequence, 2));
        if (branches) {
            ImGui::AlignTextToFramePadding();
            line(tr(Text::editor_leads_to));
            ImGui::SameLine();
            std::string target = o.next;
            if (id_picker(tr(Text::editor_leads_to), of + ".next", target, to,
                          tr(Text::editor_leads_default), 360 * s.scale()))
                pending = connect_choice(e.working, d.id, kind, o.id, target);
        }
        field_findings(e, of, true);
        ImGui::PopID();
    }
}

// Recipients, data, channel: the protocol's answer from the flow, and the
// choices offered beside it (the author may change the wrong ones).
void offered_rows(AppState& s, EditorState& e, ScenarioDecision& d, QuestionKind kind,
                  const std::string& field, std::optional<Scenario>& pending) {
    const Model& m = s.content.model;
    const std::vector<std::string> right = answer_values(correct_answer(m, e.working, d), kind);
    if (auto* q = const_cast<ScenarioQuestion*>(question_of(d, kind))) // a route's question
        after_field(e, s, text_field(s, e, tr(Text::editor_prompt), field + ".prompt", q->prompt));
    const auto names = catalog(m, kind);
    const auto name_of = [&](const std::string& id) { return choice_name(m, d, kind, id); };
    std::string right_text;
    for (const std::string& id : right)
        right_text += (right_text.empty() ? "" : ", ") + name_of(id);
    wrapped(trf(Text::editor_protocol_answer,
                right_text.empty() ? std::string(tr(Text::editor_nothing)) : right_text));
    std::vector<std::string>* list = offered_ids(d, kind);
    std::string remove;
    for (const std::string& id : *list) {
        const bool is_right = std::find(right.begin(), right.end(), id) != right.end();
        ImGui::PushID(id.c_str());
        ImGui::BeginDisabled(is_right);
        if (small_button(tagged("×", field + ":weg:" + id).c_str())) remove = id;
        a11y_item(A11yRole::button, trf(Text::editor_remove_choice, name_of(id)));
        a11y_state(false, is_right);
        ImGui::EndDisabled();
        ImGui::SameLine();
        line(name_of(id) + (is_right ? "  ✓" : ""));
        ImGui::PopID();
    }
    if (!remove.empty()) {
        Scenario draft = e.working;
        for (ScenarioDecision& x : draft.decisions)
            if (x.id == d.id) {
                auto& l = *offered_ids(x, kind);
                l.erase(std::remove(l.begin(), l.end(), remove), l.end());
            }
        pending = std::move(draft);
        return;
    }
    std::vector<std::pair<std::string, std::string>> more;
    for (const auto& entry : names)
        if (std::find(list->begin(), list->end(), entry.first) == list->end())
            more.push_back(entry);
    std::string added;
    ImGui::AlignTextToFramePadding();
    line(tr(Text::editor_add_choice));
    ImGui::SameLine();
    if (id_picker(tr(Text::editor_add_choice), field + ":erbij", added, more, "—",
                  360 * s.scale()) &&
        !added.empty()) {
        Scenario draft = e.working;
        for (ScenarioDecision& x : draft.decisions)
            if (x.id == d.id) offered_ids(x, kind)->push_back(added);
        pending = std::move(draft);
        return;
    }
    field_findings(e, field, true);
}

} // namespace

const char* kind_text(QuestionKind kind) {
    return tr(
        static_cast<Text>(static_cast<int>(Text::editor_kind_action) + static_cast<int>(kind)));
}

std::vector<std::pair<std::string, std::string>> targets(const Scenario& draft) {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < draft.decisions.size(); ++i)
        out.emplace_back(draft.decisions[i].id, trf(Text::editor_decision_n, std::to_string(i + 1),
                                                    draft.decisions[i].id));
    for (const ScenarioEnding& x : draft.endings)
        out.emplace_back(x.id, trf(Text::editor_ending_n, x.title.empty() ? x.id : x.title));
    return out;
}

void draw_decision_form(AppState& s, EditorState& e, std::size_t i) {
    ScenarioDecision& d = e.working.decisions[i];
    const std::string field = "decisions[" + std::to_string(i) + "]";
    std::optional<Scenario> pending;
    const CaseType* ct = find_case_type(s.content.model, e.working.case_type);
    const Step* step = ct ? find_step(*ct, d.step) : nullptr;
    section_label(
        s, trf(Text::editor_decision_title, std::to_string(i + 1), step ? step->title : d.step)
               .c_str());
    std::string kinds;
    for (QuestionKind k : asked_kinds(d))
        kinds += (kinds.empty() ? "" : ", ") + std::string(kind_text(k));
    wrapped_muted(trf(Text::editor_asks, kinds.empty() ? tr(Text::editor_nothing) : kinds));
    for (const std::string& note : e.notes)
        wrapped_muted(note);
    field_findings(e, field);
    field_findings(e, field + ".step");
    after_field(e, s,
                text_field(s, e, tr(Text::editor_situation), field + ".situation", d.situation, 4));
    for (QuestionKind k : asked_kinds(d)) {
        ImGui::Spacing();
        ImGui::PushFont(s.fonts.bold);
        line(trf(Text::editor_question, kind_text(k)));
        ImGui::PopFont();
        const std::string qf = field + "." + kind_key(k);
        ImGui::PushID(qf.c_str());
        if (offered_ids(d, k))
            offered_rows(s, e, d, k, qf, pending);
        else
            option_rows(s, e, d, k, qf, pending);
        ImGui::PopID();
    }
    ImGui::Spacing();
    ImGui::AlignTextToFramePadding();
    line(tr(Text::editor_then));
    ImGui::SameLine();
    std::string next = d.next;
    auto to = targets(e.working);
    to.erase(std::remove_if(to.begin(), to.end(), [&](const auto& t) { return t.first == d.id; }),
             to.end());
    if (id_picker(tr(Text::editor_then), field + ".next", next, to, "—", 360 * s.scale()))
        pending = connect_next(e.working, d.id, next);
    // A choice that changes the draft's shape is made after the form is drawn:
    // the form drew from the draft as it was.
    if (pending) apply_edit(e, s, std::move(*pending));
}

} // namespace pw::ui
