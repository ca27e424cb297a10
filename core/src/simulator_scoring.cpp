// Scoring one answer: per question a Feedback (points, the rules that explain
// them, the sources), the mistakes it counts as, what happens in the story,
// and where the scenario goes next.
#include "pw/lookup.hpp"
#include "simulator_internal.hpp"

#include <algorithm>
#include <cctype>

namespace pw {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;
using detail::DecisionContext;

std::vector<std::string> minus(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
    std::vector<std::string> out;
    for (const auto& x : a)
        if (std::find(b.begin(), b.end(), x) == b.end() &&
            std::find(out.begin(), out.end(), x) == out.end())
            out.push_back(x);
    return out;
}

std::string names(const Model& m, const std::vector<std::string>& ids,
                  std::string_view (*name)(const Model&, std::string_view)) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) out += i + 1 == ids.size() ? " en " : ", ";
        out += name(m, ids[i]);
    }
    return out;
}

std::string venue_route(const Model& m, const std::vector<std::string>& ids) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i ? " → " : "") + detail::venue_name(m, ids[i]);
    return out;
}

FeedbackPart rule(std::string id, Params params = {}) {
    return {std::move(id), std::move(params), {}};
}
FeedbackPart literal(std::string text) {
    return {{}, {}, std::move(text)};
}

// The flow's purpose, quoted mid-sentence: no final full stop, no capital.
std::string purpose_of(const Flow& flow) {
    std::string p = flow.purposes.empty() ? std::string() : flow.purposes.front();
    if (!p.empty() && p.back() == '.') p.pop_back();
    if (p.size() > 1 && std::islower(static_cast<unsigned char>(p[1]))) // not "IND ..."
        p[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(p[0])));
    return p;
}

std::string organisation_label(const Model& m, const std::string& id) {
    const Organisation* org = find_organisation(m, id);
    return org ? org->name : id;
}

void add_principle(const Model& m, const char* id, std::vector<Citation>& out) {
    if (const Principle* p = find_by_id(m.principles, id))
        out.insert(out.end(), p->provenance.citations.begin(), p->provenance.citations.end());
}

// A question's result while the outcome is put together.
struct Scored {
    Feedback feedback;
    std::vector<std::pair<std::string, Params>> mistakes; // class, values for its story
    std::string consequence;                              // an option's own story
    std::string next;                                     // an option's own branch
};

Scored make(QuestionKind kind, double points) {
    Scored s;
    s.feedback.kind = kind;
    s.feedback.dimension = dimension_of(kind);
    s.feedback.points = points;
    return s;
}

void rest_on(Feedback& f, const Provenance& p, const Provenance& fallback = {}) {
    const Provenance& used = p.citations.empty() && !p.illustrative ? fallback : p;
    f.citations.insert(f.citations.end(), used.citations.begin(), used.citations.end());
    if (used.illustrative) {
        f.illustrative = true;
        f.illustrative_note = used.illustrative_note;
    }
}

