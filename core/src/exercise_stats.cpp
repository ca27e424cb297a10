#include "pw/exercise_stats.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "simulator_internal.hpp"

#include <algorithm>
#include <set>

namespace pw {
namespace {

// Where an answer that differs from the protocol's only in `kind` (`ids`) leads.
std::string next_with(const Model& m, const Scenario& sc, const ScenarioDecision& d,
                      QuestionKind kind, std::vector<std::string> ids) {
    ScenarioAnswer a = correct_answer(m, sc, d);
    set_answer_values(a, kind, std::move(ids));
    return evaluate_decision(m, sc, d, a).next;
}

bool bad_ending_in_reach(const Scenario& sc) {
    std::set<std::string> bad;
    for (const ScenarioEnding& e : sc.endings)
        if (!e.good) bad.insert(e.id);
    // An ending that can fall through to a bad one counts, as does a branch to it.
    for (const ScenarioEnding& e : sc.endings)
        if (!e.otherwise.empty() && bad.count(e.otherwise)) return true;
    for (const ScenarioDecision& d : sc.decisions) {
        if (bad.count(d.next)) return true;
        for (const auto& [mistake, target] : d.on_mistake)
            if (bad.count(target)) return true;
        for (QuestionKind k : asked_kinds(d))
            if (const ScenarioQuestion* q = question_of(d, k))
                for (const ScenarioOption& o : q->options)
                    if (bad.count(o.next)) return true;
    }
    return false;
}

} // namespace

DurationEstimate estimate_duration(const Scenario& sc) {
    const int decisions = static_cast<int>(protocol_path(sc).size());
    return {decisions, decisions * kMinutesPerDecision};
}

ExerciseStats exercise_stats(const Model& m) {
    ExerciseStats s;
    std::set<QuestionKind> kinds;
    for (const Scenario& sc : m.scenarios) {
        ++s.exercises;
        s.exercises_with_bad_ending += bad_ending_in_reach(sc) ? 1 : 0;
        for (const ScenarioDecision& d : sc.decisions) {
            ++s.decisions;
            const std::string protocol_next =
                evaluate_decision(m, sc, d, correct_answer(m, sc, d)).next;
            const ScenarioAnswer right = correct_answer(m, sc, d);
            for (QuestionKind k : asked_kinds(d)) {
                kinds.insert(k);
                if (question_is_sequence(k)) continue; // no single wrong choice to count
                const std::vector<std::string> protocol = answer_values(right, k);
                for (const std::string& id : detail::choice_ids(d, k)) {
                    if (std::count(protocol.begin(), protocol.end(), id)) continue;
                    std::vector<std::string> ids = {id};
                    if (question_takes_many(k)) { // the protocol's selection plus this one
                        ids = protocol;
                        ids.push_back(id);
                    }
                    ++s.wrong_choices;
                    if (next_with(m, sc, d, k, ids) != protocol_next) ++s.branching_wrong_choices;
                }
            }
        }
    }
    for (QuestionKind k : kQuestionKinds)
        if (kinds.count(k)) s.kinds_used.push_back(k);
    s.mean_decisions = s.exercises ? static_cast<double>(s.decisions) / s.exercises : 0;
    return s;
}

} // namespace pw
