// Each kind of entity flattened into (key, label, parent, named fields as
// text), so that comparing two editions field by field names exactly what an
// author edited.
#include "pw/content_entities.hpp"

namespace pw {
namespace {

std::string list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : ", ") + i;
    return out;
}

std::string sources(const Provenance& p) {
    std::string out;
    for (const Citation& c : p.citations)
        out += (out.empty() ? "" : "; ") + c.source + ", " + c.locator +
               (c.quote.empty() ? "" : ": “" + c.quote + "”");
    if (p.illustrative)
        out += (out.empty() ? "" : "; ") + std::string("illustratief: ") + p.illustrative_note;
    return out;
}

std::string statements(const std::vector<RoleStatement>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : " | ") + s.text;
    return out;
}

const char* kind_name(StepKind k) {
    return k == StepKind::decision ? "beslispunt" : k == StepKind::end ? "einde" : "handeling";
}

std::string transitions(const std::vector<Transition>& next) {
    std::vector<std::string> parts;
    for (const Transition& t : next)
        parts.push_back(t.label.empty() ? t.step : t.label + " → " + t.step);
    return list(parts);
}

void add_steps(const CaseType& ct, std::vector<ContentEntity>& steps,
               std::vector<ContentEntity>& flows) {
    for (const Step& s : ct.steps) {
        const std::string key = ct.id + "/" + s.id;
        steps.push_back({key,
                         s.title,
                         "zaaktype:" + ct.id,
                         {{"titel", s.title},
                          {"soort", kind_name(s.kind)},
                          {"wie", s.actor},
                          {"samenvatting", s.summary},
                          {"vraag", s.question},
                          {"vervolg", transitions(s.next)},
                          {"grondslagen", list(s.legal_bases)},
                          {"bronnen", sources(s.provenance)}}});
        for (const Flow& f : s.flows)
            flows.push_back({key + "/" + f.id,
                             s.title + ": " + f.description,
                             "stap:" + key,
                             {{"afzender", f.from},
                              {"ontvangers", list(f.to)},
                              {"kanaal", f.channel},
                              {"gegevens", list(f.data)},
                              {"doelen", list(f.purposes)},
                              {"systemen", list(f.systems)},
                              {"beschrijving", f.description},
                              {"wanneer", f.condition},
                              {"bronnen", sources(f.provenance)}}});
    }
}

std::string question(const ScenarioQuestion& q) {
    std::vector<std::string> options;
    for (const ScenarioOption& o : q.options)
        options.push_back(o.id + " (" + std::to_string(o.credit) + ")");
    return q.prompt.empty() && options.empty() ? "" : q.prompt + " [" + list(options) + "]";
}

void add_scenarios(const Model& m, std::vector<ContentEntity>& scenarios,
                   std::vector<ContentEntity>& decisions) {
    for (const Scenario& sc : m.scenarios) {
        std::vector<std::string> endings;
        for (const ScenarioEnding& e : sc.endings)
            endings.push_back(e.id);
        scenarios.push_back({sc.id,
                             sc.title,
                             "",
                             {{"titel", sc.title},
                              {"zaaktype", sc.case_type},
                              {"rol", sc.perspective},
                              {"samenvatting", sc.summary},
                              {"begin", sc.start},
                              {"eindes", list(endings)},
                              {"bronnen", sources(sc.provenance)}}});
        for (const ScenarioDecision& d : sc.decisions)
            decisions.push_back({sc.id + "/" + d.id,
                                 d.situation,
                                 "oefening:" + sc.id,
                                 {{"stap", d.step},
                                  {"gegevensstroom", d.flow},
                                  {"situatie", d.situation},
                                  {"actie", question(d.action)},
                                  {"aangeboden ontvangers", list(d.offered_recipients)},
                                  {"aangeboden gegevens", list(d.offered_data)},
                                  {"aangeboden kanalen", list(d.offered_channels)},
                                  {"wie beslist", question(d.decides)},
                                  {"oordeel", question(d.judgement)},
                                  {"formulering", question(d.wording)},
                                  {"ontbrekend", question(d.missing)},
                                  {"volgorde", question(d.order)},
                                  {"route", question(d.escalation)},
                                  {"vervolg", d.next}}});
    }
}

} // namespace

std::vector<ContentEntityKind> content_entities(const Model& m) {
    std::vector<ContentEntity> case_types, steps, flows, data, channels, systems, roles, rights,
        bases, principles, scenarios, decisions;
    for (const CaseType& ct : m.case_types) {
        case_types.push_back({ct.id,
                              ct.title,
                              "",
                              {{"titel", ct.title},
                               {"korte titel", ct.short_title},
                               {"samenvatting", ct.summary},
                               {"aanleiding", ct.trigger},
                               {"bijlage", ct.annex},
                               {"altijd gedeeld", list(ct.always_shared)},
                               {"grondslagen", list(ct.legal_bases)},
                               {"uitgangspunten", list(ct.principles)},
                               {"begin", ct.start},
                               {"bronnen", sources(ct.provenance)}}});
        add_steps(ct, steps, flows);
    }
    for (const DataItem& d : m.data_items)
        data.push_back({d.id,
                        d.name,
                        "",
                        {{"naam", d.name},
                         {"omschrijving", d.description},
                         {"bronnen", sources(d.provenance)}}});
    for (const Channel& c : m.channels)
        channels.push_back({c.id,
                            c.name,
                            "",
                            {{"naam", c.name},
                             {"geschikt voor persoonsgegevens", c.secure ? "ja" : "nee"},
                             {"omschrijving", c.description},
                             {"bronnen", sources(c.provenance)}}});
    for (const System& s : m.systems)
        systems.push_back({s.id,
                           s.name,
                           "",
                           {{"naam", s.name},
                            {"organisatie", s.organisation},
                            {"omschrijving", s.description},
                            {"bronnen", sources(s.provenance)}}});
    for (const Role& r : m.roles)
        roles.push_back({r.id,
                         r.name,
                         "",
                         {{"naam", r.name},
                          {"organisatie", r.organisation},
                          {"omschrijving", r.description},
                          {"doet", statements(r.tasks)},
                          {"beslist niet", statements(r.limits)},
                          {"bronnen", sources(r.provenance)}}});
    for (const DecisionRight& d : m.decision_rights)
        rights.push_back({d.id,
                          d.subject,
                          "",
                          {{"onderwerp", d.subject},
                           {"beslist", d.organisation},
                           {"wat", d.statement},
                           {"beslist niet", list(d.not_decided_by)},
                           {"bronnen", sources(d.provenance)}}});
    for (const LegalBasis& b : m.legal_bases)
        bases.push_back({b.id,
                         b.title,
                         "",
                         {{"titel", b.title},
                          {"artikel", b.reference},
                          {"tekst", b.text},
                          {"bronnen", sources(b.provenance)}}});
    for (const Principle& p : m.principles)
        principles.push_back(
            {p.id,
             p.title,
             "",
             {{"titel", p.title}, {"tekst", p.text}, {"bronnen", sources(p.provenance)}}});
    add_scenarios(m, scenarios, decisions);
    return {{"zaaktype", std::move(case_types)},
            {"stap", std::move(steps)},
            {"gegevensstroom", std::move(flows)},
            {"gegeven", std::move(data)},
            {"kanaal", std::move(channels)},
            {"systeem", std::move(systems)},
            {"rol", std::move(roles)},
            {"beslisbevoegdheid", std::move(rights)},
            {"grondslag", std::move(bases)},
            {"uitgangspunt", std::move(principles)},
            {"oefening", std::move(scenarios)},
            {"beslismoment", std::move(decisions)}};
}

} // namespace pw
