// Two editions of the content compared entity by entity. Each kind of entity
// is flattened into (key, label, named fields as text); entities are matched
// by their id path, fields compared as text, so a change names exactly the
// fields an author edited.
#include "pw/content_diff.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <sstream>

namespace pw {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

struct Entry {
    std::string key, label;
    std::string parent; // "entity:key" of what this belongs to ("" for none)
    Fields fields;
};

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

void add_steps(const CaseType& ct, std::vector<Entry>& steps, std::vector<Entry>& flows) {
    for (const Step& s : ct.steps) {
        const std::string key = ct.id + "/" + s.id;
        steps.push_back({key,
                         s.title,
                         "",
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

void add_scenarios(const Model& m, std::vector<Entry>& scenarios, std::vector<Entry>& decisions) {
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

// Every kind of entity, flattened, in the order the diff lists them.
std::vector<std::pair<std::string, std::vector<Entry>>> flatten(const Model& m) {
    std::vector<Entry> steps, flows, data, channels, systems, roles, rights, bases, principles,
        scenarios, decisions;
    for (const CaseType& ct : m.case_types)
        add_steps(ct, steps, flows);
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
    return {{"stap", std::move(steps)},
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

} // namespace

ContentDiff diff_content(const Model& old_model, const Model& new_model) {
    ContentDiff diff;
    auto old_kinds = flatten(old_model);
    auto new_kinds = flatten(new_model);
    std::set<std::string> gone, came; // keys of removed and added entities
    for (std::size_t k = 0; k < old_kinds.size(); ++k) {
        const std::string& entity = old_kinds[k].first;
        std::map<std::string, const Entry*> before, after;
        for (const Entry& e : old_kinds[k].second)
            before.emplace(e.key, &e);
        for (const Entry& e : new_kinds[k].second)
            after.emplace(e.key, &e);
        for (const Entry& e : old_kinds[k].second) {
            const auto it = after.find(e.key);
            if (it == after.end()) {
                gone.insert(entity + ":" + e.key);
                if (!gone.count(e.parent))
                    diff.changes.push_back(
                        {ContentChange::Kind::removed, entity, e.key, e.label, {}});
                continue;
            }
            ContentChange change{
                ContentChange::Kind::changed, entity, e.key, it->second->label, {}};
            for (std::size_t f = 0; f < e.fields.size(); ++f)
                if (e.fields[f].second != it->second->fields[f].second)
                    change.fields.push_back(
                        {e.fields[f].first, e.fields[f].second, it->second->fields[f].second});
            if (!change.fields.empty()) diff.changes.push_back(std::move(change));
        }
        for (const Entry& e : new_kinds[k].second) {
            if (before.count(e.key)) continue;
            came.insert(entity + ":" + e.key);
            if (!came.count(e.parent))
                diff.changes.push_back({ContentChange::Kind::added, entity, e.key, e.label, {}});
        }
    }
    return diff;
}

namespace {

std::string version_text(const ContentVersion& v) {
    if (v.version.empty() && v.date.empty()) return "(zonder versie)";
    return (v.version.empty() ? "?" : v.version) + (v.date.empty() ? "" : " (" + v.date + ")");
}

const char* kind_word(ContentChange::Kind k) {
    return k == ContentChange::Kind::added     ? "toegevoegd"
           : k == ContentChange::Kind::removed ? "verwijderd"
                                               : "gewijzigd";
}

} // namespace

std::string format_diff_text(const ContentDiff& diff) {
    std::ostringstream o;
    o << "Inhoud " << version_text(diff.old_version) << " → " << version_text(diff.new_version)
      << ": ";
    if (diff.changes.empty()) return o.str() + "geen verschillen.\n";
    o << diff.changes.size() << (diff.changes.size() == 1 ? " wijziging" : " wijzigingen") << ".\n";
    for (const ContentChange& c : diff.changes) {
        o << (c.kind == ContentChange::Kind::added     ? "+ "
              : c.kind == ContentChange::Kind::removed ? "- "
                                                       : "~ ")
          << c.entity << " " << c.id << " " << kind_word(c.kind) << ": " << c.label << "\n";
        for (const FieldChange& f : c.fields)
            o << "    " << f.field << ": “" << f.old_value << "” → “" << f.new_value << "”\n";
    }
    return o.str();
}

std::string format_diff_json(const ContentDiff& diff) {
    using nlohmann::json;
    auto version = [](const ContentVersion& v) {
        return json{{"version", v.version}, {"date", v.date}};
    };
    json changes = json::array();
    for (const ContentChange& c : diff.changes) {
        json fields = json::array();
        for (const FieldChange& f : c.fields)
            fields.push_back({{"field", f.field}, {"old", f.old_value}, {"new", f.new_value}});
        changes.push_back({{"kind", c.kind == ContentChange::Kind::added     ? "added"
                                    : c.kind == ContentChange::Kind::removed ? "removed"
                                                                             : "changed"},
                           {"entity", c.entity},
                           {"id", c.id},
                           {"label", c.label},
                           {"fields", fields}});
    }
    return json{{"old", version(diff.old_version)},
                {"new", version(diff.new_version)},
                {"changes", changes}}
               .dump(2) +
           "\n";
}

} // namespace pw
