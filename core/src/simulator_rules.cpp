// Feedback as content: which rules of content/feedback.json the simulator
// uses and with which placeholders, how a rule's text is filled in, and the
// small lookups the simulator's parts share.
#include "pw/lookup.hpp"
#include "simulator_internal.hpp"

#include <algorithm>

namespace pw {
namespace detail {

const std::vector<RuleSpec>& required_rules() {
    static const std::vector<RuleSpec> rules{
        {"keuze-protocol", {"antwoord"}},
        {"geen-keuze", {}},
        {"beslisser-niet", {"gekozen", "onderwerp", "stelling"}},
        {"formulering-goed", {}},
        {"formulering-mist", {"criterium"}},
        {"ontbrekend-leverancier", {"gegeven", "leverancier"}},
        {"ontvangers-goed", {"protocol"}},
        {"ontvangers-anders", {"protocol"}},
        {"ontvangers-extern", {"extra"}},
        {"ontvangers-collega", {"extra"}},
        {"ontvangers-vergeten", {"ontbreekt"}},
        {"gegevens-goed", {"protocol"}},
        {"gegevens-te-veel", {"extra", "doel"}},
        {"gegevens-ontbreekt", {"ontbreekt", "doel"}},
        {"gegevens-protocol", {"protocol"}},
        {"kanaal-goed", {"protocol"}},
        {"kanaal-onveilig", {"gekozen", "protocol"}},
        {"kanaal-anders", {"gekozen", "protocol"}},
        {"volgorde-goed", {}},
        {"volgorde-een-wissel", {"volgorde"}},
        {"volgorde-fout", {"volgorde"}},
        {"route-goed", {"route"}},
        {"route-bijna", {"route"}},
        {"route-fout", {"route", "gekozen"}},
        {"antwoord-illustratief", {"toelichting"}},
    };
    return rules;
}

const std::vector<const char*>& required_mistakes() {
    static const std::vector<const char*> ids{"datalek",         "vertraging",     "stagnatie",
                                              "te-veel-gedeeld", "rolfout",        "routefout",
                                              "stapfout",        "motiveringsfout"};
    return ids;
}

const std::vector<const char*>& consequence_params() {
    static const std::vector<const char*> params{"extra", "ontbreekt"};
    return params;
}

const char* default_mistake(QuestionKind kind) {
    switch (kind) {
    case QuestionKind::judgement:
    case QuestionKind::decides:
        return "rolfout";
    case QuestionKind::wording:
        return "motiveringsfout";
    case QuestionKind::missing:
        return "stagnatie";
    case QuestionKind::escalation:
        return "routefout";
    default:
        return "stapfout";
    }
}

DecisionContext context_of(const Model& m, const Scenario& sc, const ScenarioDecision& d) {
    DecisionContext c;
    c.case_type = find_case_type(m, sc.case_type);
    c.step = c.case_type ? find_step(*c.case_type, d.step) : nullptr;
    c.flow = c.step && !d.flow.empty() ? find_by_id(c.step->flows, d.flow) : nullptr;
    return c;
}

const Flow* find_flow(const CaseType& ct, std::string_view id) {
    for (const Step& s : ct.steps)
        if (const Flow* f = find_by_id(s.flows, id)) return f;
    return nullptr;
}

std::string venue_name(const Model& m, std::string_view id) {
    const Venue* v = find_by_id(m.venues, id);
    return v ? v->name : std::string(id);
}

std::vector<const WordingCriterion*> missed_criteria(const Model& m, const ScenarioQuestion& q,
                                                     const ScenarioOption& o) {
    std::vector<const WordingCriterion*> out;
    for (const std::string& id : q.criteria)
        if (std::find(o.meets.begin(), o.meets.end(), id) == o.meets.end())
            if (const WordingCriterion* c = find_by_id(m.wording_criteria, id)) out.push_back(c);
    return out;
}

double option_credit(const Model& m, const ScenarioDecision& d, QuestionKind kind,
                     const ScenarioOption& o) {
    if (kind != QuestionKind::wording) return o.credit;
    const auto missed = missed_criteria(m, d.wording, o);
    if (missed.empty()) return 1;
    if (missed.size() == 1 && !missed.front()->blocking) return 0.5;
    return 0;
}

} // namespace detail

std::string rule_text(const Model& m, const std::string& rule,
                      const std::vector<std::pair<std::string, std::string>>& params) {
    std::string text = rule;
    if (const FeedbackRule* r = find_by_id(m.feedback_rules, rule))
        text = r->text;
    else if (const MistakeClass* c = find_by_id(m.mistake_classes, rule))
        text = c->consequence;
    for (std::size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at)) {
        const std::size_t close = text.find('}', at);
        if (close == std::string::npos) break;
        const std::string name = text.substr(at + 1, close - at - 1);
        std::string value;
        for (const auto& [k, v] : params)
            if (k == name) value = v;
        text.replace(at, close - at + 1, value);
        at += value.size();
    }
    return text;
}

std::string feedback_text(const Model& m, const Feedback& f) {
    std::string out;
    for (const FeedbackPart& p : f.parts) {
        const std::string piece = p.rule.empty() ? p.text : rule_text(m, p.rule, p.params);
        if (piece.empty()) continue;
        out += (out.empty() ? "" : " ") + piece;
    }
    return out;
}

} // namespace pw
