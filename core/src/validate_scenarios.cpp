// Training scenarios as a whole: every reference resolves, every decision
// practises a protocol step and asks something, every path ends, a bad ending
// can be reached, the protocol's path ends well, and an ending's requirement
// names real mistakes. The questions themselves: validate_questions.cpp.
#include "checker.hpp"
#include "validate_scenario_parts.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pw::detail {
namespace {

std::vector<std::string> mistake_ids(const Model& m) {
    std::vector<std::string> ids;
    for (const MistakeClass& x : m.mistake_classes)
        ids.push_back(x.id);
    return ids;
}

void check_decision(Checker& c, const Scenario& sc, const CaseType* ct, const ScenarioDecision& d,
                    const std::vector<std::string>& targets) {
    const std::string who = "Oefening \"" + sc.id + "\", beslismoment \"" + d.id + "\"";
    const Step* step = nullptr;
    if (ct) {
        std::vector<std::string> step_ids;
        for (const Step& s : ct->steps)
            step_ids.push_back(s.id);
        c.reference(d.step, step_ids, "processtap", d.origin, "/step", who);
        step = find_step(*ct, d.step);
    }
    if (step && !d.flow.empty()) {
        std::vector<std::string> flow_ids;
        for (const Flow& f : step->flows)
            flow_ids.push_back(f.id);
        c.reference(d.flow, flow_ids, "gegevensstroom van deze stap", d.origin, "/flow", who);
    }
    if (asked_kinds(d).empty()) c.error(d.origin, "", who + " stelt geen enkele vraag.");
    const std::vector<std::string> mistakes = mistake_ids(c.model());
    for (const auto& [mistake, target] : d.on_mistake) {
        c.reference(mistake, mistakes, "soort fout", d.origin, "/onMistake/" + mistake, who);
        c.reference(target, targets, "vervolg", d.origin, "/onMistake/" + mistake, who);
    }
    for (const auto& [mistake, text] : d.consequences)
        c.reference(mistake, mistakes, "soort fout", d.origin, "/consequences/" + mistake, who);
    if (!d.next.empty()) c.reference(d.next, targets, "vervolg", d.origin, "/next", who);
    const bool every_option_branches =
        d.action.asked() && std::all_of(d.action.options.begin(), d.action.options.end(),
                                        [](const ScenarioOption& o) { return !o.next.empty(); });
    if (d.next.empty() && !every_option_branches)
        c.error(d.origin, "",
                who + " heeft geen vervolg; vul \"next\" in (een beslismoment of een afloop).");
    check_flow_questions(c, sc, ct, d, who);
    check_option_questions(c, sc, ct, d, who, targets);
}

std::map<std::string, std::vector<std::string>> edges_of(const Scenario& sc) {
    std::map<std::string, std::vector<std::string>> edges;
    for (const ScenarioDecision& d : sc.decisions) {
        auto& out = edges[d.id];
        if (!d.next.empty()) out.push_back(d.next);
        for (const auto& [mistake, target] : d.on_mistake)
            out.push_back(target);
        for (QuestionKind k : asked_kinds(d))
            if (const ScenarioQuestion* q = question_of(d, k))
                for (const ScenarioOption& o : q->options)
                    if (!o.next.empty()) out.push_back(o.next);
    }
    for (const ScenarioEnding& e : sc.endings)
        if (!e.otherwise.empty()) edges[e.id].push_back(e.otherwise);
    return edges;
}

bool has_cycle_from(const std::string& at, std::map<std::string, std::vector<std::string>>& edges,
                    std::map<std::string, int>& state) {
    state[at] = 1; // on the current path
    for (const auto& n : edges[at]) {
        if (state[n] == 1) return true;
        if (state[n] == 0 && has_cycle_from(n, edges, state)) return true;
    }
    state[at] = 2;
    return false;
}

// Every decision reachable from the start, no loops, every path ending in an
// ending, a bad ending within reach, and the protocol's path ending well.
void check_paths(Checker& c, const Scenario& sc) {
    auto edges = edges_of(sc);
    const std::string who = "Oefening \"" + sc.id + "\"";
    std::set<std::string> reached{sc.start};
    std::vector<std::string> work{sc.start};
    while (!work.empty()) {
        const std::string at = work.back();
        work.pop_back();
        for (const auto& n : edges[at])
            if (reached.insert(n).second) work.push_back(n);
    }
    for (const ScenarioDecision& d : sc.decisions)
        if (!reached.count(d.id))
            c.error(d.origin, "",
                    who + ": beslismoment \"" + d.id + "\" is niet bereikbaar vanaf de start.");
    for (const ScenarioEnding& e : sc.endings)
        if (!reached.count(e.id))
            c.error(e.origin, "",
                    who + ": afloop \"" + e.id +
                        "\" wordt nooit bereikt (niet via een pad, niet "
                        "via \"otherwise\").");
    std::map<std::string, int> state;
    if (has_cycle_from(sc.start, edges, state))
        c.error(sc.origin, "/decisions",
                who + " heeft een kring: een beslismoment of afloop leidt terug naar een eerder "
                      "punt. Elk pad moet vooruit gaan en eindigen.");
    const bool bad_reachable = std::any_of(sc.endings.begin(), sc.endings.end(),
                                           [&](auto& e) { return !e.good && reached.count(e.id); });
    if (!bad_reachable)
        c.error(sc.origin, "/endings",
                who + " heeft geen bereikbare slechte afloop (\"good\": false): laat een fout pad "
                      "of een afloop met \"minScore\"/\"without\" daar uitkomen.");
    const std::vector<std::string> path = protocol_path(sc);
    if (!path.empty()) {
        const ScenarioDecision* last = find_by_id(sc.decisions, path.back());
        std::string end = last ? last->next : std::string();
        if (last)
            for (QuestionKind k : asked_kinds(*last))
                if (const ScenarioQuestion* q = question_of(*last, k))
                    for (const ScenarioOption& o : q->options)
                        if (o.credit >= 1 && !o.next.empty()) end = o.next;
        const ScenarioEnding* e = find_by_id(sc.endings, end);
        if (e && !e->good)
            c.error(e->origin, "",
                    who + ": wie het protocol volgt, komt uit bij afloop \"" + e->id +
                        "\", die niet goed is; het pad van het protocol moet goed aflopen.");
    }
}

// A good ending must be earned: whoever leaked data, overstepped a role or
// scored too low cannot end there, whatever path led to it (issue 17).
void check_good_ending_requirement(Checker& c, const ScenarioEnding& e, const std::string& who) {
    if (!e.good) return;
    std::string missing;
    for (std::string_view m : kGoodEndingExcludes)
        if (std::find(e.requires_.without.begin(), e.requires_.without.end(), m) ==
            e.requires_.without.end())
            missing += (missing.empty() ? "\"" : " en \"") + std::string(m) + "\"";
    if (e.requires_.min_score + 1e-9 < kGoodEndingMinScore)
        c.error(e.origin, "/minScore",
                who + " is een goede afloop en moet verdiend worden: zet \"minScore\" op ten "
                      "minste 0.5 (de helft van de punten), met een \"otherwise\" "
                      "(\"good\": false) voor wie dat niet haalt.");
    if (!missing.empty())
        c.error(e.origin, "/without",
                who + " is een goede afloop en moet verdiend worden: noem " + missing +
                    " in \"without\", met een \"otherwise\" (\"good\": false) voor wie "
                    "zo'n fout maakt.");
}

void check_endings(Checker& c, const Scenario& sc, const std::vector<std::string>& ending_ids) {
    const std::vector<std::string> mistakes = mistake_ids(c.model());
    for (const ScenarioEnding& e : sc.endings) {
        const std::string who = "Oefening \"" + sc.id + "\", afloop \"" + e.id + "\"";
        c.reference(e.otherwise, ending_ids, "afloop", e.origin, "/otherwise", who);
        c.references(e.requires_.without, mistakes, "soort fout", e.origin, "/without", who);
        if (e.requires_.min_score < 0 || e.requires_.min_score > 1)
            c.error(
                e.origin, "/minScore",
                who + ": \"minScore\" is een deel van het maximum, tussen 0 en 1 (0.75 is 75 %).");
        if (e.requires_.any() && e.otherwise.empty())
            c.error(e.origin, "",
                    who + " stelt een eis (\"minScore\" of \"without\") maar noemt geen "
                          "\"otherwise\": waar eindigt de oefening als de eis niet gehaald wordt?");
        if (!e.requires_.any() && !e.otherwise.empty())
            c.error(e.origin, "/otherwise",
                    who + " noemt \"otherwise\" zonder eis; vul \"minScore\" of \"without\" in.");
        check_good_ending_requirement(c, e, who);
    }
}

} // namespace

