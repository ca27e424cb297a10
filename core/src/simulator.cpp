#include "pw/simulator.hpp"

#include "pw/lookup.hpp"
#include "simulator_internal.hpp"

#include <algorithm>
#include <set>

namespace pw {

const char* dimension_label(Dimension d) {
    switch (d) {
    case Dimension::step_order:
        return "Juiste stap en volgorde";
    case Dimension::recipients:
        return "Juiste ontvangers";
    case Dimension::data_minimisation:
        return "Dataminimalisatie";
    case Dimension::secure_channel:
        return "Veilig en juist kanaal";
    case Dimension::role_fidelity:
        return "Rolvastheid";
    case Dimension::weighing:
        return "Belang van het kind gewogen";
    case Dimension::missing_info:
        return "Omgaan met ontbrekende informatie";
    case Dimension::route:
        return "Juiste route";
    }
    return "";
}

const char* dimension_id(Dimension d) {
    switch (d) {
    case Dimension::step_order:
        return "stap";
    case Dimension::recipients:
        return "ontvangers";
    case Dimension::data_minimisation:
        return "gegevens";
    case Dimension::secure_channel:
        return "kanaal";
    case Dimension::role_fidelity:
        return "rolvastheid";
    case Dimension::weighing:
        return "afweging";
    case Dimension::missing_info:
        return "ontbrekend";
    case Dimension::route:
        return "route";
    }
    return "";
}

Dimension dimension_of(QuestionKind kind) {
    switch (kind) {
    case QuestionKind::recipients:
        return Dimension::recipients;
    case QuestionKind::data:
        return Dimension::data_minimisation;
    case QuestionKind::channel:
        return Dimension::secure_channel;
    case QuestionKind::judgement:
    case QuestionKind::decides:
        return Dimension::role_fidelity;
    case QuestionKind::wording:
        return Dimension::weighing;
    case QuestionKind::missing:
        return Dimension::missing_info;
    case QuestionKind::escalation:
        return Dimension::route;
    case QuestionKind::action:
    case QuestionKind::order:
        return Dimension::step_order;
    }
    return Dimension::step_order;
}

double DecisionOutcome::points() const {
    double p = 0;
    for (const Feedback& f : feedback)
        p += f.points;
    return p;
}

double DecisionOutcome::max() const {
    double p = 0;
    for (const Feedback& f : feedback)
        p += f.max;
    return p;
}

ScenarioRun start_run(const Scenario& sc) {
    return ScenarioRun{sc.id, sc.start, {}, {}, false};
}

const ScenarioDecision* current_decision(const Scenario& sc, const ScenarioRun& run) {
    return run.finished ? nullptr : find_by_id(sc.decisions, run.current);
}

namespace {

struct RunTotals {
    double points = 0, max = 0;
    std::vector<std::string> mistakes;
};

RunTotals totals(const ScenarioRun& run) {
    RunTotals t;
    for (const DecisionOutcome& o : run.outcomes) {
        t.points += o.points();
        t.max += o.max();
        for (const std::string& m : o.mistakes)
            if (std::find(t.mistakes.begin(), t.mistakes.end(), m) == t.mistakes.end())
                t.mistakes.push_back(m);
    }
    return t;
}

bool meets(const EndingRequirement& r, const RunTotals& t) {
    if (t.max > 0 && t.points < r.min_score * t.max - 1e-9) return false;
    return std::none_of(r.without.begin(), r.without.end(), [&](const std::string& m) {
        return std::find(t.mistakes.begin(), t.mistakes.end(), m) != t.mistakes.end();
    });
}

} // namespace

std::vector<const ScenarioEnding*> ending_trail(const Scenario& sc, const ScenarioRun& run) {
    std::vector<const ScenarioEnding*> trail;
    if (!run.finished) return trail;
    const ScenarioEnding* end = find_by_id(sc.endings, run.current);
    const RunTotals t = totals(run);
    std::set<std::string> seen; // a loop of `otherwise` is reported by the validator
    while (end && seen.insert(end->id).second) {
        trail.push_back(end);
        if (meets(end->requires_, t)) break;
        end = find_by_id(sc.endings, end->otherwise);
    }
    return trail;
}

const ScenarioEnding* run_ending(const Scenario& sc, const ScenarioRun& run) {
    const auto trail = ending_trail(sc, run);
    return trail.empty() ? nullptr : trail.back();
}

std::string mistake_name(const Model& m, const std::string& mistake) {
    const MistakeClass* c = find_by_id(m.mistake_classes, mistake);
    return c ? c->name : mistake;
}

bool submit_answer(const Model& m, const Scenario& sc, ScenarioRun& run,
                   const ScenarioAnswer& answer) {
    const ScenarioDecision* d = current_decision(sc, run);
    if (!d || !answer_problem(*d, answer).empty()) return false;
    DecisionOutcome outcome = evaluate_decision(m, sc, *d, answer);
    run.answers.push_back(answer);
    run.current = outcome.next;
    run.finished = !find_by_id(sc.decisions, run.current);
    run.outcomes.push_back(std::move(outcome));
    return true;
}

ScenarioRun replay_run(const Model& m, const Scenario& sc,
                       const std::vector<ScenarioAnswer>& answers) {
    ScenarioRun run = start_run(sc);
    for (const ScenarioAnswer& a : answers)
        if (!submit_answer(m, sc, run, a)) break;
    return run;
}

std::vector<std::string> protocol_path(const Scenario& sc) {
    std::vector<std::string> path;
    std::string at = sc.start;
    std::set<std::string> seen;
    while (const ScenarioDecision* d = find_by_id(sc.decisions, at)) {
        if (!seen.insert(at).second) break; // a loop: the validator reports it
        path.push_back(at);
        std::string next = d->next;
        for (QuestionKind k : asked_kinds(*d)) {
            const ScenarioQuestion* q = question_of(*d, k);
            if (!q || k == QuestionKind::order || k == QuestionKind::escalation) continue;
            const auto right = std::find_if(q->options.begin(), q->options.end(),
                                            [](const ScenarioOption& o) { return o.credit >= 1; });
            // A wording's credit follows from its criteria: its branches are not on the protocol's
            // path.
            if (right != q->options.end() && !right->next.empty() && k != QuestionKind::wording) {
                next = right->next;
                break;
            }
        }
        at = next;
    }
    return path;
}

Debrief make_debrief(const Model&, const Scenario& sc, const ScenarioRun& run) {
    Debrief out;
    for (Dimension dim : kDimensions) {
        DimensionScore s{dim, 0, 0};
        for (const DecisionOutcome& o : run.outcomes)
            for (const Feedback& f : o.feedback)
                if (f.dimension == dim) {
                    s.points += f.points;
                    s.max += f.max;
                }
        if (s.max > 0) out.dimensions.push_back(s);
        out.points += s.points;
        out.max += s.max;
    }
    out.mistakes = totals(run).mistakes;
    for (const DecisionOutcome& o : run.outcomes) {
        out.trainee_steps.push_back(o.step);
        for (const Feedback& f : o.feedback)
            if (!f.ok()) out.costly.push_back({o.decision, o.step, f});
    }
    for (const std::string& id : protocol_path(sc))
        if (const ScenarioDecision* d = find_by_id(sc.decisions, id))
            out.protocol_steps.push_back(d->step);
    return out;
}

} // namespace pw
