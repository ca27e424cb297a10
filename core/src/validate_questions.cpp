// The questions of a decision, each checked by the rules of its kind; the
// right answer always follows from the content (a flow, a decision right, the
// escalation table, the case type's order) or is written with a quoted source.
#include "checker.hpp"
#include "simulator_internal.hpp"
#include "validate_scenario_parts.hpp"

#include "pw/lookup.hpp"

#include <algorithm>
#include <set>

namespace pw::detail {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

template <class T> std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> out;
    for (const T& x : items)
        out.push_back(x.id);
    return out;
}

// Fields that belong to one kind of question only.
void check_fields_fit(Checker& c, QuestionKind kind, const ScenarioQuestion& q,
                      const std::string& who) {
    auto refuse = [&](bool used, const char* field, const char* owner) {
        if (used)
            c.error(q.origin, "",
                    who + ": veld \"" + field + "\" hoort alleen bij een vraag \"" + owner + "\".");
    };
    refuse(!q.right.empty() && kind != QuestionKind::decides, "right", "decides");
    refuse(!q.criteria.empty() && kind != QuestionKind::wording, "criteria", "wording");
    refuse((!q.data_item.empty() || !q.flow.empty()) && kind != QuestionKind::missing, "data/flow",
           "missing");
    refuse(!q.correct_order.empty() && kind != QuestionKind::order, "correctOrder", "order");
    refuse(!q.matter.empty() && kind != QuestionKind::escalation, "matter", "escalation");
    for (const ScenarioOption& o : q.options) {
        refuse(!o.decider.empty() && kind != QuestionKind::decides, "decider", "decides");
        refuse(!o.meets.empty() && kind != QuestionKind::wording, "meets", "wording");
        refuse(!o.ask.empty() && kind != QuestionKind::missing, "ask", "missing");
        refuse((!o.step.empty() || !o.flow.empty()) && kind != QuestionKind::order, "step/flow",
               "order");
    }
}

void check_options(Checker& c, const ScenarioDecision& d, QuestionKind kind,
                   const ScenarioQuestion& q, const std::string& who,
                   const std::vector<std::string>& targets) {
    const Model& m = c.model();
    const std::vector<std::string> rules = ids_of(m.feedback_rules);
    const std::vector<std::string> mistakes = ids_of(m.mistake_classes);
    std::set<std::string> seen;
    int full = 0;
    for (const ScenarioOption& o : q.options) {
        const std::string at = who + ", keuze \"" + o.id + "\"";
        if (!seen.insert(o.id).second)
            c.error(o.origin, "/id", at + ": dit id staat twee keer in dezelfde vraag.");
        if (kind == QuestionKind::wording && o.credit != 0)
            c.error(o.origin, "",
                    at + ": bij een formulering volgt de score uit de criteria (\"meets\"); "
                         "schrijf geen \"correct\" of \"credit\".");
        if (kind == QuestionKind::wording && !o.next.empty())
            c.error(o.origin, "/next",
                    at + ": een formulering vertakt niet per keuze; gebruik \"onMistake\" "
                         "met \"motiveringsfout\".");
        if (o.credit != 0 && o.credit != 0.5 && o.credit != 1)
            c.error(o.origin, "/credit", at + ": \"credit\" is 0, 0.5 of 1.");
        const double credit = option_credit(m, d, kind, o);
        if (credit >= 1) ++full;
        if (o.credit == 0.5 && o.rule.empty())
            c.error(o.origin, "/credit",
                    at + ": een half punt vraagt om een \"rule\" (uit feedback.json) die uitlegt "
                         "waarom.");
        c.reference(o.rule, rules, "feedbackregel", o.origin, "/rule", at);
        c.reference(o.mistake, mistakes, "soort fout", o.origin, "/mistake", at);
        c.reference(o.next, targets, "vervolg", o.origin, "/next", at);
        if (credit >= 1) {
            c.provenance(o.provenance, o.origin, at);
            require_quoted_or_flagged(c, o.provenance, o.origin, "", at);
        }
        const bool story_kind = kind == QuestionKind::action || kind == QuestionKind::missing;
        if (story_kind && credit < 1 && o.consequence.empty() && o.next.empty())
            c.error(o.origin, "",
                    at + ": een foute keuze heeft een gevolg in het verhaal: vul \"consequence\" "
                         "in (of laat haar met \"next\" een eigen pad gaan).");
    }
    if (full == 0)
        c.error(q.origin, "",
                who + ": geen keuze is volledig goed (\"correct\": true, of bij een formulering: "
                      "alle criteria in \"meets\").");
    const bool single = kind == QuestionKind::judgement || kind == QuestionKind::decides ||
                        kind == QuestionKind::wording || kind == QuestionKind::missing;
    if (single && full > 1)
        c.error(q.origin, "", who + ": meer dan één keuze is volledig goed; kies er één.");
    if (kind == QuestionKind::wording && full == static_cast<int>(q.options.size()))
        c.error(q.origin, "", who + ": elke formulering voldoet; bied ook zwakkere aan.");
}

