#include "pw/search_answer.hpp"

#include "pw/lookup.hpp"

namespace pw {
namespace {

constexpr std::size_t kMaxFlowsOnCard = 4;

std::string role_text(const Model& m, const std::string& id) {
    std::string out(role_name(m, id));
    if (const Organisation* o = organisation_of_role(m, id))
        if (out.find(o->short_name) == std::string::npos) out += " (" + o->short_name + ")";
    return out;
}

std::string roles_text(const Model& m, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ", ") + role_text(m, id);
    return out;
}

std::string organisations_text(const Model& m, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        const Organisation* o = find_organisation(m, id);
        out += (out.empty() ? "" : ", ") + (o ? o->short_name : id);
    }
    return out;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : separator) + i;
    return out;
}

std::string data_text(const Model& m, const CaseType& ct, const Flow& f) {
    std::vector<std::string> names;
    for (const auto& id : shared_data(ct, f))
        names.emplace_back(data_item_name(m, id));
    return joined(names, ", ");
}

std::string channel_text(const Model& m, const std::string& id) {
    const Channel* c = find_by_id(m.channels, id);
    if (!c) return id;
    return c->secure ? c->name : c->name + " (niet geschikt voor persoonsgegevens)";
}

void add(SearchAnswer& a, AnswerLabel label, std::string text) {
    if (!text.empty()) a.rows.push_back({label, std::move(text)});
}

void add_sources(SearchAnswer& a, const Model& m, const Provenance& p) {
    for (const Citation& c : p.citations)
        add(a, AnswerLabel::source,
            std::string(source_title(m, c.source)) + (c.locator.empty() ? "" : " — " + c.locator));
    a.illustrative = a.illustrative || p.illustrative;
}

void flow_answer(SearchAnswer& a, const Model& m, const CaseType& ct, const Flow& f) {
    add(a, AnswerLabel::who, role_text(m, f.from));
    add(a, AnswerLabel::to_whom, roles_text(m, f.to));
    add(a, AnswerLabel::what, f.description);
    add(a, AnswerLabel::data, data_text(m, ct, f));
    add(a, AnswerLabel::channel, channel_text(m, f.channel));
    add(a, AnswerLabel::purpose, joined(f.purposes, "; "));
    std::vector<std::string> systems;
    for (const auto& id : f.systems)
        systems.emplace_back(system_name(m, id));
    add(a, AnswerLabel::system, joined(systems, ", "));
    add_sources(a, m, f.provenance);
}

void step_answer(SearchAnswer& a, const Model& m, const CaseType& ct, const Step& s) {
    add(a, AnswerLabel::who, role_text(m, s.actor));
    add(a, AnswerLabel::what, s.summary.empty() ? s.question : s.summary);
    for (std::size_t i = 0; i < s.flows.size() && i < kMaxFlowsOnCard; ++i) {
        const Flow& f = s.flows[i];
        add(a, AnswerLabel::flow,
            std::string(role_short_name(m, f.from)) + " → " + [&] {
                std::string to;
                for (const auto& id : f.to)
                    to += (to.empty() ? "" : ", ") + std::string(role_short_name(m, id));
                return to;
            }() + " (" + std::string(channel_short_name(m, f.channel)) + "): " + data_text(m, ct, f));
    }
    add_sources(a, m, s.provenance);
}

template <class T> void described(SearchAnswer& a, const Model& m, const T* item,
                                  const std::string& text) {
    if (!item) return;
    add(a, AnswerLabel::what, text);
    add_sources(a, m, item->provenance);
}

} // namespace

