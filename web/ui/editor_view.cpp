#include "ui/editor_view.hpp"

#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/editor_actions.hpp"
#include "ui/editor_decision.hpp"
#include "ui/editor_fields.hpp"
#include "ui/editor_flow.hpp"
#include "ui/editor_step_map.hpp"
#include "ui/exercise_library.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {
namespace {

bool editor_button(const AppState& s, Text label, const char* tag, bool enabled = true) {
    same_line_if_room(ImGui::CalcTextSize(tr(label)).x + ImGui::GetStyle().FramePadding.x * 2);
    ImGui::BeginDisabled(!enabled);
    const bool pressed = button(tagged(tr(label), tag).c_str());
    a11y_state(false, !enabled);
    focus_ring(s);
    ImGui::EndDisabled();
    return pressed;
}

void toolbar(AppState& s, EditorState& e, TrainingState& t) {
    const bool playable = can_play(e.findings), shareable = can_share(e.findings);
    ImGui::NewLine();
    if (editor_button(s, Text::editor_undo, "bewerk-ongedaan", e.history->can_undo())) undo(e, s);
    ImGui::SameLine();
    if (editor_button(s, Text::editor_redo, "bewerk-opnieuw", e.history->can_redo())) redo(e, s);
    ImGui::SameLine();
    if (editor_button(s, Text::editor_preview, "voorbeeld", playable)) preview(e, s, t, "", false);
    ImGui::SameLine();
    if (editor_button(s, Text::editor_preview_trainer, "voorbeeld-trainer", playable))
        preview(e, s, t, "", true);
    ImGui::SameLine();
    if (editor_button(s, Text::editor_export, "exporteren", shareable)) export_draft(e, s);
    ImGui::SameLine();
    if (editor_button(s, Text::editor_publish, "publiceren", shareable)) {
        commit_working(e, s);
        e.edited_at -= 1.0;
        editor_tick(e, s);
        navigate(s, Route{Route::Kind::trainer, {}, {}, e.working.id, {}});
    }
    ImGui::SameLine();
    if (editor_button(s, Text::editor_to_list, "naar-oefeningen"))
        navigate(s, Route{Route::Kind::training, {}, {}, {}, {}});
    // Why a button is off: said beside them, not only by their grey.
    std::size_t errors = 0, personal = 0;
    for (const DraftFinding& f : e.findings) {
        errors += f.severity == Severity::error;
        personal += f.personal_data;
    }
    std::string status = e.keep_pending ? tr(Text::editor_saving) : tr(Text::editor_saved);
    status += " " + trf(Text::editor_status, playable ? tr(Text::editor_yes) : tr(Text::editor_no),
                        shareable ? tr(Text::editor_yes) : tr(Text::editor_no));
    if (errors) status += " " + trf(Text::editor_errors, std::to_string(errors));
    if (personal) status += " " + trf(Text::editor_personal, std::to_string(personal));
    ImGui::PushStyleColor(ImGuiCol_Text, playable ? colours().text_muted : colours().error_text);
    wrapped(status);
    ImGui::PopStyleColor();
}

void message(const EditorState& e) {
    if (e.message.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text,
                          e.message_is_error ? colours().error_text : colours().accent);
    wrapped(e.message);
    ImGui::PopStyleColor();
}

std::vector<std::pair<std::string, std::string>> case_type_options(const Model& m) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const CaseType& ct : m.case_types)
        out.emplace_back(ct.id, ct.short_title);
    return out;
}

std::vector<std::pair<std::string, std::string>> role_options(const Model& m) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Organisation& o : m.organisations)
        for (const Role& r : m.roles)
            if (r.organisation == o.id) out.emplace_back(r.id, r.name);
    return out;
}