Scored score_option(const Model& m, const ScenarioDecision& d, QuestionKind kind,
                    const std::string& chosen, const DecisionContext& ctx) {
    const ScenarioQuestion& q = *question_of(d, kind);
    const ScenarioOption* o = find_by_id(q.options, chosen);
    const ScenarioOption* right = nullptr;
    for (const ScenarioOption& x : q.options)
        if (!right && detail::option_credit(m, d, kind, x) >= 1) right = &x;
    Scored s = make(kind, o ? detail::option_credit(m, d, kind, *o) : 0);
    Feedback& f = s.feedback;
    if (!o) {
        f.parts.push_back(rule("geen-keuze"));
        return s;
    }
    if (!o->feedback.empty()) f.parts.push_back(literal(o->feedback));
    if (kind == QuestionKind::decides)
        if (const DecisionRight* r = find_by_id(m.decision_rights, q.right);
            r && std::count(r->not_decided_by.begin(), r->not_decided_by.end(), o->decider))
            f.parts.push_back(
                rule("beslisser-niet", {{"gekozen", organisation_label(m, o->decider)},
                                        {"onderwerp", r->subject},
                                        {"stelling", r->statement}}));
    if (!o->rule.empty()) f.parts.push_back(rule(o->rule));
    if (kind == QuestionKind::wording) {
        for (const WordingCriterion* c : detail::missed_criteria(m, q, *o))
            f.parts.push_back(rule("formulering-mist", {{"criterium", c->missing}}));
        if (f.points >= 1) f.parts.push_back(rule("formulering-goed"));
    }
    if (kind == QuestionKind::missing && f.points < 1 && ctx.case_type)
        if (const Flow* supply = detail::find_flow(*ctx.case_type, q.flow))
            f.parts.push_back(rule("ontbrekend-leverancier",
                                   {{"gegeven", std::string(data_item_name(m, q.data_item))},
                                    {"leverancier", std::string(role_name(m, supply->from))}}));
    if (f.points < 1 && right) {
        f.parts.push_back(rule("keuze-protocol", {{"antwoord", right->text}}));
        if (!right->feedback.empty()) f.parts.push_back(literal(right->feedback));
    }
    if (right) rest_on(f, right->provenance, ctx.step ? ctx.step->provenance : Provenance{});
    if (f.points < 1)
        s.mistakes.push_back({o->mistake.empty() ? detail::default_mistake(kind) : o->mistake, {}});
    s.consequence = o->consequence;
    s.next = o->next;
    return s;
}

bool is_colleague(const Model& m, const Flow& flow, const std::string& role) {
    const Organisation* org = organisation_of_role(m, role);
    if (!org || org->id == "gezin") return false;
    auto same = [&](const std::string& other) {
        const Organisation* o = organisation_of_role(m, other);
        return o && o->id == org->id;
    };
    return same(flow.from) || std::any_of(flow.to.begin(), flow.to.end(), same);
}

Scored score_recipients(const Model& m, const Flow& flow, const ScenarioAnswer& a) {
    const auto missing = minus(flow.to, a.recipients);
    const auto extra = minus(a.recipients, flow.to);
    Scored s = make(QuestionKind::recipients,
                    std::max(0.0, 1.0 - 0.5 * static_cast<double>(missing.size() + extra.size())));
    Feedback& f = s.feedback;
    const std::string protocol = names(m, flow.to, role_name);
    if (missing.empty() && extra.empty()) {
        f.parts.push_back(rule("ontvangers-goed", {{"protocol", protocol}}));
        return s;
    }
    f.parts.push_back(rule("ontvangers-anders", {{"protocol", protocol}}));
    std::vector<std::string> outside, colleagues;
    for (const auto& r : extra)
        (is_colleague(m, flow, r) ? colleagues : outside).push_back(r);
    if (!outside.empty()) {
        const Params p{{"extra", names(m, outside, role_name)}};
        f.parts.push_back(rule("ontvangers-extern", p));
        s.mistakes.push_back({"datalek", p});
    }
    if (!colleagues.empty()) {
        const Params p{{"extra", names(m, colleagues, role_name)}};
        f.parts.push_back(rule("ontvangers-collega", p));
        s.mistakes.push_back({"vertraging", p});
    }
    if (!missing.empty()) {
        const Params p{{"ontbreekt", names(m, missing, role_name)}};
        f.parts.push_back(rule("ontvangers-vergeten", p));
        s.mistakes.push_back({"vertraging", p});
    }
    return s;
}

