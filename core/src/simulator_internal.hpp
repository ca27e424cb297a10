// Shared by the simulator's parts (offer, scoring, feedback, validation,
// statistics). Internal to the core.
#pragma once

#include "pw/simulator.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw::detail {

// Where a decision sits in its case type.
struct DecisionContext {
    const CaseType* case_type = nullptr;
    const Step* step = nullptr;
    const Flow* flow = nullptr;
};
DecisionContext context_of(const Model& m, const Scenario& sc, const ScenarioDecision& d);
// Any flow of the case type by id (a missing-information question names a flow of another step).
const Flow* find_flow(const CaseType& ct, std::string_view id);

std::string venue_name(const Model& m, std::string_view venue_id);
// The ids offered by one kind of question, in the order shown.
std::vector<std::string> choice_ids(const ScenarioDecision& d, QuestionKind kind);

// An option's credit: as written, except for a wording, whose credit follows
// from the criteria it meets (all: 1; all but one that is not blocking: 0.5).
double option_credit(const Model& m, const ScenarioDecision& d, QuestionKind kind,
                     const ScenarioOption& option);
// The criteria of a wording question an option misses.
std::vector<const WordingCriterion*> missed_criteria(const Model& m, const ScenarioQuestion& q,
                                                     const ScenarioOption& option);

// The mistake class a wrong answer of this kind counts as, unless the option names one.
const char* default_mistake(QuestionKind kind);

// The rules the simulator uses, with the placeholders it fills in for each:
// content/feedback.json must hold every one of them (the validator checks).
struct RuleSpec {
    const char* id;
    std::vector<const char*> params;
};
const std::vector<RuleSpec>& required_rules();
const std::vector<const char*>& required_mistakes();
// Placeholders any consequence text of a mistake class may use.
const std::vector<const char*>& consequence_params();

} // namespace pw::detail