void check_decides(Checker& c, const ScenarioQuestion& q, const std::string& who) {
    const Model& m = c.model();
    const DecisionRight* right = find_by_id(m.decision_rights, q.right);
    if (q.right.empty())
        c.error(
            q.origin, "",
            who + ": noem met \"right\" de rolverdeling (decisionRights) waar de vraag over gaat.");
    c.reference(q.right, ids_of(m.decision_rights), "rolverdeling", q.origin, "/right", who);
    for (const ScenarioOption& o : q.options) {
        const std::string at = who + ", keuze \"" + o.id + "\"";
        if (o.decider.empty())
            c.error(o.origin, "",
                    at + ": noem met \"decider\" de organisatie die volgens deze keuze beslist.");
        c.reference(o.decider, c.organisation_ids, "organisatie", o.origin, "/decider", at);
        if (!right || o.decider.empty()) continue;
        if (o.credit >= 1 && o.decider != right->organisation)
            c.error(o.origin, "/decider",
                    at + ": volgens de rolverdeling \"" + right->id + "\" beslist \"" +
                        right->organisation + "\", niet \"" + o.decider + "\".");
        if (o.credit > 0 && contains(right->not_decided_by, o.decider))
            c.error(o.origin, "/credit",
                    at + ": \"" + o.decider +
                        "\" beslist hier volgens de rolverdeling niet over; "
                        "deze keuze kan geen punten opleveren.");
    }
}

void check_wording(Checker& c, const ScenarioQuestion& q, const std::string& who) {
    const std::vector<std::string> criteria = ids_of(c.model().wording_criteria);
    if (q.criteria.empty())
        c.error(q.origin, "",
                who + ": noem met \"criteria\" waaraan een goede formulering voldoet.");
    c.references(q.criteria, criteria, "criterium", q.origin, "/criteria", who);
    for (const ScenarioOption& o : q.options)
        for (const std::string& x : o.meets)
            if (!contains(q.criteria, x))
                c.error(o.origin, "/meets",
                        who + ", keuze \"" + o.id + "\": criterium \"" + x +
                            "\" staat niet in de \"criteria\" van de vraag.");
}

void check_missing(Checker& c, const CaseType* ct, const ScenarioQuestion& q,
                   const std::string& who) {
    const Model& m = c.model();
    c.reference(q.data_item, c.data_ids, "gegeven", q.origin, "/data", who);
    const Flow* supply = ct ? find_flow(*ct, q.flow) : nullptr;
    if (ct && !supply)
        c.error(q.origin, "/flow",
                who + ": noem met \"flow\" de gegevensstroom van het zaaktype die \"" +
                    q.data_item + "\" levert; \"" + q.flow + "\" bestaat daar niet.");
    if (supply && !contains(shared_data(*ct, *supply), q.data_item))
        c.error(q.origin, "/data",
                who + ": gegevensstroom \"" + supply->id + "\" levert \"" + q.data_item +
                    "\" niet.");
    const Organisation* holder = supply ? organisation_of_role(m, supply->from) : nullptr;
    for (const ScenarioOption& o : q.options) {
        c.reference(o.ask, c.role_ids, "rol", o.origin, "/ask", who);
        const Organisation* asked = o.ask.empty() ? nullptr : organisation_of_role(m, o.ask);
        if (o.credit >= 1 && holder && asked != holder)
            c.error(o.origin, "/ask",
                    who + ", keuze \"" + o.id + "\": het goede antwoord vraagt het aan de " +
                        "organisatie die het volgens het protocol levert (" + holder->name +
                        "); zet \"ask\" op een rol daarvan.");
    }
}

bool step_reaches(const CaseType& ct, const std::string& from, const std::string& to) {
    std::set<std::string> seen{from};
    std::vector<std::string> work{from};
    while (!work.empty()) {
        const Step* s = find_step(ct, work.back());
        work.pop_back();
        if (!s) continue;
        for (const Transition& t : s->next) {
            if (t.step == to) return true;
            if (seen.insert(t.step).second) work.push_back(t.step);
        }
    }
    return false;
}

// Where an order item sits in the case type: its step, and its flow if it names one.
std::pair<std::string, const Flow*> place_of(const CaseType& ct, const ScenarioOption& item) {
    if (!item.flow.empty())
        for (const Step& s : ct.steps)
            if (const Flow* f = find_by_id(s.flows, item.flow)) return {s.id, f};
    return {item.step, nullptr};
}

