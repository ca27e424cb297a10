// content/assistant.json: every reference resolves, and — by enumerating the
// whole answer space, which is small — every combination of answers reaches
// an outcome, names an organisation and a role of it, every question is asked
// in some combination and every outcome is the one chosen in some combination.
#include "checker.hpp"
#include "pw/assistant.hpp"
#include "pw/lookup.hpp"

#include <algorithm>
#include <set>

namespace pw::detail {
namespace {

// Beyond this the interview is too long to be a quick look-up anyway.
constexpr std::size_t kMaxCombinations = 100000;
constexpr int kMaxGapsReported = 5;

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

std::string describe(const Assistant& a, const AssistantAnswers& answers) {
    std::string out;
    for (const AssistantQuestion& q : a.questions)
        if (auto it = answers.find(q.id); it != answers.end())
            out += (out.empty() ? "" : ", ") + q.id + "=" + it->second;
    return out;
}

void check_conditions(Checker& c, const Assistant& a, const std::vector<AssistantCondition>& when,
                      std::size_t asked_before, const Origin& origin, const std::string& who) {
    for (std::size_t i = 0; i < when.size(); ++i) {
        const std::string at = "/when/" + std::to_string(i);
        const auto q =
            std::find_if(a.questions.begin(), a.questions.begin() + asked_before,
                         [&](const AssistantQuestion& x) { return x.id == when[i].question; });
        if (q == a.questions.begin() + asked_before) {
            c.error(origin, at + "/question",
                    who + ": de voorwaarde noemt vraag " + quoted(when[i].question) +
                        ", maar die bestaat niet of komt pas later; een voorwaarde kijkt naar "
                        "een eerdere vraag.");
            continue;
        }
        for (std::size_t j = 0; j < when[i].is.size(); ++j)
            if (!find_by_id(q->options, when[i].is[j]))
                c.error(origin, at + "/is/" + std::to_string(j),
                        who + ": vraag " + quoted(q->id) + " heeft geen keuze " +
                            quoted(when[i].is[j]) + ".");
    }
}

void check_note(Checker& c, const AssistantNote& n, const std::string& who) {
    c.source_or_flag(n.provenance, n.origin, who);
    c.references(n.ask, c.organisation_ids, "organisatie", n.origin, "/ask", who);
    if (n.open && n.ask.empty())
        c.error(n.origin, "/ask",
                who + " is open (de bronnen regelen het niet) maar noemt niet wie je het vraagt; "
                      "zet de organisatie(s) onder \"ask\".");
}

void check_decision_rights(Checker& c, const std::vector<std::string>& ids, const Origin& origin,
                           const std::string& who) {
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (!find_by_id(c.model().decision_rights, ids[i]))
            c.error(origin, "/decisionRights/" + std::to_string(i),
                    who + ": rolverdeling " + quoted(ids[i]) +
                        " bestaat niet (zie decisionRights "
                        "in organisations.json).");
}

void check_questions(Checker& c, const Assistant& a) {
    for (std::size_t qi = 0; qi < a.questions.size(); ++qi) {
        const AssistantQuestion& q = a.questions[qi];
        const std::string who = "Vraag " + quoted(q.id);
        check_conditions(c, a, q.when, qi, q.origin, who);
        for (const AssistantOption& o : q.options) {
            const std::string owho = who + ", keuze " + quoted(o.id);
            c.reference(o.organisation, c.organisation_ids, "organisatie", o.origin,
                        "/organisation", owho);
            c.reference(o.role, c.role_ids, "rol", o.origin, "/role", owho);
            check_decision_rights(c, o.decision_rights, o.origin, owho);
            if (o.has_note) check_note(c, o.note, owho + ", opmerking");
        }
    }
}

void check_outcomes(Checker& c, const Assistant& a) {
    const Model& m = c.model();
    for (const AssistantOutcome& o : a.outcomes) {
        const std::string who = "Uitkomst " + quoted(o.id);
        check_conditions(c, a, o.when, a.questions.size(), o.origin, who);
        c.source_or_flag(o.provenance, o.origin, who);
        check_decision_rights(c, o.decision_rights, o.origin, who);
        c.references(o.ask, c.organisation_ids, "organisatie", o.origin, "/ask", who);
        for (const std::string& org : o.ask)
            if (std::none_of(m.contact_points.begin(), m.contact_points.end(),
                             [&](const ContactPoint& cp) { return cp.organisation == org; }))
                c.error(o.origin, "/ask",
                        who + ": organisatie " + quoted(org) +
                            " heeft geen contactpunt (contactPoints in organisations.json).");
        if (o.open && o.ask.empty())
            c.error(o.origin, "/ask",
                    who + " is open maar noemt niet wie je het vraagt; zet de organisatie(s) "
                          "onder \"ask\".");
        for (std::size_t i = 0; i < o.deadlines.size(); ++i)
            check_note(c, o.deadlines[i], who + ", termijn " + std::to_string(i + 1));
        for (std::size_t i = 0; i < o.notes.size(); ++i)
            check_note(c, o.notes[i], who + ", opmerking " + std::to_string(i + 1));
        if (o.case_type.empty()) {
            if (!o.open)
                c.error(o.origin, "/caseType",
                        who + " noemt geen zaaktype; dat mag alleen bij een open uitkomst "
                              "(\"open\": true).");
            continue;
        }
        const CaseType* ct = find_case_type(m, o.case_type);
        if (!ct) {
            c.reference(o.case_type, c.case_type_ids, "zaaktype", o.origin, "/caseType", who);
            continue;
        }
        if (o.step.empty())
            c.error(o.origin, "/step", who + " noemt de stap waar de zaak waarschijnlijk is niet.");
        const std::string step_who = who + " (zaaktype " + quoted(ct->id) + ")";
        std::vector<std::string> step_ids;
        for (const Step& s : ct->steps)
            step_ids.push_back(s.id);
        c.reference(o.step, step_ids, "stap", o.origin, "/step", step_who);
        c.references(o.steps, step_ids, "stap", o.origin, "/steps", step_who);
    }
}

// The answer space, combination by combination.
void check_answer_space(Checker& c, const Assistant& a) {
    const Model& m = c.model();
    std::set<std::string> asked, chosen;
    int gaps = 0, roleless = 0;
    const std::size_t n =
        for_each_combination(a, kMaxCombinations, [&](const AssistantAnswers& answers) {
            for (const auto& [question, option] : answers)
                asked.insert(question);
            const AssistantOutcome* o = matching_outcome(a, answers);
            if (o)
                chosen.insert(o->id);
            else if (gaps++ < kMaxGapsReported)
                c.error(a.origin, "/outcomes",
                        "Assistent: geen uitkomst voor de antwoorden " + describe(a, answers) +
                            "; voeg een uitkomst toe waarvan de voorwaarden hierbij gelden.");
            std::string organisation, role;
            for (const AssistantQuestion& q : a.questions)
                if (auto it = answers.find(q.id); it != answers.end())
                    if (const AssistantOption* opt = find_by_id(q.options, it->second)) {
                        if (!opt->organisation.empty()) organisation = opt->organisation;
                        if (!opt->role.empty()) role = opt->role;
                    }
            const Role* r = find_role(m, role);
            const bool fits = !organisation.empty() && r && r->organisation == organisation;
            if (!fits && roleless++ < kMaxGapsReported)
                c.error(a.origin, "/questions",
                        "Assistent: de antwoorden " + describe(a, answers) +
                            " noemen geen organisatie met een rol van die organisatie; elk "
                            "vraaggesprek vraagt naar beide (keuzes met \"organisation\" en "
                            "\"role\").");
            return true;
        });
    if (n >= kMaxCombinations) {
        c.error(a.origin, "/questions",
                "Assistent: meer dan " + std::to_string(kMaxCombinations) +
                    " combinaties van antwoorden; maak het vraaggesprek korter.");
        return;
    }
    if (gaps > kMaxGapsReported)
        c.error(a.origin, "/outcomes",
                "Assistent: nog " + std::to_string(gaps - kMaxGapsReported) +
                    " combinaties van antwoorden zonder uitkomst.");
    for (const AssistantQuestion& q : a.questions)
        if (!asked.count(q.id))
            c.error(q.origin, "/when",
                    "Vraag " + quoted(q.id) +
                        " wordt bij geen enkele combinatie van antwoorden gesteld; kijk de "
                        "voorwaarden onder \"when\" na.");
    for (const AssistantOutcome& o : a.outcomes)
        if (!chosen.count(o.id))
            c.error(o.origin, "/when",
                    "Uitkomst " + quoted(o.id) +
                        " wordt nooit gekozen: een eerdere uitkomst dekt al haar antwoorden, of "
                        "haar voorwaarden kunnen niet samen gelden.");
}

} // namespace

void check_assistant(Checker& c) {
    const Assistant& a = c.model().assistant;
    if (a.origin.file < 0) return; // no assistant in this content
    check_questions(c, a);
    check_outcomes(c, a);
    check_answer_space(c, a);
}

} // namespace pw::detail
