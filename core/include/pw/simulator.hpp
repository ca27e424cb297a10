// The training simulator: a scenario played as a state machine. Each answer is
// scored per question on a dimension, with feedback that names the rule of
// content/feedback.json it rests on (the text is content, not code), the
// mistakes it counts as and what happens in the story; the ending follows from
// the path and from what the trainee did (score and mistakes).
#pragma once

#include "pw/model.hpp"
#include "pw/routes.hpp"
#include "pw/scenario_answer.hpp"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pw {

enum class Dimension {
    step_order,
    recipients,
    data_minimisation,
    secure_channel,
    role_fidelity,
    weighing,     // the wording shows the child's interest was weighed
    missing_info, // what to do when information is missing
    route,        // the route of a matter: contact persons, SKIV, directors
};
inline constexpr std::array<Dimension, 8> kDimensions{
    Dimension::step_order,     Dimension::recipients,    Dimension::data_minimisation,
    Dimension::secure_channel, Dimension::role_fidelity, Dimension::weighing,
    Dimension::missing_info,   Dimension::route};
// What every good ending requires (the validator holds each exercise to it):
// at least this share of the points, and none of these mistakes. A run with a
// data breach or a role error, or below half the points, cannot end well.
inline constexpr double kGoodEndingMinScore = 0.5;
inline constexpr std::array<std::string_view, 2> kGoodEndingExcludes{"datalek", "rolfout"};

const char* dimension_label(Dimension d); // Dutch
const char* dimension_id(Dimension d);    // for CSV/JSON
Dimension dimension_of(QuestionKind kind);

// One piece of feedback: a rule of content/feedback.json with the values of
// its {placeholders}, or the feedback an author wrote for an option.
struct FeedbackPart {
    std::string rule; // empty: `text` is the author's own text
    std::vector<std::pair<std::string, std::string>> params;
    std::string text;
};

struct Feedback {
    QuestionKind kind = QuestionKind::action;
    Dimension dimension = Dimension::step_order;
    double points = 0, max = 1;
    std::vector<FeedbackPart> parts; // rendered in order by feedback_text
    std::vector<Citation> citations;
    // The right answer rests on something the sources do not say (an
    // illustrative flow or option): the UI shows the label and the note.
    bool illustrative = false;
    std::string illustrative_note;
    bool ok() const { return points >= max; }
};

// The feedback's sentences, each rule's text with its placeholders filled in.
std::string feedback_text(const Model& model, const Feedback& feedback);
// One rule's text with the given values (the rule id itself when the content lacks it).
std::string rule_text(const Model& model, const std::string& rule,
                      const std::vector<std::pair<std::string, std::string>>& params = {});

struct DecisionOutcome {
    std::string decision;
    std::string step; // the protocol step it practises
    ScenarioAnswer answer;
    std::vector<Feedback> feedback;
    std::vector<std::string> mistakes;     // mistake classes, each once
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
// The ending the run came to: where the path led, unless what the trainee did
// (score, mistakes) fails its requirement, then its `otherwise`, and so on.
const ScenarioEnding* run_ending(const Scenario& scenario, const ScenarioRun& run);

// What a trainee sees at a decision: the situation and, per question, the
// choices in the order shown. Nothing of the answer: the guessing trainees of
// the tests and the CLI's listing read this.
struct OfferedChoice {
    std::string id, text;
};
struct OfferedQuestion {
    QuestionKind kind = QuestionKind::action;
    std::string prompt;
    std::vector<OfferedChoice> choices;
};
struct OfferedDecision {
    std::string id, situation;
    std::vector<OfferedQuestion> questions;
};
OfferedDecision offered_decision(const Model& model, const Scenario& scenario,
                                 const ScenarioDecision& decision);
// The questions a decision asks, in the order they are shown.
std::vector<QuestionKind> asked_kinds(const ScenarioDecision& decision);
const ScenarioQuestion* question_of(const ScenarioDecision& decision, QuestionKind kind);
// The ids offered for a kind chosen from the catalog (recipients, data,
// channel, the venues of a route); null for the kinds with written options.
const std::vector<std::string>* offered_ids(const ScenarioDecision& decision, QuestionKind kind);
std::vector<std::string>* offered_ids(ScenarioDecision& decision, QuestionKind kind);
// A choice in words: a role's, data item's, channel's or venue's name, an option's text.
std::string choice_name(const Model& model, const ScenarioDecision& decision, QuestionKind kind,
                        const std::string& id);

// The protocol's own answer to a decision: what "reveal answer" shows.
ScenarioAnswer correct_answer(const Model& model, const Scenario& scenario,
                              const ScenarioDecision& decision);
DecisionOutcome evaluate_decision(const Model& model, const Scenario& scenario,
                                  const ScenarioDecision& decision, const ScenarioAnswer& answer);
// Why an answer does not fit a decision (a question unanswered, an id not
// offered), in Dutch; empty when it fits.
std::string answer_problem(const ScenarioDecision& decision, const ScenarioAnswer& answer);
// Scores the answer, records it and moves on. False (and nothing changes) when
// the run is finished or the answer does not fit the decision.
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
    std::vector<std::string> mistakes;       // mistake classes made, each once, in order
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
// The endings a finished run passed through: where its path led first, then
// each `otherwise` it fell to because a requirement was not met; the last is run_ending.
std::vector<const ScenarioEnding*> ending_trail(const Scenario& scenario, const ScenarioRun& run);
// The display name of a mistake class (content/feedback.json), or its id.
std::string mistake_name(const Model& model, const std::string& mistake);

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
// Feedback per question as JSON: kind, dimension, points, the rules applied, the text.
nlohmann::json feedback_json(const Model& model, const std::vector<Feedback>& feedback);

} // namespace pw
