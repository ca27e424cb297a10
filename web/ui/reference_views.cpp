// Views of glossary terms, data items, systems, channels, cards and legal bases.
#include "ui/entity_views.hpp"

#include "pw/lookup.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {
namespace {

// Every step with a flow for which `uses` is true, as links.
template <class Uses> void steps_using(AppState& s, const char* label, Uses uses) {
    const Model& m = s.content.model;
    bool any = false;
    for (const CaseType& ct : m.case_types)
        for (const Step& st : ct.steps) {
            bool hit = false;
            for (const Flow& f : st.flows)
                hit = hit || uses(ct, f);
            if (!hit) continue;
            if (!any) section_label(s, label);
            any = true;
            ImGui::Bullet();
            ImGui::SameLine();
            route_link(s, ct.short_title + " › " + st.title,
                       Route{Route::Kind::step, ct.id, st.id, {}, {}});
        }
}

} // namespace

void draw_term(AppState& s, const GlossaryTerm& t) {
    kind_and_heading(s, tr(Text::glossary_entry),
                     t.expansion.empty() ? t.term : t.term + " — " + t.expansion);
    prose(s, t.definition);
    if (!t.aliases.empty()) {
        section_label(s, tr(Text::also_written));
        std::string list;
        for (const auto& a : t.aliases)
            list += (list.empty() ? "" : ", ") + a;
        wrapped(list);
    }
    // Where the term is used: the search engine already knows.
    const auto hits = s.search_index().search(t.term, 12);
    bool any = false;
    for (const SearchHit& h : hits) {
        const SearchDocument& d = s.search_index().documents()[h.document];
        if (d.kind == SearchKind::glossary) continue;
        if (!any) section_label(s, tr(Text::appears_in));
        any = true;
        ImGui::Bullet();
        ImGui::SameLine();
        route_link(s, d.title + (d.context.empty() ? "" : " (" + d.context + ")"), d.route);
    }
    section_label(s, tr(Text::sources));
    provenance_block(s, s.content.model, t.provenance);
}

void draw_data_item(AppState& s, const DataItem& d) {
    kind_and_heading(s, tr(Text::data_item), d.name);
    prose(s, d.description);
    steps_using(s, tr(Text::used_in), [&d](const CaseType& ct, const Flow& f) {
        const auto data = shared_data(ct, f);
        return std::find(data.begin(), data.end(), d.id) != data.end();
    });
    section_label(s, tr(Text::sources));
    provenance_block(s, s.content.model, d.provenance);
}

void draw_system(AppState& s, const System& sy) {
    kind_and_heading(s, tr(Text::system), sy.name);
    if (const Organisation* o = find_organisation(s.content.model, sy.organisation))
        route_link(s, o->name, Route{Route::Kind::organisation, {}, {}, o->id, {}});
    prose(s, sy.description);
    steps_using(s, tr(Text::used_in), [&sy](const CaseType&, const Flow& f) {
        return std::find(f.systems.begin(), f.systems.end(), sy.id) != f.systems.end();
    });
    section_label(s, tr(Text::sources));
    provenance_block(s, s.content.model, sy.provenance);
}

void draw_channel(AppState& s, const Channel& c) {
    kind_and_heading(s, tr(Text::channel), c.name);
    if (!c.secure) badge(s, tr(Text::channel_insecure), colours().error_bg, colours().error_text);
    prose(s, c.description);
    steps_using(s, tr(Text::used_in),
                [&c](const CaseType&, const Flow& f) { return f.channel == c.id; });
    section_label(s, tr(Text::sources));
    provenance_block(s, s.content.model, c.provenance);
}

void draw_card(AppState& s, const Card& c) {
    const Model& m = s.content.model;
    kind_and_heading(s, tr(Text::card), c.title);
    if (!c.misconception.empty()) {
        badge(s, tr(Text::misconception), colours().error_bg, colours().error_text);
        prose(s, c.misconception);
        ImGui::Spacing();
        badge(s, tr(Text::reality), colours().end, colours().on_accent);
    }
    for (const auto& t : c.text) {
        prose(s, t);
        ImGui::Spacing();
    }
    for (const auto& i : c.items)
        bullet_prose(s, i);
    if (!c.organisations.empty() || !c.roles.empty() || !c.case_types.empty()) {
        section_label(s, tr(Text::related));
        for (const auto& id : c.case_types)
            if (const CaseType* ct = find_case_type(m, id)) {
                ImGui::Bullet();
                ImGui::SameLine();
                route_link(s, ct->short_title, Route{Route::Kind::case_type, id, {}, {}, {}});
            }
        for (const auto& id : c.roles) {
            ImGui::Bullet();
            ImGui::SameLine();
            route_link(s, role_name(m, id), Route{Route::Kind::role, {}, {}, id, {}});
        }
        for (const auto& id : c.organisations)
            if (const Organisation* o = find_organisation(m, id)) {
                ImGui::Bullet();
                ImGui::SameLine();
                route_link(s, o->name, Route{Route::Kind::organisation, {}, {}, id, {}});
            }
    }
    section_label(s, tr(Text::sources));
    provenance_block(s, m, c.provenance);
}

void draw_rule(AppState& s, const std::string& id) {
    const Model& m = s.content.model;
    if (const LegalBasis* b = find_by_id(m.legal_bases, id)) {
        kind_and_heading(s, tr(Text::legal_basis), b->reference + " — " + b->title);
        prose(s, b->text);
        section_label(s, tr(Text::used_in));
        for (const CaseType& ct : m.case_types) {
            const bool in_case_type =
                std::find(ct.legal_bases.begin(), ct.legal_bases.end(), id) != ct.legal_bases.end();
            if (in_case_type) {
                ImGui::Bullet();
                ImGui::SameLine();
                route_link(s, ct.short_title, Route{Route::Kind::case_type, ct.id, {}, {}, {}});
            }
            for (const Step& st : ct.steps)
                if (std::find(st.legal_bases.begin(), st.legal_bases.end(), id) !=
                    st.legal_bases.end()) {
                    ImGui::Bullet();
                    ImGui::SameLine();
                    route_link(s, ct.short_title + " › " + st.title,
                               Route{Route::Kind::step, ct.id, st.id, {}, {}});
                }
        }
        section_label(s, tr(Text::sources));
        provenance_block(s, m, b->provenance);
    } else if (const Principle* p = find_by_id(m.principles, id)) {
        kind_and_heading(s, tr(Text::principles), p->title);
        prose(s, p->text);
        section_label(s, tr(Text::sources));
        provenance_block(s, m, p->provenance);
    }
}

} // namespace pw::ui