const char* answer_label_nl(AnswerLabel label) {
    switch (label) {
    case AnswerLabel::who: return "Wie";
    case AnswerLabel::to_whom: return "Aan wie";
    case AnswerLabel::what: return "Wat";
    case AnswerLabel::data: return "Welke gegevens";
    case AnswerLabel::channel: return "Kanaal";
    case AnswerLabel::purpose: return "Doel";
    case AnswerLabel::system: return "Systeem";
    case AnswerLabel::decides: return "Beslist";
    case AnswerLabel::does_not_decide: return "Beslist niet";
    case AnswerLabel::count: return "Aantal";
    case AnswerLabel::where: return "Waar";
    case AnswerLabel::note: return "Toelichting";
    case AnswerLabel::flow: return "Gegevensstroom";
    case AnswerLabel::source: return "Bron";
    }
    return "";
}

SearchAnswer answer_for(const Model& m, const SearchDocument& d) {
    SearchAnswer a;
    a.kind = d.kind;
    a.title = d.title;
    a.context = d.context;
    a.route = d.route;
    const CaseType* ct = find_case_type(m, d.route.case_type);
    const Step* step = ct ? find_step(*ct, d.route.step) : nullptr;
    switch (d.kind) {
    case SearchKind::step:
        if (step) step_answer(a, m, *ct, *step);
        break;
    case SearchKind::flow:
        if (step)
            for (const Flow& f : step->flows)
                if (f.id == d.id) {
                    a.title = step->title;
                    a.context = ct->short_title;
                    flow_answer(a, m, *ct, f);
                }
        break;
    case SearchKind::decision_right:
        if (const DecisionRight* r = find_by_id(m.decision_rights, d.id)) {
            a.context = "Wie beslist wat";
            add(a, AnswerLabel::decides, organisations_text(m, {r->organisation}));
            add(a, AnswerLabel::what, r->statement);
            add(a, AnswerLabel::does_not_decide, organisations_text(m, r->not_decided_by));
            add_sources(a, m, r->provenance);
        }
        break;
    case SearchKind::contact_point:
        if (const ContactPoint* p = find_by_id(m.contact_points, d.id)) {
            add(a, AnswerLabel::count, p->count + " (" + p->as_of + ")");
            add(a, AnswerLabel::where, joined(p->locations, ", "));
            add(a, AnswerLabel::note, p->note);
            add_sources(a, m, p->provenance);
        }
        break;
    case SearchKind::role:
        if (const Role* r = find_role(m, d.id)) described(a, m, r, r->description);
        break;
    case SearchKind::organisation:
        if (const Organisation* o = find_organisation(m, d.id)) described(a, m, o, o->description);
        break;
    case SearchKind::data_item:
        if (const DataItem* x = find_by_id(m.data_items, d.id)) described(a, m, x, x->description);
        break;
    case SearchKind::system:
        if (const System* x = find_by_id(m.systems, d.id)) described(a, m, x, x->description);
        break;
    case SearchKind::channel:
        if (const Channel* x = find_by_id(m.channels, d.id)) {
            described(a, m, x, x->description);
            if (!x->secure) add(a, AnswerLabel::note, "Niet geschikt voor persoonsgegevens.");
        }
        break;
    case SearchKind::glossary:
        if (const GlossaryTerm* x = find_by_id(m.glossary, d.id)) described(a, m, x, x->definition);
        break;
    case SearchKind::card:
        if (const Card* x = find_by_id(m.cards, d.id))
            described(a, m, x, x->text.empty() ? x->misconception : x->text.front());
        break;
    case SearchKind::example:
        if (ct)
            if (const Example* x = find_by_id(ct->examples, d.id)) described(a, m, x, x->summary);
        break;
    case SearchKind::exercise:
        if (const Scenario* x = find_by_id(m.scenarios, d.id)) described(a, m, x, x->summary);
        break;
    case SearchKind::case_type:
        if (ct) described(a, m, ct, ct->summary);
        break;
    case SearchKind::rule:
        if (const LegalBasis* x = find_by_id(m.legal_bases, d.id)) described(a, m, x, x->text);
        if (const Principle* x = find_by_id(m.principles, d.id)) described(a, m, x, x->text);
        break;
    }
    return a;
}

} // namespace pw
