// Completeness: every case type has steps with flows and a worked example,
// every role says what it does and what it does not decide, and every
// abbreviation in any displayed text is explained in the glossary.
#include "checker.hpp"

#include "pw/abbreviations.hpp"

#include <functional>
#include <map>
#include <set>

namespace pw::detail {
namespace {

using TextVisitor = std::function<void(const Origin&, const std::string& suffix,
                                       const std::string& who, const std::string& text)>;

void visit_list(const TextVisitor& v, const Origin& o, const std::string& key,
                const std::string& who, const std::vector<std::string>& list) {
    for (std::size_t i = 0; i < list.size(); ++i)
        v(o, "/" + key + "/" + std::to_string(i), who, list[i]);
}

void visit_statements(const TextVisitor& v, const std::string& who,
                      const std::vector<RoleStatement>& list) {
    for (const RoleStatement& s : list)
        v(s.origin, "/text", who, s.text);
}

void visit_question_texts(const ScenarioQuestion& q, const std::string& key, const std::string& who,
                          const TextVisitor& v) {
    if (!q.asked()) return;
    v(q.origin, "/prompt", who, q.prompt);
    for (const ScenarioOption& o : q.options) {
        const std::string at = who + ", " + key + " \"" + o.id + "\"";
        v(o.origin, "/text", at, o.text);
        v(o.origin, "/feedback", at, o.feedback);
        v(o.origin, "/consequence", at, o.consequence);
    }
}

void visit_scenario_texts(const Scenario& sc, const TextVisitor& v) {
    const std::string who = "Oefening \"" + sc.id + "\"";
    v(sc.origin, "/title", who, sc.title);
    v(sc.origin, "/summary", who, sc.summary);
    for (const auto& d : sc.decisions) {
        const std::string dwho = who + ", beslismoment \"" + d.id + "\"";
        v(d.origin, "/situation", dwho, d.situation);
        for (const auto& [key, q] : {std::pair{"action", &d.action},
                                     {"judgement", &d.judgement},
                                     {"decides", &d.decides},
                                     {"wording", &d.wording},
                                     {"missing", &d.missing},
                                     {"order", &d.order},
                                     {"escalation", &d.escalation}})
            visit_question_texts(*q, key, dwho, v);
        for (const auto& [mistake, text] : d.consequences)
            v(d.origin, "/consequences/" + mistake, dwho, text);
    }
    for (const auto& e : sc.endings) {
        v(e.origin, "/title", who, e.title);
        v(e.origin, "/text", who, e.text);
    }
}

void visit_scenario_texts(const Model& m, const TextVisitor& v) {
    for (const auto& sc : m.scenarios)
        visit_scenario_texts(sc, v);
}

void visit_training_texts(const Model& m, const TextVisitor& v) {
    for (const auto& r : m.feedback_rules)
        v(r.origin, "/text", "Feedbackregel \"" + r.id + "\"", r.text);
    for (const auto& x : m.mistake_classes) {
        v(x.origin, "/name", "Soort fout \"" + x.id + "\"", x.name);
        v(x.origin, "/consequence", "Soort fout \"" + x.id + "\"", x.consequence);
    }
    for (const auto& c : m.wording_criteria) {
        v(c.origin, "/text", "Criterium \"" + c.id + "\"", c.text);
        v(c.origin, "/missing", "Criterium \"" + c.id + "\"", c.missing);
    }
    for (const auto& x : m.venues) {
        v(x.origin, "/name", "Overleg of loket \"" + x.id + "\"", x.name);
        v(x.origin, "/description", "Overleg of loket \"" + x.id + "\"", x.description);
    }
    for (const auto& x : m.escalation_matters) {
        v(x.origin, "/title", "Soort kwestie \"" + x.id + "\"", x.title);
        v(x.origin, "/description", "Soort kwestie \"" + x.id + "\"", x.description);
    }
}

// Every text the app, the export or the search shows, with where it was written.
void visit_display_texts(const Model& m, const TextVisitor& v) {
    for (const auto& o : m.organisations) {
        const std::string who = "Organisatie \"" + o.id + "\"";
        v(o.origin, "/name", who, o.name);
        v(o.origin, "/description", who, o.description);
    }
    for (const auto& r : m.roles) {
        const std::string who = "Rol \"" + r.id + "\"";
        v(r.origin, "/name", who, r.name);
        v(r.origin, "/shortName", who, r.short_name);
        v(r.origin, "/description", who, r.description);
        visit_statements(v, who, r.tasks);
        visit_statements(v, who, r.limits);
    }
    for (const auto& s : m.systems)
        v(s.origin, "/description", "Systeem \"" + s.id + "\"", s.description);
    for (const auto& c : m.channels) {
        v(c.origin, "/name", "Kanaal \"" + c.id + "\"", c.name);
        v(c.origin, "/description", "Kanaal \"" + c.id + "\"", c.description);
    }
    for (const auto& d : m.data_items) {
        v(d.origin, "/name", "Gegeven \"" + d.id + "\"", d.name);
        v(d.origin, "/description", "Gegeven \"" + d.id + "\"", d.description);
    }
    for (const auto& b : m.legal_bases) {
        const std::string who = "Grondslag \"" + b.id + "\"";
        v(b.origin, "/title", who, b.title);
        v(b.origin, "/reference", who, b.reference);
        v(b.origin, "/text", who, b.text);
    }
    for (const auto& p : m.principles) {
        v(p.origin, "/title", "Uitgangspunt \"" + p.id + "\"", p.title);
        v(p.origin, "/text", "Uitgangspunt \"" + p.id + "\"", p.text);
    }
    for (const auto& ct : m.case_types) {
        const std::string who = "Zaaktype \"" + ct.id + "\"";
        v(ct.origin, "/title", who, ct.title);
        v(ct.origin, "/shortTitle", who, ct.short_title);
        v(ct.origin, "/summary", who, ct.summary);
        v(ct.origin, "/trigger", who, ct.trigger);
        v(ct.origin, "/annex", who, ct.annex);
        for (const auto& s : ct.steps) {
            const std::string step_who = "Stap \"" + s.id + "\"";
            v(s.origin, "/title", step_who, s.title);
            v(s.origin, "/summary", step_who, s.summary);
            v(s.origin, "/question", step_who, s.question);
            for (std::size_t i = 0; i < s.next.size(); ++i)
                v(s.origin, "/next/" + std::to_string(i) + "/label", step_who, s.next[i].label);
            for (const auto& f : s.flows) {
                const std::string flow_who = step_who + ", gegevensstroom \"" + f.id + "\"";
                v(f.origin, "/description", flow_who, f.description);
                v(f.origin, "/condition", flow_who, f.condition);
                visit_list(v, f.origin, "purposes", flow_who, f.purposes);
            }
        }
        for (const auto& e : ct.examples) {
            const std::string ex_who = who + ", voorbeeld \"" + e.id + "\"";
            v(e.origin, "/title", ex_who, e.title);
            v(e.origin, "/summary", ex_who, e.summary);
            for (std::size_t i = 0; i < e.persons.size(); ++i)
                v(e.origin, "/persons/" + std::to_string(i) + "/description", ex_who,
                  e.persons[i].description);
            for (std::size_t i = 0; i < e.path.size(); ++i)
                v(e.origin, "/path/" + std::to_string(i) + "/narrative", ex_who,
                  e.path[i].narrative);
        }
    }
    for (const auto& t : m.glossary)
        v(t.origin, "/definition", "Begrip \"" + t.id + "\"", t.definition);
    for (const auto& c : m.cards) {
        const std::string who = "Kaart \"" + c.id + "\"";
        v(c.origin, "/title", who, c.title);
        v(c.origin, "/misconception", who, c.misconception);
        visit_list(v, c.origin, "text", who, c.text);
        visit_list(v, c.origin, "items", who, c.items);
    }
    for (const auto& d : m.decision_rights) {
        v(d.origin, "/subject", "Rolverdeling \"" + d.id + "\"", d.subject);
        v(d.origin, "/statement", "Rolverdeling \"" + d.id + "\"", d.statement);
    }
    for (const auto& p : m.contact_points)
        v(p.origin, "/note", "Contactpunt \"" + p.id + "\"", p.note);
    visit_scenario_texts(m, v);
    visit_training_texts(m, v);
}

// Every abbreviation in the texts `visit` walks is in the glossary.
void check_abbreviations(Checker& c, const std::function<void(const TextVisitor&)>& visit) {
    const Model& m = c.model();
    std::set<std::string> known;
    for (const auto& t : m.glossary) {
        known.insert(t.term);
        known.insert(t.aliases.begin(), t.aliases.end());
    }
    struct Missing {
        Origin origin;
        std::string suffix, who;
        int count = 0;
    };
    std::map<std::string, Missing> missing;
    visit([&](const Origin& o, const std::string& suffix, const std::string& who,
              const std::string& text) {
        for (const TextSpan& span : abbreviation_candidates(text)) {
            const std::string word(span.text(text));
            if (known.count(word)) continue;
            auto [it, first] = missing.emplace(word, Missing{o, suffix, who, 0});
            ++it->second.count;
        }
    });
    for (const auto& [word, where] : missing)
        c.error(
            where.origin, where.suffix,
            where.who + ": afkorting \"" + word + "\" staat niet in de woordenlijst" +
                (where.count > 1 ? " (komt " + std::to_string(where.count) + " keer voor)"
                                 : std::string()) +
                "; voeg een begrip toe in glossary.json, met de uitgeschreven vorm en een uitleg.");
}

} // namespace

void check_coverage(Checker& c) {
    const Model& m = c.model();
    for (const CaseType& ct : m.case_types) {
        const std::string who = "Zaaktype \"" + ct.id + "\"";
        bool has_flows = false;
        for (const Step& s : ct.steps)
            has_flows = has_flows || !s.flows.empty();
        if (!has_flows)
            c.error(ct.origin, "/steps",
                    who +
                        " heeft geen enkele gegevensstroom: wie informeert wie, waarmee, waarom?");
        if (ct.examples.empty())
            c.error(ct.origin, "",
                    who + " heeft geen uitgewerkt voorbeeld; voeg onder \"examples\" een fictieve "
                          "casus toe.");
    }
    for (const Role& r : m.roles) {
        if (r.tasks.empty())
            c.error(r.origin, "",
                    "Rol \"" + r.id + "\" noemt geen taken; vul \"tasks\" in: wat doet deze rol?");
        if (r.limits.empty())
            c.error(
                r.origin, "",
                "Rol \"" + r.id +
                    "\" noemt geen grenzen; vul \"limits\" in: waarover beslist deze rol niet?");
    }
    check_abbreviations(c, [&m](const TextVisitor& v) { visit_display_texts(m, v); });
}

void check_scenario_abbreviations(Checker& c, const Scenario& sc) {
    check_abbreviations(c, [&sc](const TextVisitor& v) { visit_scenario_texts(sc, v); });
}

} // namespace pw::detail