void check_order(Checker& c, const CaseType* ct, const ScenarioQuestion& q,
                 const std::string& who) {
    std::vector<std::string> shown;
    for (const ScenarioOption& o : q.options)
        shown.push_back(o.id);
    if (shown.size() < 3)
        c.error(q.origin, "/items", who + ": zet minstens drie onderdelen op volgorde.");
    std::vector<std::string> sorted_shown = shown, sorted_answer = q.correct_order;
    std::sort(sorted_shown.begin(), sorted_shown.end());
    std::sort(sorted_answer.begin(), sorted_answer.end());
    if (sorted_shown != sorted_answer)
        c.error(q.origin, "/correctOrder",
                who + ": \"correctOrder\" noemt elk onderdeel van \"items\" precies één keer.");
    if (shown == q.correct_order)
        c.error(
            q.origin, "/items",
            who +
                ": de onderdelen staan al in de goede volgorde; zet ze in \"items\" door elkaar.");
    require_quoted_or_flagged(c, q.provenance, q.origin, "", who);
    if (!ct) return;
    for (const ScenarioOption& o : q.options) {
        if (!o.step.empty() && !find_step(*ct, o.step))
            c.error(o.origin, "/step",
                    who + ": stap \"" + o.step + "\" bestaat niet in het zaaktype.");
        if (!o.flow.empty() && !find_flow(*ct, o.flow))
            c.error(o.origin, "/flow",
                    who + ": gegevensstroom \"" + o.flow + "\" bestaat niet in het zaaktype.");
    }
    for (std::size_t i = 0; i + 1 < q.correct_order.size(); ++i) {
        const ScenarioOption* a = find_by_id(q.options, q.correct_order[i]);
        const ScenarioOption* b = find_by_id(q.options, q.correct_order[i + 1]);
        if (!a || !b || (a->step.empty() && a->flow.empty()) ||
            (b->step.empty() && b->flow.empty()))
            continue;
        const auto [step_a, flow_a] = place_of(*ct, *a);
        const auto [step_b, flow_b] = place_of(*ct, *b);
        const bool fits = step_a == step_b ? flow_a && flow_b && contains(flow_a->to, flow_b->from)
                                           : step_reaches(*ct, step_a, step_b);
        if (!fits)
            c.error(q.origin, "/correctOrder",
                    who + ": volgens het zaaktype komt \"" + b->id + "\" niet na \"" + a->id +
                        "\"; de oefening en de gids moeten het eens zijn.");
    }
}

void check_escalation(Checker& c, const ScenarioQuestion& q, const std::string& who) {
    const Model& m = c.model();
    c.reference(q.matter, ids_of(m.escalation_matters), "soort kwestie", q.origin, "/matter", who);
    c.references(q.venues, ids_of(m.venues), "overleg of loket", q.origin, "/venues", who);
    const EscalationMatter* em = find_by_id(m.escalation_matters, q.matter);
    if (!em) return;
    for (const std::string& v : em->route)
        if (!contains(q.venues, v))
            c.error(q.origin, "/venues",
                    who + ": \"" + v + "\" hoort bij de route van \"" + em->id +
                        "\" en moet tussen de keuzes staan.");
    if (q.venues.size() <= em->route.size())
        c.error(q.origin, "/venues",
                who + ": bied ook plekken aan die níet op de route liggen, anders valt er niets te "
                      "kiezen.");
}

} // namespace

void check_option_questions(Checker& c, const Scenario&, const CaseType* ct,
                            const ScenarioDecision& d, const std::string& who,
                            const std::vector<std::string>& targets) {
    for (QuestionKind kind : {QuestionKind::action, QuestionKind::judgement, QuestionKind::decides,
                              QuestionKind::wording, QuestionKind::missing, QuestionKind::order,
                              QuestionKind::escalation}) {
        const ScenarioQuestion& q = *question_of(d, kind);
        if (!q.asked()) continue;
        const std::string at = who + ", vraag \"" + question_kind_id(kind) + "\"";
        check_fields_fit(c, kind, q, at);
        if (kind == QuestionKind::order) {
            check_order(c, ct, q, at);
            continue;
        }
        if (kind == QuestionKind::escalation) {
            check_escalation(c, q, at);
            continue;
        }
        check_options(c, d, kind, q, at, targets);
        if (kind == QuestionKind::decides) check_decides(c, q, at);
        if (kind == QuestionKind::wording) check_wording(c, q, at);
        if (kind == QuestionKind::missing) check_missing(c, ct, q, at);
    }
}

} // namespace pw::detail
