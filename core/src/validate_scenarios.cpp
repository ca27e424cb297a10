// Training scenarios: every reference resolves, every decision practises a
// protocol step, the protocol's own answer is among the choices (so the
// "allowed data" of a decision is exactly the data of its flow), tempting
// extras exist, and every path ends.
#include "checker.hpp"

#include "pw/lookup.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pw::detail {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

void check_question(Checker& c, const ScenarioQuestion& q, const Origin& o, const std::string& key,
                    const std::string& who, const std::vector<std::string>& targets,
                    bool single_answer) {
    if (!q.asked()) return;
    const std::size_t correct = static_cast<std::size_t>(std::count_if(
        q.options.begin(), q.options.end(), [](const ScenarioOption& x) { return x.correct; }));
    if (correct == 0)
        c.error(o, "/" + key,
                who + ": vraag \"" + key + "\" heeft geen juiste keuze (\"correct\": true).");
    if (single_answer && correct > 1)
        c.error(o, "/" + key,
                who + ": vraag \"" + key + "\" heeft meer dan één juiste keuze; kies er één.");
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        if (!q.options[i].next.empty())
            c.reference(q.options[i].next, targets, "vervolg", o,
                        "/" + key + "/options/" + std::to_string(i) + "/next", who);
        // A JSON Schema cannot say this: two options with one id make an answer ambiguous.
        for (std::size_t j = 0; j < i; ++j)
            if (q.options[i].id == q.options[j].id && !q.options[i].id.empty()) {
                c.error(o, "/" + key + "/options/" + std::to_string(i) + "/id",
                        who + ": keuze \"" + q.options[i].id + "\" van vraag \"" + key +
                            "\" staat twee keer in de lijst (ook als keuze " +
                            std::to_string(j + 1) + "); elke keuze heeft een eigen id.");
                break;
            }
    }
}

void check_decision(Checker& c, const Scenario& sc, const CaseType* ct, const ScenarioDecision& d,
                    const std::vector<std::string>& targets) {
    const std::string who = "Oefening \"" + sc.id + "\", beslismoment \"" + d.id + "\"";
    const Model& m = c.model();
    const Step* step = nullptr;
    if (ct) {
        std::vector<std::string> step_ids;
        for (const Step& s : ct->steps)
            step_ids.push_back(s.id);
        c.reference(d.step, step_ids, "processtap", d.origin, "/step", who);
        step = find_step(*ct, d.step);
    }
    const Flow* flow = nullptr;
    if (step && !d.flow.empty()) {
        std::vector<std::string> flow_ids;
        for (const Flow& f : step->flows)
            flow_ids.push_back(f.id);
        c.reference(d.flow, flow_ids, "gegevensstroom van deze stap", d.origin, "/flow", who);
        flow = find_by_id(step->flows, d.flow);
    }
    const bool asks_flow =
        !d.offered_recipients.empty() || !d.offered_data.empty() || !d.offered_channels.empty();
    if (asks_flow && d.flow.empty())
        c.error(d.origin, "",
                who + " vraagt naar ontvangers, gegevens of kanaal maar noemt geen \"flow\" "
                      "waaruit het juiste antwoord volgt.");
    if (!asks_flow && !d.action.asked() && !d.judgement.asked())
        c.error(d.origin, "", who + " stelt geen enkele vraag.");

    c.references(d.offered_recipients, c.role_ids, "rol", d.origin, "/recipients", who);
    c.references(d.offered_data, c.data_ids, "gegeven", d.origin, "/data", who);
    c.references(d.offered_channels, c.channel_ids, "kanaal", d.origin, "/channels", who);
    if (flow) {
        // The protocol's answer must be choosable, or nobody can get it right.
        if (!d.offered_recipients.empty())
            for (const auto& r : flow->to)
                if (!contains(d.offered_recipients, r))
                    c.error(d.origin, "/recipients",
                            who + ": ontvanger \"" + r +
                                "\" van de gegevensstroom staat niet tussen de keuzes.");
        if (!d.offered_data.empty()) {
            const auto allowed = shared_data(*ct, *flow);
            for (const auto& x : allowed)
                if (!contains(d.offered_data, x))
                    c.error(d.origin, "/data",
                            who + ": gegeven \"" + x +
                                "\" van de gegevensstroom staat niet tussen de keuzes.");
            const bool tempting =
                std::any_of(d.offered_data.begin(), d.offered_data.end(),
                            [&](const std::string& x) { return !contains(allowed, x); });
            if (!tempting)
                c.error(d.origin, "/data",
                        who + ": bied ook gegevens aan die voor dit doel níet gedeeld mogen "
                              "worden, anders valt er niets te kiezen.");
            if (d.on_over_sharing.empty())
                c.error(d.origin, "",
                        who + ": vul \"consequences.overSharing\" in: wat gebeurt er in het "
                              "verhaal als er te veel gedeeld wordt?");
        }
        if (!d.offered_channels.empty()) {
            if (!contains(d.offered_channels, flow->channel))
                c.error(d.origin, "/channels",
                        who + ": kanaal \"" + flow->channel +
                            "\" van de gegevensstroom staat niet tussen de keuzes.");
            const bool insecure = std::any_of(d.offered_channels.begin(), d.offered_channels.end(),
                                              [&](const std::string& x) {
                                                  const Channel* ch = find_by_id(m.channels, x);
                                                  return ch && !ch->secure;
                                              });
            if (insecure && d.on_insecure_channel.empty())
                c.error(d.origin, "",
                        who + ": vul \"consequences.insecureChannel\" in: wat gebeurt er als het "
                              "via een onveilig kanaal gaat?");
        }
        if (!d.offered_recipients.empty() && d.on_wrong_recipient.empty())
            c.error(d.origin, "",
                    who + ": vul \"consequences.wrongRecipient\" in: wat gebeurt er bij een "
                          "verkeerde ontvanger?");
    }
    check_question(c, d.action, d.origin, "action", who, targets, false);
    check_question(c, d.judgement, d.origin, "judgement", who, targets, true);
    if (!d.next.empty()) c.reference(d.next, targets, "vervolg", d.origin, "/next", who);
    const bool every_option_branches =
        d.action.asked() && std::all_of(d.action.options.begin(), d.action.options.end(),
                                        [](const ScenarioOption& o) { return !o.next.empty(); });
    if (d.next.empty() && !every_option_branches)
        c.error(d.origin, "",
                who + " heeft geen vervolg; vul \"next\" in (een beslismoment of een afloop).");
}

