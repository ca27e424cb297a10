#include "search_documents.hpp"

#include "pw/lookup.hpp"

namespace pw::detail {
namespace {

void append_sentence(std::string& body, std::string_view text) {
    if (text.empty()) return;
    if (!body.empty()) body += ' ';
    body += text;
    if (body.back() != '.' && body.back() != '?' && body.back() != ':') body += '.';
}

std::string flow_title(const Model& m, const Flow& f) {
    std::string title = std::string(role_short_name(m, f.from)) + " → ";
    for (std::size_t i = 0; i < f.to.size(); ++i)
        title += (i ? ", " : "") + std::string(role_short_name(m, f.to[i]));
    return title + " (" + std::string(channel_short_name(m, f.channel)) + ")";
}

void add_flow(const Model& m, const CaseType& ct, const Step& s, const Flow& f,
              std::vector<SearchDocument>& out) {
    DocumentBuilder b(SearchKind::flow, f.id, flow_title(m, f), ct.short_title + " › " + s.title,
                      Route{Route::Kind::step, ct.id, s.id, {}, {}});
    b.add(SearchField::kind, "gegevensstroom gegevensstromen");
    b.add(SearchField::process, ct.title).add(SearchField::process, ct.short_title);
    b.add(SearchField::process, s.title);
    b.add(SearchField::body, f.description);
    b.add(SearchField::body, f.condition);
    b.add(SearchField::body, "Kanaal: " + std::string(channel_name(m, f.channel)));
    for (const auto& id : f.systems)
        b.add(SearchField::body, "Systeem: " + std::string(system_name(m, id)));
    for (const auto& p : f.purposes)
        b.add(SearchField::purpose, p);
    for (const auto& id : shared_data(ct, f))
        b.add(SearchField::data, data_item_name(m, id));
    b.role(m, f.from);
    for (const auto& to : f.to)
        b.role(m, to);
    b.document().senders = {f.from};
    b.document().recipients = f.to;
    out.push_back(b.take());
}

} // namespace

DocumentBuilder::DocumentBuilder(SearchKind kind, std::string id, std::string title,
                                 std::string context, Route route) {
    d_.kind = kind;
    d_.id = std::move(id);
    d_.title = std::move(title);
    d_.context = std::move(context);
    d_.route = std::move(route);
}

DocumentBuilder& DocumentBuilder::add(SearchField field, std::string_view text) {
    if (text.empty()) return *this;
    if (field == SearchField::title) {
        if (!d_.title.empty()) d_.title += ' ';
        d_.title += text;
    } else if (field == SearchField::body) {
        append_sentence(d_.body, text);
    } else if (field == SearchField::names) {
        d_.names.emplace_back(text);
    } else {
        for (auto& [f, t] : d_.fields)
            if (f == field) {
                t += ' ';
                t += text;
                return *this;
            }
        d_.fields.emplace_back(field, std::string(text));
    }
    return *this;
}

DocumentBuilder& DocumentBuilder::role(const Model& m, std::string_view role_id) {
    if (const Role* r = find_role(m, role_id)) {
        add(SearchField::people, r->name).add(SearchField::people, r->short_name);
        organisation(m, r->organisation);
    }
    return *this;
}

DocumentBuilder& DocumentBuilder::organisation(const Model& m, std::string_view organisation_id) {
    if (const Organisation* o = find_organisation(m, organisation_id))
        add(SearchField::people, o->short_name).add(SearchField::people, o->name);
    return *this;
}

Route simple_route(Route::Kind kind, const std::string& id) {
    return Route{kind, {}, {}, id, {}};
}

void add_process_documents(const Model& m, std::vector<SearchDocument>& out) {
    for (const CaseType& ct : m.case_types) {
        DocumentBuilder c(SearchKind::case_type, ct.id, ct.title, {},
                          Route{Route::Kind::case_type, ct.id, {}, {}, {}});
        c.add(SearchField::kind, "proces processen zaaktype");
        c.add(SearchField::names, ct.short_title);
        c.add(SearchField::body, ct.summary).add(SearchField::body, ct.trigger);
        out.push_back(c.take());
        for (const Step& s : ct.steps) {
            DocumentBuilder b(SearchKind::step, s.id, s.title, ct.short_title,
                              Route{Route::Kind::step, ct.id, s.id, {}, {}});
            b.add(SearchField::kind, "stap stappen");
            b.add(SearchField::process, ct.title).add(SearchField::process, ct.short_title);
            b.add(SearchField::body, s.summary).add(SearchField::body, s.question);
            for (const Transition& t : s.next)
                b.add(SearchField::body, t.label);
            b.role(m, s.actor);
            b.document().senders = {s.actor};
            out.push_back(b.take());
            for (const Flow& f : s.flows)
                add_flow(m, ct, s, f, out);
        }
        for (const Example& e : ct.examples) {
            DocumentBuilder b(SearchKind::example, e.id, e.title, ct.short_title,
                              Route{Route::Kind::example, ct.id, {}, e.id, {}});
            b.add(SearchField::kind, "voorbeeld voorbeelden casus");
            b.add(SearchField::process, ct.title).add(SearchField::process, ct.short_title);
            b.add(SearchField::body, e.summary);
            for (const ExamplePerson& p : e.persons)
                b.add(SearchField::body, p.name + ", " + p.description);
            for (const ExampleStep& p : e.path)
                b.add(SearchField::body, p.narrative);
            out.push_back(b.take());
        }
    }
    for (const Scenario& sc : m.scenarios) {
        const CaseType* ct = find_case_type(m, sc.case_type);
        DocumentBuilder b(SearchKind::exercise, sc.id, sc.title, ct ? ct->short_title : "",
                          Route{Route::Kind::scenario, {}, {}, sc.id, {}});
        b.add(SearchField::kind, "oefening oefeningen oefenen training");
        if (ct) b.add(SearchField::process, ct->title).add(SearchField::process, ct->short_title);
        b.add(SearchField::body, sc.summary);
        b.role(m, sc.perspective);
        out.push_back(b.take());
    }
}

std::vector<SearchDocument> search_documents(const Model& m) {
    std::vector<SearchDocument> docs;
    add_process_documents(m, docs);
    add_reference_documents(m, docs);
    return docs;
}

} // namespace pw::detail
