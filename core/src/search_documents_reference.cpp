// Search documents for everything that is not a process step.
#include "search_documents.hpp"

#include "pw/lookup.hpp"

namespace pw::detail {
namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : separator) + i;
    return out;
}

std::string short_names(const Model& m, const std::vector<std::string>& organisation_ids) {
    std::vector<std::string> names;
    for (const auto& id : organisation_ids)
        if (const Organisation* o = find_organisation(m, id)) names.push_back(o->short_name);
    return joined(names, ", ");
}

void add_people_and_rules(const Model& m, std::vector<SearchDocument>& out) {
    for (const Role& r : m.roles) {
        const Organisation* o = find_organisation(m, r.organisation);
        DocumentBuilder b(SearchKind::role, r.id, r.name, o ? o->short_name : std::string(),
                          simple_route(Route::Kind::role, r.id));
        b.add(SearchField::kind, "rol rollen functie");
        b.add(SearchField::names, r.short_name);
        b.organisation(m, r.organisation);
        b.add(SearchField::body, r.description);
        for (const auto& t : r.tasks)
            b.add(SearchField::body, t.text);
        for (const auto& l : r.limits)
            b.add(SearchField::body, l.text);
        out.push_back(b.take());
    }
    for (const Organisation& o : m.organisations) {
        DocumentBuilder b(SearchKind::organisation, o.id, o.name, {},
                          simple_route(Route::Kind::organisation, o.id));
        b.add(SearchField::kind, "organisatie organisaties");
        b.add(SearchField::names, o.short_name);
        b.add(SearchField::body, o.description);
        out.push_back(b.take());
    }
    for (const DecisionRight& d : m.decision_rights) {
        const Organisation* o = find_organisation(m, d.organisation);
        DocumentBuilder b(SearchKind::decision_right, d.id, d.subject,
                          o ? o->short_name : std::string(),
                          simple_route(Route::Kind::organisation, d.organisation));
        b.add(SearchField::kind, "wie beslist wat rolverdeling beslissing");
        b.organisation(m, d.organisation);
        b.add(SearchField::body, d.statement);
        if (!d.not_decided_by.empty())
            b.add(SearchField::body, "Beslist niet: " + short_names(m, d.not_decided_by));
        b.document().deciders = {d.organisation};
        b.document().not_deciders = d.not_decided_by;
        out.push_back(b.take());
    }
    for (const ContactPoint& p : m.contact_points) {
        const Organisation* o = find_organisation(m, p.organisation);
        const std::string org = o ? o->short_name : p.organisation;
        DocumentBuilder b(SearchKind::contact_point, p.id,
                          "Contactpersonen Belang van het Kind (" + org + ")", org,
                          simple_route(Route::Kind::organisation, p.organisation));
        b.add(SearchField::kind, "contactpunt");
        b.organisation(m, p.organisation).role(m, p.role);
        b.add(SearchField::body, "Aantal: " + p.count + " (" + p.as_of + ")");
        b.add(SearchField::body, "Locaties: " + joined(p.locations, ", "));
        b.add(SearchField::body, p.note);
        out.push_back(b.take());
    }
    for (const LegalBasis& l : m.legal_bases) {
        DocumentBuilder b(SearchKind::rule, l.id, l.reference + " — " + l.title, {},
                          simple_route(Route::Kind::rule, l.id));
        b.add(SearchField::kind, "grondslag grondslagen wet");
        b.add(SearchField::body, l.text);
        out.push_back(b.take());
    }
    for (const Principle& p : m.principles) {
        DocumentBuilder b(SearchKind::rule, p.id, p.title, {},
                          simple_route(Route::Kind::rule, p.id));
        b.add(SearchField::kind, "uitgangspunt uitgangspunten");
        b.add(SearchField::body, p.text);
        out.push_back(b.take());
    }
}

void add_catalog_and_knowledge(const Model& m, std::vector<SearchDocument>& out) {
    for (const DataItem& di : m.data_items) {
        DocumentBuilder b(SearchKind::data_item, di.id, di.name, {},
                          simple_route(Route::Kind::data_item, di.id));
        b.add(SearchField::body, di.description);
        out.push_back(b.take());
    }
    for (const System& sy : m.systems) {
        DocumentBuilder b(SearchKind::system, sy.id, sy.name, {},
                          simple_route(Route::Kind::system, sy.id));
        b.add(SearchField::kind, "systeem systemen");
        b.organisation(m, sy.organisation);
        b.add(SearchField::body, sy.description);
        out.push_back(b.take());
    }
    for (const Channel& c : m.channels) {
        DocumentBuilder b(SearchKind::channel, c.id, c.name, {},
                          simple_route(Route::Kind::channel, c.id));
        b.add(SearchField::kind, "kanaal kanalen");
        b.add(SearchField::names, c.short_name);
        b.add(SearchField::body, c.description);
        b.add(SearchField::body, c.secure ? "Geschikt voor persoonsgegevens"
                                          : "Niet geschikt voor persoonsgegevens");
        out.push_back(b.take());
    }
    for (const GlossaryTerm& t : m.glossary) {
        DocumentBuilder b(SearchKind::glossary, t.id,
                          t.expansion.empty() ? t.term : t.term + " — " + t.expansion, {},
                          simple_route(Route::Kind::term, t.id));
        b.add(SearchField::kind, "begrip begrippen afkorting woordenlijst");
        for (const auto& a : t.aliases)
            b.add(SearchField::names, a);
        b.add(SearchField::body, t.definition);
        out.push_back(b.take());
    }
    for (const Card& c : m.cards) {
        DocumentBuilder b(SearchKind::card, c.id, c.title, {},
                          simple_route(Route::Kind::card, c.id));
        b.add(SearchField::kind, "kaart kaarten " + c.kind);
        for (const auto& id : c.case_types)
            if (const CaseType* ct = find_case_type(m, id))
                b.add(SearchField::process, ct->title).add(SearchField::process, ct->short_title);
        for (const auto& id : c.organisations)
            b.organisation(m, id);
        for (const auto& id : c.roles)
            b.role(m, id);
        b.add(SearchField::body, c.misconception);
        for (const auto& t : c.text)
            b.add(SearchField::body, t);
        for (const auto& i : c.items)
            b.add(SearchField::body, i);
        out.push_back(b.take());
    }
}

} // namespace

void add_reference_documents(const Model& m, std::vector<SearchDocument>& out) {
    add_people_and_rules(m, out);
    add_catalog_and_knowledge(m, out);
}

} // namespace pw::detail
