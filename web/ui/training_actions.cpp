#include "ui/training_actions.hpp"

#include "pw/lookup.hpp"
#include "ui/classroom_actions.hpp"
#include "ui/strings.hpp"

#include <algorithm>
#include <cstdio>

namespace pw::ui {
namespace {

void start_decision_clock(AppState& s) {
    TrainerSession& t = s.training.session;
    t.decision_started = s.time;
    t.paused_at = s.time;
    t.timer_running = true;
    t.revealed = false;
    t.show_options = false;
}

void store_run(AppState& s) {
    TrainingState& tr = s.training;
    s.progress.scenario_runs[stored_run_key(tr.scenario, tr.trainer)] = tr.run.answers;
    s.progress_dirty = true;
}

} // namespace

std::string stored_run_key(const std::string& scenario, bool trainer) {
    return trainer ? "trainer/" + scenario : scenario;
}

const Scenario* open_scenario(const AppState& s) {
    return s.training.scenario.empty() ? nullptr
                                       : find_by_id(s.content.model.scenarios, s.training.scenario);
}

void open_exercise(AppState& s, const std::string& id, bool trainer) {
    TrainingState& tr = s.training;
    if (tr.scenario == id && tr.trainer == trainer) return;
    const Scenario* sc = find_by_id(s.content.model.scenarios, id);
    if (!sc) return;
    tr.scenario = id;
    tr.trainer = trainer;
    tr.draft = {};
    tr.showing_feedback = false;
    tr.session = TrainerSession{};
    std::snprintf(tr.session.group, sizeof tr.session.group, "%s", ui::tr(Text::default_group));
    // Resume: replay what was answered before the reload. Answers that no
    // longer fit (the exercise changed) are dropped from the stored run.
    const auto stored = s.progress.scenario_runs.find(stored_run_key(id, trainer));
    tr.run = stored == s.progress.scenario_runs.end()
                 ? start_run(*sc)
                 : replay_run(s.content.model, *sc, stored->second);
    if (stored != s.progress.scenario_runs.end() && tr.run.answers.size() != stored->second.size())
        store_run(s);
    start_decision_clock(s);
}

bool draft_complete(const ScenarioDecision& d, const ScenarioAnswer& a) {
    if (d.action.asked() && a.action.empty()) return false;
    if (d.judgement.asked() && a.judgement.empty()) return false;
    if (!d.offered_channels.empty() && a.channel.empty()) return false;
    if (!d.offered_recipients.empty() && a.recipients.empty()) return false;
    return true;
}

void submit_draft(AppState& s) {
    TrainingState& tr = s.training;
    const Scenario* sc = open_scenario(s);
    if (!sc || tr.showing_feedback) return;
    const ScenarioDecision* d = current_decision(*sc, tr.run);
    if (!d || !draft_complete(*d, tr.draft)) return;
    const double seconds = decision_seconds(s);
    const std::string decision_id = d->id;
    const ScenarioAnswer answer = tr.draft;
    if (!submit_answer(s.content.model, *sc, tr.run, tr.draft)) return;
    if (!tr.trainer) share_answer(s, sc->id, decision_id, answer);
    tr.draft = {};
    tr.showing_feedback = true;
    if (tr.trainer) {
        tr.session.notes.seconds.push_back(seconds);
        tr.session.notes.revealed_first.push_back(tr.session.revealed);
        tr.session.timer_running = false;
        tr.session.paused_at = s.time;
    }
    store_run(s);
    if (tr.run.finished && !tr.trainer) {
        const Debrief d2 = make_debrief(s.content.model, *sc, tr.run);
        ScenarioResult& r = s.progress.scenario_results[sc->id];
        r = ScenarioResult{d2.points, d2.max, r.finished_runs + 1};
    }
}

void continue_exercise(AppState& s) {
    s.training.showing_feedback = false;
    start_decision_clock(s);
}

void restart_exercise(AppState& s) {
    TrainingState& tr = s.training;
    const Scenario* sc = open_scenario(s);
    if (!sc) return;
    tr.run = start_run(*sc);
    tr.draft = {};
    tr.showing_feedback = false;
    tr.session.notes.seconds.clear();
    tr.session.notes.revealed_first.clear();
    s.progress.scenario_runs.erase(stored_run_key(tr.scenario, tr.trainer));
    s.progress_dirty = true;
    start_decision_clock(s);
}

void reveal_answer(AppState& s) {
    s.training.session.revealed = true;
    s.training.session.show_options = true;
}

double decision_seconds(const AppState& s) {
    const TrainerSession& t = s.training.session;
    return std::max(0.0, (t.timer_running ? s.time : t.paused_at) - t.decision_started);
}

void toggle_timer(AppState& s) {
    TrainerSession& t = s.training.session;
    if (t.timer_running) {
        t.paused_at = s.time;
    } else {
        t.decision_started += s.time - t.paused_at; // the pause does not count
    }
    t.timer_running = !t.timer_running;
}

void reset_timer(AppState& s) {
    TrainerSession& t = s.training.session;
    t.decision_started = s.time;
    t.paused_at = s.time;
}

void request_results_download(AppState& s, bool as_json) {
    const Scenario* sc = open_scenario(s);
    if (!sc) return;
    TrainingState& tr = s.training;
    tr.session.notes.group = tr.session.group;
    const SessionNotes* notes = tr.trainer ? &tr.session.notes : nullptr;
    const std::string base = trf(tr.trainer ? Text::session_file : Text::results_file, sc->id);
    if (as_json)
        s.download = DownloadRequest{base + ".json", "application/json",
                                     results_json(s.content.model, *sc, tr.run, notes)};
    else
        // The byte order mark makes spreadsheet programs read the file as UTF-8.
        s.download =
            DownloadRequest{base + ".csv", "text/csv;charset=utf-8",
                            "\xEF\xBB\xBF" + results_csv(s.content.model, *sc, tr.run, notes)};
}

} // namespace pw::ui