void about(AppState& s, EditorState& e) {
    const Model& m = s.content.model;
    Scenario& d = e.working;
    section_label(s, tr(Text::editor_about));
    // The case type and role decide every right answer: fixed once decisions exist.
    const bool fixed = !d.decisions.empty();
    std::string ct = d.case_type, role = d.perspective;
    ImGui::BeginDisabled(fixed);
    ImGui::AlignTextToFramePadding();
    line(tr(Text::editor_case_type));
    ImGui::SameLine();
    const bool ct_changed = id_picker(tr(Text::editor_case_type), "zaaktype", ct,
                                      case_type_options(m), nullptr, 360 * s.scale());
    ImGui::AlignTextToFramePadding();
    line(tr(Text::editor_role));
    ImGui::SameLine();
    const bool role_changed =
        id_picker(tr(Text::editor_role), "rol", role, role_options(m), nullptr, 420 * s.scale());
    ImGui::EndDisabled();
    if (fixed) wrapped_muted(tr(Text::editor_fixed));
    if (ct_changed || role_changed) {
        Scenario fresh = start_draft(m, ct, role);
        fresh.id = d.id;
        fresh.title = d.title;
        fresh.summary = d.summary;
        fresh.persons = d.persons;
        apply_edit(e, s, std::move(fresh));
        e.edited_at -= 1.0;
        return;
    }
    field_findings(e, "case_type");
    field_findings(e, "perspective");
    after_field(e, s, text_field(s, e, tr(Text::editor_title), "title", d.title));
    after_field(e, s, text_field(s, e, tr(Text::editor_id), "id", d.id));
    wrapped_muted(tr(Text::editor_id_hint));
    after_field(e, s, text_field(s, e, tr(Text::editor_summary), "summary", d.summary, 3));
    ImGui::Spacing();
    line(tr(Text::editor_persons));
    wrapped_muted(tr(Text::editor_persons_hint));
    field_findings(e, "persons");
    int remove = -1;
    for (std::size_t i = 0; i < d.persons.size(); ++i) {
        const std::string f = "persons[" + std::to_string(i) + "]";
        ImGui::PushID(f.c_str());
        ExamplePerson& p = d.persons[i];
        after_field(e, s, text_field(s, e, tr(Text::editor_person_name), f + ".name", p.name));
        after_field(e, s,
                    text_field(s, e, tr(Text::editor_person_description), f + ".description",
                               p.description));
        after_field(
            e, s,
            text_field(s, e, tr(Text::editor_person_identifier), f + ".identifier", p.identifier));
        if (button(
                tagged(tr(Text::editor_person_remove), "persoon-weg:" + std::to_string(i)).c_str()))
            remove = static_cast<int>(i);
        ImGui::PopID();
    }
    if (button(tagged(tr(Text::editor_person_add), "persoon-erbij").c_str())) {
        Scenario next = d;
        next.persons.push_back({});
        apply_edit(e, s, std::move(next));
    } else if (remove >= 0) {
        Scenario next = d;
        next.persons.erase(next.persons.begin() + remove);
        apply_edit(e, s, std::move(next));
    }
}

void kinds_to_ask(AppState& s, EditorState& e) {
    line(tr(Text::editor_next_kinds));
    a11y_begin_group(tr(Text::editor_next_kinds), false);
    for (QuestionKind k : kQuestionKinds) {
        bool on = std::count(e.next_kinds.begin(), e.next_kinds.end(), k) > 0;
        const char* label = kind_text(k);
        same_line_if_room(ImGui::CalcTextSize(label).x + ImGui::GetFrameHeight() * 2,
                          16 * s.scale());
        if (checkbox(tagged(label, std::string("soort:") + question_kind_id(k)).c_str(), &on)) {
            if (on)
                e.next_kinds.push_back(k);
            else
                e.next_kinds.erase(std::remove(e.next_kinds.begin(), e.next_kinds.end(), k),
                                   e.next_kinds.end());
        }
        focus_ring(s);
    }
    a11y_end_group();
}