void check_scenario(Checker& c, const Scenario& sc) {
    const Model& m = c.model();
    const std::string who = "Oefening \"" + sc.id + "\"";
    c.reference(sc.case_type, c.case_type_ids, "zaaktype", sc.origin, "/caseType", who);
    c.reference(sc.perspective, c.role_ids, "rol", sc.origin, "/perspective", who);
    c.provenance(sc.provenance, sc.origin, who);
    for (std::size_t i = 0; i < sc.persons.size(); ++i) {
        const std::string& id = sc.persons[i].identifier;
        if (!id.empty() && id.find("FICTIEF") == std::string::npos &&
            id.find("TEST") == std::string::npos)
            c.error(sc.origin, "/persons/" + std::to_string(i) + "/identifier",
                    who + ": kenmerk \"" + id +
                        "\" moet zichtbaar nep zijn (met FICTIEF of TEST erin).");
    }
    std::vector<std::string> decision_ids, ending_ids, targets;
    for (const ScenarioDecision& d : sc.decisions)
        decision_ids.push_back(d.id);
    for (const ScenarioEnding& e : sc.endings)
        ending_ids.push_back(e.id);
    targets = decision_ids;
    targets.insert(targets.end(), ending_ids.begin(), ending_ids.end());
    c.reference(sc.start, decision_ids, "startmoment", sc.origin, "/start", who);
    const CaseType* ct = find_case_type(m, sc.case_type);
    for (const ScenarioDecision& d : sc.decisions)
        check_decision(c, sc, ct, d, targets);
    check_endings(c, sc, ending_ids);
    check_paths(c, sc);
}

void check_scenarios(Checker& c) {
    for (const Scenario& sc : c.model().scenarios)
        check_scenario(c, sc);
    check_training_content(c);
}

} // namespace pw::detail
