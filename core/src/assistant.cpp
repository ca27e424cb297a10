#include "pw/assistant.hpp"

#include "pw/lookup.hpp"
#include "pw/routes.hpp"

#include <algorithm>

namespace pw {
namespace {

template <class T> void add_once(std::vector<T>& list, const T& item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

const AssistantOption* find_option(const AssistantQuestion& q, std::string_view id) {
    return find_by_id(q.options, id);
}

// The chosen options of the visible questions, in question order.
std::vector<const AssistantOption*> chosen_options(const Assistant& a,
                                                   const AssistantAnswers& answers) {
    std::vector<const AssistantOption*> out;
    for (const AssistantQuestion* q : visible_questions(a, answers)) {
        const auto it = answers.find(q->id);
        if (it == answers.end()) continue;
        if (const AssistantOption* o = find_option(*q, it->second)) out.push_back(o);
    }
    return out;
}

bool role_in_organisation(const Model& m, std::string_view role, std::string_view organisation) {
    const Role* r = find_role(m, role);
    return r && r->organisation == organisation;
}

void add_steps(const Model& m, const AssistantOutcome& o, AssistantAdvice& advice) {
    if (!advice.case_type) return;
    std::vector<std::string> ids = o.steps;
    if (!o.step.empty() && std::find(ids.begin(), ids.end(), o.step) == ids.end())
        ids.insert(ids.begin(), o.step);
    for (const std::string& id : ids) {
        const Step* s = find_step(*advice.case_type, id);
        if (!s) continue;
        advice.steps.push_back({s, s->actor == advice.role,
                                role_in_organisation(m, s->actor, advice.organisation),
                                id == o.step});
        for (const Flow& f : s->flows) {
            AdviceFlow af;
            af.step = s;
            af.flow = &f;
            af.i_send = f.from == advice.role;
            af.we_send = role_in_organisation(m, f.from, advice.organisation);
            for (const std::string& to : f.to) {
                af.i_receive = af.i_receive || to == advice.role;
                af.we_receive = af.we_receive || role_in_organisation(m, to, advice.organisation);
            }
            if (!af.we_send && !af.we_receive) continue;
            af.data = shared_data(*advice.case_type, f);
            advice.flows.push_back(std::move(af));
        }
    }
}

void add_decision_rights(const Model& m, const std::vector<std::string>& ids,
                         AssistantAdvice& advice) {
    for (const std::string& id : ids) {
        const DecisionRight* r = find_by_id(m.decision_rights, id);
        if (!r) continue;
        const auto& not_by = r->not_decided_by;
        if (r->organisation == advice.organisation)
            add_once(advice.we_decide, r);
        else if (std::find(not_by.begin(), not_by.end(), advice.organisation) != not_by.end())
            add_once(advice.we_do_not_decide, r);
        else
            add_once(advice.others_decide, r);
    }
}

void add_contacts(const Model& m, AssistantAdvice& advice) {
    for (const std::string& org : advice.ask)
        for (const ContactPoint& cp : m.contact_points)
            if (cp.organisation == org) add_once(advice.contacts, &cp);
}

AssistantAdvice advise(const Model& m, const AssistantOutcome& o,
                       const std::vector<const AssistantOption*>& chosen) {
    AssistantAdvice advice;
    advice.outcome = &o;
    for (const AssistantOption* opt : chosen) {
        if (!opt->organisation.empty()) advice.organisation = opt->organisation;
        if (!opt->role.empty()) advice.role = opt->role;
    }
    advice.case_type = o.case_type.empty() ? nullptr : find_case_type(m, o.case_type);
    if (advice.case_type && !o.step.empty()) advice.step = find_step(*advice.case_type, o.step);
    add_steps(m, o, advice);

    advice.open = o.open;
    if (!advice.organisation.empty()) add_once(advice.ask, advice.organisation);
    for (const std::string& org : o.ask)
        add_once(advice.ask, org);
    std::vector<std::string> rights = o.decision_rights;
    for (const AssistantOption* opt : chosen) {
        for (const std::string& r : opt->decision_rights)
            add_once(rights, r);
        if (!opt->has_note) continue;
        advice.notes.push_back(&opt->note);
        advice.open = advice.open || opt->note.open;
        for (const std::string& org : opt->note.ask)
            add_once(advice.ask, org);
    }
    for (const AssistantNote& n : o.notes) {
        advice.notes.push_back(&n);
        advice.open = advice.open || n.open;
        for (const std::string& org : n.ask)
            add_once(advice.ask, org);
    }
    for (const AssistantNote& n : o.deadlines)
        advice.deadlines.push_back(&n);
    add_decision_rights(m, rights, advice);
    if (const Role* r = find_role(m, advice.role))
        for (const RoleStatement& limit : r->limits)
            advice.role_limits.push_back(&limit);
    add_contacts(m, advice);
    return advice;
}

} // namespace

bool conditions_hold(const std::vector<AssistantCondition>& when, const AssistantAnswers& answers) {
    for (const AssistantCondition& c : when) {
        const auto it = answers.find(c.question);
        if (it == answers.end() || std::find(c.is.begin(), c.is.end(), it->second) == c.is.end())
            return false;
    }
    return true;
}

std::vector<const AssistantQuestion*> visible_questions(const Assistant& a,
                                                        const AssistantAnswers& answers) {
    // A condition only counts answers to questions that are themselves asked,
    // so a stale answer to a question that disappeared cannot keep another one.
    AssistantAnswers counted;
    std::vector<const AssistantQuestion*> out;
    for (const AssistantQuestion& q : a.questions) {
        if (!conditions_hold(q.when, counted)) continue;
        out.push_back(&q);
        const auto it = answers.find(q.id);
        if (it != answers.end() && find_option(q, it->second)) counted.insert(*it);
    }
    return out;
}

AssistantAnswers relevant_answers(const Assistant& a, const AssistantAnswers& answers) {
    AssistantAnswers out;
    for (const AssistantQuestion* q : visible_questions(a, answers)) {
        const auto it = answers.find(q->id);
        if (it != answers.end() && find_option(*q, it->second)) out.insert(*it);
    }
    return out;
}

const AssistantOutcome* matching_outcome(const Assistant& a, const AssistantAnswers& answers) {
    const AssistantAnswers counted = relevant_answers(a, answers);
    for (const AssistantOutcome& o : a.outcomes)
        if (conditions_hold(o.when, counted)) return &o;
    return nullptr;
}

AssistantResult answer(const Model& m, const AssistantAnswers& answers) {
    AssistantResult result;
    const AssistantAnswers counted = relevant_answers(m.assistant, answers);
    for (const AssistantQuestion* q : visible_questions(m.assistant, counted))
        if (!counted.count(q->id)) result.unanswered.push_back(q);
    if (!result.complete()) return result;
    if (const AssistantOutcome* o = matching_outcome(m.assistant, counted)) {
        result.has_advice = true;
        result.advice = advise(m, *o, chosen_options(m.assistant, counted));
    }
    return result;
}

std::size_t for_each_combination(const Assistant& a, std::size_t limit,
                                 const std::function<bool(const AssistantAnswers&)>& visit) {
    std::size_t visited = 0;
    bool stop = false;
    AssistantAnswers answers;
    // Depth-first over the questions in order: a question whose conditions do
    // not hold is skipped, one that is asked branches over its options.
    std::function<void(std::size_t)> walk = [&](std::size_t index) {
        if (stop) return;
        if (index == a.questions.size()) {
            ++visited;
            if (!visit(answers) || visited >= limit) stop = true;
            return;
        }
        const AssistantQuestion& q = a.questions[index];
        if (!conditions_hold(q.when, answers) || q.options.empty()) {
            walk(index + 1);
            return;
        }
        for (const AssistantOption& o : q.options) {
            answers[q.id] = o.id;
            walk(index + 1);
            answers.erase(q.id);
            if (stop) return;
        }
    };
    walk(0);
    return visited;
}

std::string format_answers(const Assistant& a, const AssistantAnswers& answers) {
    std::string out;
    for (const AssistantQuestion& q : a.questions) {
        const auto it = answers.find(q.id);
        if (it == answers.end()) continue;
        out += (out.empty() ? "" : "&") + percent_encode(q.id) + "=" + percent_encode(it->second);
    }
    return out;
}

AssistantAnswers parse_answers(std::string_view query) {
    AssistantAnswers out;
    std::size_t start = 0;
    while (start <= query.size()) {
        const std::size_t end = std::min(query.find('&', start), query.size());
        const std::string_view pair = query.substr(start, end - start);
        const std::size_t eq = pair.find('=');
        if (eq != std::string_view::npos && eq > 0 && eq + 1 < pair.size())
            out[percent_decode(pair.substr(0, eq))] = percent_decode(pair.substr(eq + 1));
        start = end + 1;
    }
    return out;
}

} // namespace pw