// Every decision reachable from the start, every path ending in an ending.
void check_paths(Checker& c, const Scenario& sc) {
    std::map<std::string, std::vector<std::string>> edges;
    for (const ScenarioDecision& d : sc.decisions) {
        auto& out = edges[d.id];
        if (!d.next.empty()) out.push_back(d.next);
        for (const ScenarioOption& o : d.action.options)
            if (!o.next.empty()) out.push_back(o.next);
    }
    std::set<std::string> endings;
    for (const ScenarioEnding& e : sc.endings)
        endings.insert(e.id);
    std::set<std::string> reached{sc.start};
    std::vector<std::string> work{sc.start};
    while (!work.empty()) {
        const std::string at = work.back();
        work.pop_back();
        for (const auto& n : edges[at])
            if (reached.insert(n).second) work.push_back(n);
    }
    const std::string who = "Oefening \"" + sc.id + "\"";
    for (const ScenarioDecision& d : sc.decisions)
        if (!reached.count(d.id))
            c.error(d.origin, "",
                    who + ": beslismoment \"" + d.id + "\" is niet bereikbaar vanaf de start.");
    for (const ScenarioEnding& e : sc.endings)
        if (!reached.count(e.id))
            c.error(e.origin, "", who + ": afloop \"" + e.id + "\" wordt nooit bereikt.");
    std::set<std::string> ending = endings;
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& [from, to] : edges)
            if (!ending.count(from) && std::any_of(to.begin(), to.end(), [&](const std::string& n) {
                    return ending.count(n) > 0;
                })) {
                ending.insert(from);
                grew = true;
            }
    }
    for (const ScenarioDecision& d : sc.decisions)
        if (reached.count(d.id) && !ending.count(d.id))
            c.error(d.origin, "",
                    who + ": vanaf beslismoment \"" + d.id +
                        "\" komt de oefening nooit bij een afloop.");
}

} // namespace

void check_scenarios(Checker& c) {
    const Model& m = c.model();
    for (const Scenario& sc : m.scenarios) {
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
        std::vector<std::string> decision_ids, targets;
        for (const ScenarioDecision& d : sc.decisions)
            decision_ids.push_back(d.id);
        targets = decision_ids;
        for (const ScenarioEnding& e : sc.endings)
            targets.push_back(e.id);
        c.reference(sc.start, decision_ids, "startmoment", sc.origin, "/start", who);
        const CaseType* ct = find_case_type(m, sc.case_type);
        for (const ScenarioDecision& d : sc.decisions)
            check_decision(c, sc, ct, d, targets);
        check_paths(c, sc);
    }
}

} // namespace pw::detail