void decisions(AppState& s, EditorState& e, TrainingState& t) {
    section_label(s, tr(Text::editor_decisions));
    const CaseType* ct = find_case_type(s.content.model, e.working.case_type);
    if (!ct) return;
    kinds_to_ask(s, e);
    wrapped_muted(tr(Text::editor_pick_step));
    const std::string step = draw_step_picker(s, e, *ct);
    if (!step.empty()) add_decision_at(e, s, step);
    field_findings(e, "decisions");
    field_findings(e, "start");
    if (e.working.decisions.empty()) return;
    for (std::size_t i = 0; i < e.working.decisions.size(); ++i) {
        const std::string label = std::to_string(i + 1) + ". " + e.working.decisions[i].id;
        same_line_if_room(ImGui::CalcTextSize(label.c_str()).x + 20 * s.scale(), 8 * s.scale());
        const bool selected = e.selected == static_cast<int>(i);
        const bool problems = !findings_at(e, "decisions[" + std::to_string(i) + "]", true).empty();
        ImGui::PushStyleColor(ImGuiCol_Button, selected ? colours().accent_soft : colours().panel);
        if (problems) ImGui::PushStyleColor(ImGuiCol_Text, colours().error_text);
        if (button(tagged(label + (problems ? " (!)" : ""), "beslismoment:" + std::to_string(i))
                       .c_str()))
            e.selected = static_cast<int>(i);
        a11y_item(A11yRole::button, label + (problems ? " (!)" : ""), selected);
        if (problems) ImGui::PopStyleColor();
        ImGui::PopStyleColor();
        focus_ring(s);
    }
    if (e.selected < 0 || e.selected >= static_cast<int>(e.working.decisions.size())) return;
    const std::string id = e.working.decisions[static_cast<std::size_t>(e.selected)].id;
    ImGui::NewLine();
    if (editor_button(s, Text::editor_preview_from, "voorbeeld-vanaf", can_play(e.findings)))
        preview(e, s, t, id, false);
    ImGui::SameLine();
    if (editor_button(s, Text::editor_preview_from_trainer, "voorbeeld-trainer-vanaf",
                      can_play(e.findings)))
        preview(e, s, t, id, true);
    ImGui::SameLine();
    if (!e.confirm_remove) {
        if (editor_button(s, Text::editor_remove_decision, "beslismoment-weg"))
            e.confirm_remove = true;
    } else {
        if (editor_button(s, Text::editor_remove_confirm, "beslismoment-weg-zeker")) {
            remove_selected_decision(e, s);
            e.confirm_remove = false;
            return;
        }
        ImGui::SameLine();
        if (editor_button(s, Text::editor_keep, "beslismoment-houden")) e.confirm_remove = false;
    }
    draw_decision_form(s, e, static_cast<std::size_t>(e.selected));
}

void shortcuts(EditorState& e, AppState& s) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || !io.KeyCtrl) return;
    if (ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_Z]))
        io.KeyShift ? redo(e, s) : undo(e, s);
    else if (ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_Y]))
        redo(e, s);
}

} // namespace

void draw_editor(AppState& s, EditorState& e, TrainingState& t) {
    const float outer = ImGui::GetContentRegionAvail().x;
    const float column = std::min(outer, 1100.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (outer - column) * 0.5f);
    ImGui::BeginChild("editor", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(e.route_id.empty() ? Text::editor_new_title : Text::editor_edit_title));
    if (!e.history && find_draft(s, e.route_id)) { // the stored drafts came after the route
        e.open = false;
        follow_route(e, s);
    }
    if (!e.history) {
        message(e);
        route_link(s, tr(Text::editor_start_new), Route{Route::Kind::editor, {}, {}, {}, {}},
                   "nieuwe-oefening");
        ImGui::EndChild();
        return;
    }
    editor_tick(e, s);
    shortcuts(e, s);
    wrapped_muted(tr(Text::editor_intro));
    toolbar(s, e, t);
    message(e);
    about(s, e);
    decisions(s, e, t);
    draw_endings(s, e);
    draw_flow_graph(s, e);
    ImGui::EndChild();
}

} // namespace pw::ui