Scored score_data(const Model& m, const CaseType& ct, const Flow& flow, const ScenarioAnswer& a) {
    const auto allowed = shared_data(ct, flow);
    const auto extra = minus(a.data, allowed);
    const auto missing = minus(allowed, a.data);
    Scored s = make(QuestionKind::data,
                    std::max(0.0, 1.0 - 0.5 * static_cast<double>(extra.size() + missing.size())));
    Feedback& f = s.feedback;
    const std::string protocol = names(m, allowed, data_item_name);
    if (extra.empty() && missing.empty()) {
        f.parts.push_back(rule("gegevens-goed", {{"protocol", protocol}}));
        return s;
    }
    if (!extra.empty()) {
        const Params p{{"extra", names(m, extra, data_item_name)}, {"doel", purpose_of(flow)}};
        f.parts.push_back(rule("gegevens-te-veel", p));
        s.mistakes.push_back({"te-veel-gedeeld", p});
    }
    if (!missing.empty()) {
        const Params p{{"ontbreekt", names(m, missing, data_item_name)},
                       {"doel", purpose_of(flow)}};
        f.parts.push_back(rule("gegevens-ontbreekt", p));
        s.mistakes.push_back({"stagnatie", p});
    }
    f.parts.push_back(rule("gegevens-protocol", {{"protocol", protocol}}));
    return s;
}

Scored score_channel(const Model& m, const Flow& flow, const ScenarioAnswer& a) {
    const std::string protocol(channel_name(m, flow.channel));
    const std::string chosen(channel_name(m, a.channel));
    const Params p{{"gekozen", chosen}, {"protocol", protocol}};
    if (a.channel == flow.channel) {
        Scored s = make(QuestionKind::channel, 1);
        s.feedback.parts.push_back(rule("kanaal-goed", {{"protocol", protocol}}));
        return s;
    }
    for (const FeedbackRule& r : m.feedback_rules)
        if (r.expected == flow.channel && r.chosen == a.channel) {
            Scored s = make(QuestionKind::channel, r.credit);
            s.feedback.parts.push_back(rule(r.id, p));
            if (r.credit < 1) s.mistakes.push_back({r.mistake, {{"extra", chosen}}});
            s.feedback.citations = r.provenance.citations;
            return s;
        }
    const Channel* ch = find_by_id(m.channels, a.channel);
    const bool secure = ch && ch->secure;
    Scored s = make(QuestionKind::channel, 0);
    s.feedback.parts.push_back(rule(secure ? "kanaal-anders" : "kanaal-onveilig", p));
    s.mistakes.push_back({secure ? "vertraging" : "datalek", {{"extra", chosen}}});
    return s;
}

// Exactly one pair of neighbours swapped.
bool one_swap_away(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() != b.size()) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (i + 1 >= a.size() || a[i] != b[i + 1] || a[i + 1] != b[i]) return false;
    return std::equal(a.begin() + static_cast<std::ptrdiff_t>(i) + 2, a.end(),
                      b.begin() + static_cast<std::ptrdiff_t>(i) + 2);
}

Scored score_order(const ScenarioDecision& d, const ScenarioAnswer& a) {
    const ScenarioQuestion& q = d.order;
    std::string order;
    for (const std::string& id : q.correct_order)
        if (const ScenarioOption* o = find_by_id(q.options, id))
            order += (order.empty() ? "" : " → ") + o->text;
    const bool exact = a.order == q.correct_order;
    const bool close = !exact && one_swap_away(a.order, q.correct_order);
    Scored s = make(QuestionKind::order, exact ? 1 : close ? 0.5 : 0);
    s.feedback.parts.push_back(
        exact ? rule("volgorde-goed")
              : rule(close ? "volgorde-een-wissel" : "volgorde-fout", {{"volgorde", order}}));
    rest_on(s.feedback, q.provenance);
    if (!exact) s.mistakes.push_back({"stapfout", {}});
    return s;
}

bool prefix_of(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
    return shorter.size() + 1 == longer.size() &&
           std::equal(shorter.begin(), shorter.end(), longer.begin());
}

