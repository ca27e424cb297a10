// The training simulator: a scenario played as a state machine, each answer
// scored on five dimensions with feedback that explains why and cites the
// protocol, and a debrief that compares the trainee's path with the protocol's.
#pragma once

#include "pw/model.hpp"
#include "pw/routes.hpp"
#include "pw/scenario_answer.hpp"

#include <array>
#include <string>
#include <vector>

namespace pw {

enum class Dimension { step_order, recipients, data_minimisation, secure_channel, role_fidelity };
inline constexpr std::array<Dimension, 5> kDimensions{
    Dimension::step_order, Dimension::recipients, Dimension::data_minimisation,
    Dimension::secure_channel, Dimension::role_fidelity};
const char* dimension_label(Dimension d); // Dutch
const char* dimension_id(Dimension d);    // for CSV/JSON

struct Feedback {
    Dimension dimension = Dimension::step_order;
    double points = 0, max = 1;
    std::string text; // what was right or wrong, and why
    std::vector<Citation> citations;
    bool ok() const { return points >= max; }
};

struct DecisionOutcome {
    std::string decision;
    std::string step; // the protocol step it practises
    ScenarioAnswer answer;
    std::vector<Feedback> feedback;
    std::vector<std::string> consequences; // what happens in the story
    std::string next;                      // next decision or ending
    double points() const;
    double max() const;
};

struct ScenarioRun {
    std::string scenario;
    std::string current; // decision id, or ending id when finished
    std::vector<ScenarioAnswer> answers;
    std::vector<DecisionOutcome> outcomes;
    bool finished = false;
};

ScenarioRun start_run(const Scenario& scenario);
const ScenarioDecision* current_decision(const Scenario& scenario, const ScenarioRun& run);
const ScenarioEnding* run_ending(const Scenario& scenario, const ScenarioRun& run);

// The protocol's own answer to a decision: what "reveal answer" shows.
ScenarioAnswer correct_answer(const Model& model, const Scenario& scenario,
                              const ScenarioDecision& decision);
DecisionOutcome evaluate_decision(const Model& model, const Scenario& scenario,
                                  const ScenarioDecision& decision, const ScenarioAnswer& answer);
// Scores the answer, records it and moves on. False (and nothing changes) when
// the run is finished or the answer names an option that does not exist.
bool submit_answer(const Model& model, const Scenario& scenario, ScenarioRun& run,
                   const ScenarioAnswer& answer);
// Rebuilds a run from stored answers (resume after a reload); stops at the
// first answer that no longer fits the scenario.
ScenarioRun replay_run(const Model& model, const Scenario& scenario,
                       const std::vector<ScenarioAnswer>& answers);

struct DimensionScore {
    Dimension dimension;
    double points = 0, max = 0;
};

struct Debrief {
    std::vector<DimensionScore> dimensions; // only dimensions that were asked
    double points = 0, max = 0;
    std::vector<std::string> trainee_steps;  // protocol steps of the decisions taken, in order
    std::vector<std::string> protocol_steps; // the same when every choice follows the protocol
    struct Moment {
        std::string decision, step;
        Feedback feedback;
    };
    std::vector<Moment> costly; // every answer that cost points
};
Debrief make_debrief(const Model& model, const Scenario& scenario, const ScenarioRun& run);

// The decisions a trainee meets when every answer follows the protocol.
std::vector<std::string> protocol_path(const Scenario& scenario);

// An answer in words ("Actie: ...; Ontvangers: ..."), for summaries and exports.
std::string describe_answer(const Model& model, const ScenarioDecision& decision,
                            const ScenarioAnswer& answer);

// What a trainer's session adds to a run: the group, the time spent on each
// decision and whether the answer was revealed before the group's choice was entered.
struct SessionNotes {
    std::string group;
    std::vector<double> seconds; // per outcome, in order
    std::vector<bool> revealed_first;
};

// Results for download: CSV with one row per decision and dimension (';' for
// Dutch spreadsheets), and JSON with the debrief. Notes add the session columns.
std::string results_csv(const Model& model, const Scenario& scenario, const ScenarioRun& run,
                        const SessionNotes* notes = nullptr);
std::string results_json(const Model& model, const Scenario& scenario, const ScenarioRun& run,
                         const SessionNotes* notes = nullptr);

} // namespace pw
