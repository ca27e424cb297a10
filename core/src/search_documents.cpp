#include "search_documents.hpp"

#include "pw/lookup.hpp"

namespace pw::detail {
namespace {

void append(std::string& body, std::string_view text) {
    if (text.empty()) return;
    if (!body.empty()) body += ' ';
    body += text;
    if (body.back() != '.' && body.back() != '?' && body.back() != ':') body += '.';
}

Route simple(Route::Kind kind, const std::string& id) {
    return Route{kind, {}, {}, id, {}};
}

} // namespace

std::vector<SearchDocument> search_documents(const Model& m) {
    std::vector<SearchDocument> docs;
    for (const CaseType& ct : m.case_types) {
        SearchDocument d{SearchKind::case_type,
                         ct.id,
                         ct.title,
                         "Zaaktype",
                         {},
                         Route{Route::Kind::case_type, ct.id, {}, {}, {}}};
        append(d.body, ct.summary);
        append(d.body, ct.trigger);
        docs.push_back(std::move(d));
        for (const Step& s : ct.steps) {
            SearchDocument sd{
                SearchKind::step, s.id, s.title,
                ct.short_title,   {},   Route{Route::Kind::step, ct.id, s.id, {}, {}}};
            append(sd.body, s.summary);
            append(sd.body, s.question);
            for (const Transition& t : s.next)
                append(sd.body, t.label);
            append(sd.body, std::string("Wie: ") + std::string(role_name(m, s.actor)));
            docs.push_back(std::move(sd));
            for (const Flow& f : s.flows) {
                std::string title = std::string(role_short_name(m, f.from)) + " → ";
                for (std::size_t i = 0; i < f.to.size(); ++i)
                    title += (i ? ", " : "") + std::string(role_short_name(m, f.to[i]));
                title += " (" + std::string(channel_short_name(m, f.channel)) + ")";
                SearchDocument fd{SearchKind::flow,
                                  f.id,
                                  title,
                                  ct.short_title + " › " + s.title,
                                  {},
                                  Route{Route::Kind::step, ct.id, s.id, {}, {}}};
                append(fd.body, f.description);
                for (const auto& p : f.purposes)
                    append(fd.body, p);
                std::string data = "Gegevens:";
                for (const auto& id : shared_data(ct, f))
                    data += " " + std::string(data_item_name(m, id)) + ";";
                append(fd.body, data);
                append(fd.body, f.condition);
                docs.push_back(std::move(fd));
            }
        }
        for (const Example& e : ct.examples) {
            SearchDocument ed{
                SearchKind::example, e.id, e.title,
                ct.short_title,      {},   Route{Route::Kind::example, ct.id, {}, e.id, {}}};
            append(ed.body, e.summary);
            for (const ExamplePerson& p : e.persons)
                append(ed.body, p.name + ", " + p.description);
            for (const ExampleStep& p : e.path)
                append(ed.body, p.narrative);
            docs.push_back(std::move(ed));
        }
    }
    for (const Role& r : m.roles) {
        const Organisation* o = find_organisation(m, r.organisation);
        SearchDocument d{SearchKind::role,
                         r.id,
                         r.name,
                         o ? o->short_name : std::string(),
                         {},
                         simple(Route::Kind::role, r.id)};
        append(d.body, r.short_name);
        append(d.body, r.description);
        for (const auto& t : r.tasks)
            append(d.body, t.text);
        for (const auto& l : r.limits)
            append(d.body, l.text);
        docs.push_back(std::move(d));
    }
    for (const Organisation& o : m.organisations) {
        SearchDocument d{SearchKind::organisation,
                         o.id,
                         o.name,
                         o.short_name,
                         {},
                         simple(Route::Kind::organisation, o.id)};
        append(d.body, o.short_name);
        append(d.body, o.description);
        docs.push_back(std::move(d));
    }
    for (const DataItem& di : m.data_items) {
        SearchDocument d{SearchKind::data_item,
                         di.id,
                         di.name,
                         "Gegeven",
                         {},
                         simple(Route::Kind::data_item, di.id)};
        append(d.body, di.description);
        docs.push_back(std::move(d));
    }
    for (const System& sy : m.systems) {
        SearchDocument d{SearchKind::system, sy.id, sy.name,
                         "Systeem",          {},    simple(Route::Kind::system, sy.id)};
        append(d.body, sy.description);
        docs.push_back(std::move(d));
    }
    for (const GlossaryTerm& t : m.glossary) {
        SearchDocument d{SearchKind::glossary,
                         t.id,
                         t.expansion.empty() ? t.term : t.term + " — " + t.expansion,
                         "Begrip",
                         {},
                         simple(Route::Kind::term, t.id)};
        append(d.body, t.definition);
        for (const auto& a : t.aliases)
            append(d.body, a);
        docs.push_back(std::move(d));
    }
    for (const Card& c : m.cards) {
        SearchDocument d{SearchKind::card, c.id, c.title,
                         c.kind,           {},   simple(Route::Kind::card, c.id)};
        append(d.body, c.misconception);
        for (const auto& t : c.text)
            append(d.body, t);
        for (const auto& i : c.items)
            append(d.body, i);
        docs.push_back(std::move(d));
    }
    for (const LegalBasis& b : m.legal_bases) {
        SearchDocument d{SearchKind::rule, b.id, b.reference + " — " + b.title,
                         "Grondslag",      {},   simple(Route::Kind::rule, b.id)};
        append(d.body, b.text);
        docs.push_back(std::move(d));
    }
    for (const Principle& p : m.principles) {
        SearchDocument d{SearchKind::rule, p.id, p.title,
                         "Uitgangspunt",   {},   simple(Route::Kind::rule, p.id)};
        append(d.body, p.text);
        docs.push_back(std::move(d));
    }
    return docs;
}

} // namespace pw::detail
