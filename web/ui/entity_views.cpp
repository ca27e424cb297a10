#include "ui/entity_views.hpp"

#include "pw/lookup.hpp"
#include "pw/role_facts.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace pw::ui {

namespace {

// Tasks and limits; an assumed one says so where it is read.
void role_statements(AppState& s, const Role& r) {
    auto statement = [&s](const RoleStatement& x) {
        bullet_prose(s, x.provenance.illustrative ? x.text + " (" + tr(Text::illustrative) + ")"
                                                  : x.text);
    };
    section_label(s, tr(Text::role_does));
    for (const auto& t : r.tasks)
        statement(t);
    section_label(s, tr(Text::role_not));
    for (const auto& l : r.limits)
        statement(l);
}

void role_decision_rights(AppState& s, const Role& r) {
    const Model& m = s.content.model;
    const RoleDecisionRights rights = decision_rights_for(m, r.id);
    if (!rights.decides.empty()) {
        section_label(s, tr(Text::decides));
        for (const auto* d : rights.decides)
            bullet_prose(s, d->statement);
    }
    if (!rights.does_not_decide.empty()) {
        section_label(s, tr(Text::does_not_decide));
        for (const auto* d : rights.does_not_decide) {
            const Organisation* who = find_organisation(m, d->organisation);
            bullet_prose(s,
                         d->subject + (who ? " (" + who->short_name + "): " : ": ") + d->statement);
        }
    }
}

// Whom the role sends to and receives from, through which channel.
void role_contact_list(AppState& s, const Role& r) {
    const Model& m = s.content.model;
    const auto contacts = role_contacts(m, r.id);
    if (contacts.empty()) return;
    section_label(s, tr(Text::contacts));
    for (std::size_t i = 0; i < contacts.size(); ++i) {
        const RoleContact& c = contacts[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextUnformatted(c.outgoing ? tr(Text::sends_to) : tr(Text::receives_from));
        ImGui::SameLine();
        route_link(s, role_name(m, c.other_role),
                   Route{Route::Kind::role, {}, {}, c.other_role, {}});
        ImGui::SameLine();
        std::string how =
            std::string(tr(Text::via)) + " " + std::string(channel_name(m, c.channel));
        if (c.flows > 1) how += " (" + std::to_string(c.flows) + "×)";
        ImGui::TextDisabled("%s", how.c_str());
        ImGui::PopID();
    }
}

// The steps the role acts in, sends from or receives in, per process, and
// the process map seen through the role's lens.
void role_appearance_list(AppState& s, const Role& r) {
    const Model& m = s.content.model;
    const auto appearances = role_appearances(m, r.id);
    if (appearances.empty()) return;
    section_label(s, tr(Text::appears_in));
    std::string last_case_type;
    for (const RoleAppearance& a : appearances) {
        const CaseType* ct = find_case_type(m, a.case_type);
        const Step* st = ct ? find_step(*ct, a.step) : nullptr;
        if (!st) continue;
        if (a.case_type != last_case_type) {
            last_case_type = a.case_type;
            ImGui::PushFont(s.fonts.bold);
            ImGui::TextUnformatted(ct->short_title.c_str());
            ImGui::PopFont();
        }
        std::string how;
        if (a.acts) how += tr(Text::lens_acts);
        if (a.sends) how += (how.empty() ? "" : ", ") + std::string(tr(Text::lens_sends));
        if (a.receives) how += (how.empty() ? "" : ", ") + std::string(tr(Text::lens_receives));
        ImGui::Bullet();
        ImGui::SameLine();
        route_link(s, st->title + " (" + how + ")",
                   Route{Route::Kind::step, ct->id, st->id, {}, {}});
    }
    ImGui::Spacing();
    if (wide_button(s, tr(Text::view_with_lens), "bekijk-met-rolbril")) {
        s.lens = r.id;
        navigate(s, Route{Route::Kind::case_type, appearances.front().case_type, {}, {}, {}});
    }
}

} // namespace

void draw_role(AppState& s, const Role& r) {
    const Model& m = s.content.model;
    const Organisation* org = find_organisation(m, r.organisation);
    kind_and_heading(s, org ? org->name.c_str() : tr(Text::organisation), r.name);
    if (org)
        route_link(s, org->name + " (" + org->short_name + ")",
                   Route{Route::Kind::organisation, {}, {}, org->id, {}});
    prose(s, r.description);
    role_statements(s, r);
    role_decision_rights(s, r);
    role_contact_list(s, r);
    role_appearance_list(s, r);
    section_label(s, tr(Text::sources));
    provenance_block(s, m, r.provenance);
}

void draw_organisation(AppState& s, const Organisation& o) {
    const Model& m = s.content.model;
    kind_and_heading(s, tr(Text::organisation), o.name + " (" + o.short_name + ")");
    prose(s, o.description);
    section_label(s, tr(Text::roles));
    for (const Role& r : m.roles)
        if (r.organisation == o.id) {
            ImGui::Bullet();
            ImGui::SameLine();
            route_link(s, r.name, Route{Route::Kind::role, {}, {}, r.id, {}});
        }
    bool any = false;
    for (const DecisionRight& d : m.decision_rights)
        if (d.organisation == o.id) {
            if (!any) section_label(s, tr(Text::decides));
            any = true;
            bullet_prose(s, d.statement);
        }
    for (const ContactPoint& p : m.contact_points)
        if (p.organisation == o.id) {
            section_label(s, tr(Text::contact_points));
            std::string line = p.count;
            if (!p.locations.empty()) {
                line += " — ";
                for (std::size_t i = 0; i < p.locations.size(); ++i)
                    line += (i ? ", " : "") + p.locations[i];
            }
            line += " (" + p.as_of + ")";
            prose(s, line);
            if (!p.note.empty()) prose_muted(s, p.note);
            provenance_block(s, m, p.provenance);
        }
    section_label(s, tr(Text::sources));
    provenance_block(s, m, o.provenance);
}

void draw_entity_view(AppState& s) {
    const Model& m = s.content.model;
    const Route& r = s.route;
    ImGui::BeginChild("entity", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    const float width = std::min(ImGui::GetContentRegionAvail().x, 900.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    ImGui::BeginChild("column", ImVec2(width, 0), false, ImGuiWindowFlags_NavFlattened);
    switch (r.kind) {
    case Route::Kind::role:
        if (const Role* x = find_role(m, r.id)) draw_role(s, *x);
        break;
    case Route::Kind::organisation:
        if (const Organisation* x = find_organisation(m, r.id)) draw_organisation(s, *x);
        break;
    case Route::Kind::term:
        if (const GlossaryTerm* x = find_by_id(m.glossary, r.id)) draw_term(s, *x);
        break;
    case Route::Kind::data_item:
        if (const DataItem* x = find_by_id(m.data_items, r.id)) draw_data_item(s, *x);
        break;
    case Route::Kind::system:
        if (const System* x = find_by_id(m.systems, r.id)) draw_system(s, *x);
        break;
    case Route::Kind::channel:
        if (const Channel* x = find_by_id(m.channels, r.id)) draw_channel(s, *x);
        break;
    case Route::Kind::card:
        if (const Card* x = find_by_id(m.cards, r.id)) draw_card(s, *x);
        break;
    case Route::Kind::rule:
        draw_rule(s, r.id);
        break;
    default:
        break;
    }
    ImGui::EndChild();
    ImGui::EndChild();
}

} // namespace pw::ui