Scored score_escalation(const Model& m, const ScenarioDecision& d, const ScenarioAnswer& a) {
    const EscalationMatter* em = find_by_id(m.escalation_matters, d.escalation.matter);
    const std::vector<std::string> route = em ? em->route : std::vector<std::string>{};
    const std::string right = venue_route(m, route);
    Scored s = make(QuestionKind::escalation, 0);
    Feedback& f = s.feedback;
    if (em) rest_on(f, em->provenance);
    if (em)
        for (const auto& [venue, why] : em->never)
            if (std::count(a.escalation.begin(), a.escalation.end(), venue)) {
                f.parts.push_back(rule(why, {{"gekozen", detail::venue_name(m, venue)}}));
                f.parts.push_back(rule(
                    "route-fout", {{"route", right}, {"gekozen", venue_route(m, a.escalation)}}));
                s.mistakes.push_back({"routefout", {}});
                return s;
            }
    if (a.escalation == route) {
        f.points = 1;
        f.parts.push_back(rule("route-goed", {{"route", right}}));
        return s;
    }
    const bool close = prefix_of(a.escalation, route) || prefix_of(route, a.escalation);
    f.points = close ? 0.5 : 0;
    f.parts.push_back(
        close ? rule("route-bijna", {{"route", right}})
              : rule("route-fout", {{"route", right}, {"gekozen", venue_route(m, a.escalation)}}));
    s.mistakes.push_back({"routefout", {}});
    return s;
}

Scored score_question(const Model& m, const Scenario& sc, const ScenarioDecision& d,
                      QuestionKind kind, const ScenarioAnswer& a, const DecisionContext& ctx) {
    switch (kind) {
    case QuestionKind::recipients:
    case QuestionKind::data:
    case QuestionKind::channel: {
        if (!ctx.flow) return make(kind, 0); // the validator reports a decision without its flow
        Scored s = kind == QuestionKind::recipients ? score_recipients(m, *ctx.flow, a)
                   : kind == QuestionKind::data     ? score_data(m, *ctx.case_type, *ctx.flow, a)
                                                    : score_channel(m, *ctx.flow, a);
        rest_on(s.feedback, ctx.flow->provenance);
        if (!ctx.flow->provenance.illustrative) rest_on(s.feedback, d.provenance);
        if (kind != QuestionKind::recipients)
            add_principle(m, kind == QuestionKind::data ? "afweging" : "veilig-delen",
                          s.feedback.citations);
        return s;
    }
    case QuestionKind::order:
        return score_order(d, a);
    case QuestionKind::escalation:
        return score_escalation(m, d, a);
    default:
        (void)sc;
        return score_option(
            m, d, kind,
            answer_values(a, kind).empty() ? std::string() : answer_values(a, kind).front(), ctx);
    }
}

std::string consequence_of(const Model& m, const ScenarioDecision& d, const std::string& mistake,
                           const Params& params) {
    for (const auto& [cls, text] : d.consequences)
        if (cls == mistake) return text;
    return rule_text(m, mistake, params);
}

void add_once(std::vector<std::string>& list, const std::string& x) {
    if (!x.empty() && std::find(list.begin(), list.end(), x) == list.end()) list.push_back(x);
}

} // namespace

DecisionOutcome evaluate_decision(const Model& m, const Scenario& sc, const ScenarioDecision& d,
                                  const ScenarioAnswer& answer) {
    DecisionOutcome out;
    out.decision = d.id;
    out.step = d.step;
    out.answer = answer;
    const DecisionContext ctx = detail::context_of(m, sc, d);
    std::string option_next;
    for (QuestionKind kind : asked_kinds(d)) {
        Scored s = score_question(m, sc, d, kind, answer, ctx);
        if (s.feedback.illustrative)
            s.feedback.parts.push_back(
                rule("antwoord-illustratief", {{"toelichting", s.feedback.illustrative_note}}));
        if (!s.consequence.empty()) add_once(out.consequences, s.consequence);
        for (const auto& [mistake, params] : s.mistakes) {
            add_once(out.mistakes, mistake);
            if (s.consequence.empty())
                add_once(out.consequences, consequence_of(m, d, mistake, params));
        }
        if (option_next.empty()) option_next = s.next;
        out.feedback.push_back(std::move(s.feedback));
    }
    out.next = !option_next.empty() ? option_next : d.next;
    for (const auto& [mistake, target] : d.on_mistake)
        if (std::count(out.mistakes.begin(), out.mistakes.end(), mistake)) {
            out.next = target;
            break;
        }
    return out;
}

} // namespace pw
