#include "pw/carry_over.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"

namespace pw {
namespace {

// The label the user saw of an entity: the model's, else the fingerprint's, else "".
std::string seen_label(const Progress& p, const std::string& kind, const std::string& key) {
    if (p.seen)
        for (const SeenEntity& e : p.seen->entities)
            if (e.kind == kind && e.key == key) return e.label;
    return {};
}

std::string case_type_label(const Progress& p, const Model& m, const std::string& id) {
    if (const CaseType* ct = find_case_type(m, id)) return ct->short_title;
    const std::string label = seen_label(p, "zaaktype", id);
    return label.empty() ? id : label;
}

std::string exercise_label(const Progress& p, const Model& m, const std::string& id) {
    if (const Scenario* sc = find_by_id(m.scenarios, id)) return sc->title;
    const std::string label = seen_label(p, "oefening", id);
    return label.empty() ? id : label;
}

// What a route pointed at, in words: "Verzoek aan de RvdK (Dublin)".
std::string route_label(const Progress& p, const Model& m, const std::string& hash) {
    const std::optional<Route> r = parse_route(hash);
    if (!r) return hash;
    switch (r->kind) {
    case Route::Kind::case_type:
        return case_type_label(p, m, r->case_type);
    case Route::Kind::step: {
        const std::string step = seen_label(p, "stap", r->case_type + "/" + r->step);
        return (step.empty() ? r->step : step) + " (" + case_type_label(p, m, r->case_type) + ")";
    }
    case Route::Kind::scenario:
        return exercise_label(p, m, r->id);
    case Route::Kind::trainer:
        return exercise_label(p, m, r->id) + " (trainermodus)";
    case Route::Kind::role: {
        const std::string role = seen_label(p, "rol", r->id);
        return role.empty() ? hash : role;
    }
    default:
        return hash;
    }
}

bool route_still_exists(const Model& m, const std::string& hash) {
    const std::optional<Route> r = parse_route(hash);
    return r && route_exists(m, *r);
}

void carry_runs(const Progress& before, const Model& m, Progress& p,
                std::vector<DroppedProgress>& dropped) {
    for (const auto& [key, answers] : before.scenario_runs) {
        const bool trainer = key.rfind("trainer/", 0) == 0;
        const std::string id = trainer ? key.substr(8) : key;
        const std::string label =
            exercise_label(before, m, id) + (trainer ? " (trainermodus)" : "");
        const Scenario* sc = find_by_id(m.scenarios, id);
        if (!sc) {
            p.scenario_runs.erase(key);
            dropped.push_back({DroppedProgress::What::exercise_run, label, 0});
            continue;
        }
        // A changed exercise: the answers up to the first that no longer fits stay.
        const ScenarioRun run = replay_run(m, *sc, answers);
        if (run.answers.size() == answers.size()) continue;
        dropped.push_back({DroppedProgress::What::exercise_answers, label,
                           static_cast<int>(answers.size() - run.answers.size())});
        if (run.answers.empty())
            p.scenario_runs.erase(key);
        else
            p.scenario_runs[key] = run.answers;
    }
    for (const auto& [id, result] : before.scenario_results) {
        if (find_by_id(m.scenarios, id)) continue;
        p.scenario_results.erase(id);
        dropped.push_back(
            {DroppedProgress::What::exercise_result, exercise_label(before, m, id), 0});
    }
}

} // namespace

CarriedOver carry_over(const Progress& before, const Model& m) {
    CarriedOver out{before, {}};
    Progress& p = out.progress;
    for (const std::string& hash : before.visited)
        if (!route_still_exists(m, hash)) {
            p.visited.erase(hash);
            out.dropped.push_back(
                {DroppedProgress::What::visited, route_label(before, m, hash), 0});
        }
    for (const std::string& done : before.completed_walkthroughs) {
        const auto slash = done.find('/');
        const std::string ct = done.substr(0, slash);
        const std::string example = slash == std::string::npos ? "" : done.substr(slash + 1);
        const CaseType* c = find_case_type(m, ct);
        if (c && find_by_id(c->examples, example)) continue;
        p.completed_walkthroughs.erase(done);
        out.dropped.push_back({DroppedProgress::What::walkthrough,
                               example + " (" + case_type_label(before, m, ct) + ")", 0});
    }
    // The last place is always a visited one too: named with them, once.
    if (!before.last_route.empty() && !route_still_exists(m, before.last_route)) {
        p.last_route.clear();
        if (!before.visited.count(before.last_route))
            out.dropped.push_back(
                {DroppedProgress::What::visited, route_label(before, m, before.last_route), 0});
    }
    carry_runs(before, m, p, out.dropped);
    p.dropped.insert(p.dropped.end(), out.dropped.begin(), out.dropped.end());
    return out;
}

std::string describe_dropped(const DroppedProgress& d) {
    switch (d.what) {
    case DroppedProgress::What::visited:
        return "Bezochte plek bestaat niet meer: " + d.label;
    case DroppedProgress::What::walkthrough:
        return "Doorlopen voorbeeld bestaat niet meer: " + d.label;
    case DroppedProgress::What::exercise_run:
        return "Oefening waar je mee bezig was bestaat niet meer: " + d.label;
    case DroppedProgress::What::exercise_answers:
        return "Oefening " + d.label + " is gewijzigd: " + std::to_string(d.count) +
               (d.count == 1 ? " antwoord paste" : " antwoorden pasten") + " niet meer en " +
               (d.count == 1 ? "is" : "zijn") + " vervallen";
    case DroppedProgress::What::exercise_result:
        return "Resultaat van een oefening die niet meer bestaat: " + d.label;
    }
    return d.label;
}

} // namespace pw
