// What a decision asks and offers, the protocol's own answer to it, whether an
// answer fits it, and an answer in words.
#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "simulator_internal.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace pw {
namespace {

// The order in which a decision's questions are shown: what to do first, then
// the flow (to whom, what, how), then the route, then who decides.
constexpr std::array<QuestionKind, 10> kShownOrder{
    QuestionKind::action,     QuestionKind::missing, QuestionKind::order,
    QuestionKind::recipients, QuestionKind::data,    QuestionKind::channel,
    QuestionKind::escalation, QuestionKind::wording, QuestionKind::decides,
    QuestionKind::judgement};

std::string list_text(const Model& m, const ScenarioDecision& d, QuestionKind kind,
                      const std::vector<std::string>& ids) {
    if (ids.empty()) return "geen";
    const char* separator = question_is_sequence(kind) ? " → " : ", ";
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i ? separator : "") + choice_name(m, d, kind, ids[i]);
    return out;
}

std::string check_ids(const std::vector<std::string>& chosen, const std::vector<std::string>& ids,
                      const std::string& label) {
    std::set<std::string> seen;
    for (const std::string& id : chosen) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            return "\"" + id + "\" is geen keuze bij " + label + ".";
        if (!seen.insert(id).second)
            return "\"" + id + "\" is twee keer gekozen bij " + label + ".";
    }
    return {};
}

} // namespace

const std::vector<std::string>* offered_ids(const ScenarioDecision& d, QuestionKind kind) {
    switch (kind) {
    case QuestionKind::recipients:
        return &d.offered_recipients;
    case QuestionKind::data:
        return &d.offered_data;
    case QuestionKind::channel:
        return &d.offered_channels;
    case QuestionKind::escalation:
        return &d.escalation.venues;
    default:
        return nullptr;
    }
}

std::vector<std::string>* offered_ids(ScenarioDecision& d, QuestionKind kind) {
    return const_cast<std::vector<std::string>*>(offered_ids(std::as_const(d), kind));
}

std::string choice_name(const Model& m, const ScenarioDecision& d, QuestionKind kind,
                        const std::string& id) {
    switch (kind) {
    case QuestionKind::recipients:
        return std::string(role_name(m, id));
    case QuestionKind::data:
        return std::string(data_item_name(m, id));
    case QuestionKind::channel:
        return std::string(channel_name(m, id));
    case QuestionKind::escalation:
        return detail::venue_name(m, id);
    default:
        if (const ScenarioQuestion* q = question_of(d, kind))
            if (const ScenarioOption* o = find_by_id(q->options, id)) return o->text;
        return id;
    }
}

const ScenarioQuestion* question_of(const ScenarioDecision& d, QuestionKind kind) {
    switch (kind) {
    case QuestionKind::action:
        return &d.action;
    case QuestionKind::judgement:
        return &d.judgement;
    case QuestionKind::decides:
        return &d.decides;
    case QuestionKind::wording:
        return &d.wording;
    case QuestionKind::missing:
        return &d.missing;
    case QuestionKind::order:
        return &d.order;
    case QuestionKind::escalation:
        return &d.escalation;
    default:
        return nullptr;
    }
}

std::vector<QuestionKind> asked_kinds(const ScenarioDecision& d) {
    std::vector<QuestionKind> out;
    for (QuestionKind k : kShownOrder) {
        const std::vector<std::string>* ids = offered_ids(d, k);
        const ScenarioQuestion* q = question_of(d, k);
        if ((ids && !ids->empty()) || (q && q->asked())) out.push_back(k);
    }
    return out;
}

OfferedDecision offered_decision(const Model& m, const Scenario&, const ScenarioDecision& d) {
    OfferedDecision out{d.id, d.situation, {}};
    for (QuestionKind k : asked_kinds(d)) {
        OfferedQuestion q{k, {}, {}};
        if (const ScenarioQuestion* sq = question_of(d, k)) q.prompt = sq->prompt;
        for (const std::string& id : detail::choice_ids(d, k))
            q.choices.push_back({id, choice_name(m, d, k, id)});
        out.questions.push_back(std::move(q));
    }
    return out;
}

ScenarioAnswer correct_answer(const Model& m, const Scenario& sc, const ScenarioDecision& d) {
    ScenarioAnswer a;
    const detail::DecisionContext ctx = detail::context_of(m, sc, d);
    for (QuestionKind k : asked_kinds(d)) {
        std::vector<std::string> ids;
        switch (k) {
        case QuestionKind::recipients:
            if (ctx.flow) ids = ctx.flow->to;
            break;
        case QuestionKind::data:
            if (ctx.flow) ids = shared_data(*ctx.case_type, *ctx.flow);
            break;
        case QuestionKind::channel:
            if (ctx.flow) ids = {ctx.flow->channel};
            break;
        case QuestionKind::order:
            ids = d.order.correct_order;
            break;
        case QuestionKind::escalation:
            if (const EscalationMatter* em = find_by_id(m.escalation_matters, d.escalation.matter))
                ids = em->route;
            break;
        default:
            for (const ScenarioOption& o : question_of(d, k)->options)
                if (detail::option_credit(m, d, k, o) >= 1) {
                    ids = {o.id};
                    break;
                }
        }
        set_answer_values(a, k, std::move(ids));
    }
    return a;
}

std::string answer_problem(const ScenarioDecision& d, const ScenarioAnswer& a) {
    const std::vector<QuestionKind> asked = asked_kinds(d);
    for (QuestionKind k : kQuestionKinds) {
        const std::vector<std::string> chosen = answer_values(a, k);
        const bool is_asked = std::find(asked.begin(), asked.end(), k) != asked.end();
        const std::string label = std::string("\"") + question_kind_id(k) + "\"";
        if (!is_asked) {
            if (!chosen.empty())
                return "Bij beslismoment \"" + d.id + "\" is er geen vraag " + label + ".";
            continue;
        }
        const std::vector<std::string> ids = detail::choice_ids(d, k);
        if (std::string problem = check_ids(chosen, ids, label); !problem.empty()) return problem;
        if (chosen.empty() && k != QuestionKind::data)
            return "Vraag " + label + " van beslismoment \"" + d.id + "\" is niet beantwoord.";
        if (k == QuestionKind::order && chosen.size() != ids.size())
            return "Zet bij " + label + " alle " + std::to_string(ids.size()) +
                   " onderdelen op volgorde.";
    }
    return {};
}

std::string describe_answer(const Model& m, const ScenarioDecision& d, const ScenarioAnswer& a) {
    std::string out;
    for (QuestionKind k : asked_kinds(d)) {
        std::string label = question_kind_label(k);
        label[0] = static_cast<char>(label[0] - 'a' + 'A');
        out += (out.empty() ? "" : "; ") + label + ": " + list_text(m, d, k, answer_values(a, k));
    }
    return out;
}

namespace detail {

std::vector<std::string> choice_ids(const ScenarioDecision& d, QuestionKind kind) {
    if (const std::vector<std::string>* ids = offered_ids(d, kind)) return *ids;
    std::vector<std::string> out;
    if (const ScenarioQuestion* q = question_of(d, kind))
        for (const ScenarioOption& o : q->options)
            out.push_back(o.id);
    return out;
}

} // namespace detail
} // namespace pw
