#include "ui/training_actions.hpp"

#include "pw/lookup.hpp"
#include "ui/classroom_actions.hpp"
#include "ui/strings.hpp"

#include <algorithm>
#include <cstdio>

namespace pw::ui {
namespace {

void start_decision_clock(TrainingState& t, double now) {
    TrainerSession& session = t.session;
    session.decision_started = now;
    session.paused_at = now;
    session.timer_running = true;
    session.revealed = false;
    session.show_options = false;
}

void store_run(AppState& s, const TrainingState& t) {
    if (s.is_authored(t.scenario)) return; // not the content's: see record_visit
    s.progress.scenario_runs[stored_run_key(t.scenario, t.trainer)] = t.run.answers;
    s.progress_dirty = true;
}

} // namespace

ExercisePhase exercise_phase(const TrainingState& t) {
    if (t.run.finished && !t.showing_feedback) return ExercisePhase::debrief;
    if (t.showing_feedback && !t.run.outcomes.empty()) return ExercisePhase::feedback;
    return ExercisePhase::question;
}

std::string stored_run_key(const std::string& scenario, bool trainer) {
    return trainer ? "trainer/" + scenario : scenario;
}

const Scenario* open_scenario(const AppState& s, const TrainingState& t) {
    return t.scenario.empty() ? nullptr : find_by_id(s.content.model.scenarios, t.scenario);
}

void open_exercise(AppState& s, TrainingState& t, const std::string& id, bool trainer) {
    if (t.scenario == id && t.trainer == trainer) return;
    const Scenario* sc = find_by_id(s.content.model.scenarios, id);
    if (!sc) return;
    t.scenario = id;
    t.trainer = trainer;
    t.draft = {};
    t.showing_feedback = false;
    t.session = TrainerSession{};
    std::snprintf(t.session.group, sizeof t.session.group, "%s", tr(Text::default_group));
    // Resume: replay what was answered before the reload. Answers that no
    // longer fit (the exercise changed) are dropped from the stored run.
    const auto stored = s.progress.scenario_runs.find(stored_run_key(id, trainer));
    t.run = stored == s.progress.scenario_runs.end()
                ? start_run(*sc)
                : replay_run(s.content.model, *sc, stored->second);
    if (stored != s.progress.scenario_runs.end() && t.run.answers.size() != stored->second.size())
        store_run(s, t);
    start_decision_clock(t, s.time);
}

void follow_route(TrainingState& t, AppState& s) {
    const Route& r = s.route;
    if (s.not_found.empty() && (r.kind == Route::Kind::scenario || r.kind == Route::Kind::trainer))
        open_exercise(s, t, r.id, r.kind == Route::Kind::trainer);
    // The trainer's join address ("#/oefenen/klas/ABCD"): the code is filled
    // in; the trainee picks a nickname and joins.
    if (r.kind == Route::Kind::training && !r.query.empty() && t.classroom.token.empty())
        std::snprintf(t.classroom.code_input, sizeof t.classroom.code_input, "%s", r.query.c_str());
}

bool draft_complete(const ScenarioDecision& d, const ScenarioAnswer& a) {
    return answer_problem(d, a).empty();
}

void submit_draft(AppState& s, TrainingState& t) {
    const Scenario* sc = open_scenario(s, t);
    if (!sc || t.showing_feedback) return;
    const ScenarioDecision* d = current_decision(*sc, t.run);
    if (!d || !draft_complete(*d, t.draft)) return;
    const double seconds = decision_seconds(t, s.time);
    const std::string decision_id = d->id;
    const ScenarioAnswer answer = t.draft;
    if (!submit_answer(s.content.model, *sc, t.run, t.draft)) return;
    if (!t.trainer) share_answer(s, t.classroom, sc->id, decision_id, answer);
    t.draft = {};
    t.showing_feedback = true;
    if (t.trainer) {
        t.session.notes.seconds.push_back(seconds);
        t.session.notes.revealed_first.push_back(t.session.revealed);
        t.session.timer_running = false;
        t.session.paused_at = s.time;
    }
    store_run(s, t);
    if (t.run.finished && !t.trainer && !s.is_authored(sc->id)) {
        const Debrief d2 = make_debrief(s.content.model, *sc, t.run);
        ScenarioResult& r = s.progress.scenario_results[sc->id];
        r = ScenarioResult{d2.points, d2.max, r.finished_runs + 1};
    }
}

void continue_exercise(AppState& s, TrainingState& t) {
    t.showing_feedback = false;
    start_decision_clock(t, s.time);
}

void restart_exercise(AppState& s, TrainingState& t) {
    const Scenario* sc = open_scenario(s, t);
    if (!sc) return;
    t.run = start_run(*sc);
    t.draft = {};
    t.showing_feedback = false;
    t.session.notes.seconds.clear();
    t.session.notes.revealed_first.clear();
    s.progress.scenario_runs.erase(stored_run_key(t.scenario, t.trainer));
    s.progress_dirty = true;
    start_decision_clock(t, s.time);
}

void forget_exercise(AppState& s, TrainingState& t, const std::string& scenario) {
    s.progress.scenario_runs.erase(scenario);
    s.progress_dirty = true;
    if (t.scenario == scenario && !t.trainer) t.scenario.clear();
}

void reveal_answer(TrainingState& t) {
    t.session.revealed = true;
    t.session.show_options = true;
}

double decision_seconds(const TrainingState& t, double now) {
    const TrainerSession& session = t.session;
    return std::max(0.0,
                    (session.timer_running ? now : session.paused_at) - session.decision_started);
}

void toggle_timer(TrainingState& t, double now) {
    TrainerSession& session = t.session;
    if (session.timer_running)
        session.paused_at = now;
    else
        session.decision_started += now - session.paused_at; // the pause does not count
    session.timer_running = !session.timer_running;
}

void reset_timer(TrainingState& t, double now) {
    t.session.decision_started = now;
    t.session.paused_at = now;
}

void request_results_download(AppState& s, TrainingState& t, bool as_json) {
    const Scenario* sc = open_scenario(s, t);
    if (!sc) return;
    t.session.notes.group = t.session.group;
    const SessionNotes* notes = t.trainer ? &t.session.notes : nullptr;
    const std::string base = trf(t.trainer ? Text::session_file : Text::results_file, sc->id);
    if (as_json)
        s.ask(Download{base + ".json", "application/json",
                       results_json(s.content.model, *sc, t.run, notes)});
    else
        // The byte order mark makes spreadsheet programs read the file as UTF-8.
        s.ask(Download{base + ".csv", "text/csv;charset=utf-8",
                       "\xEF\xBB\xBF" + results_csv(s.content.model, *sc, t.run, notes)});
}

} // namespace pw::ui
