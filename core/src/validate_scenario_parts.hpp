// The parts of the scenario validator (validate_scenarios.cpp calls them).
#pragma once

#include "checker.hpp"

#include <string>
#include <vector>

namespace pw::detail {

// Recipients, data and channel: the flow's answer can be chosen, tempting
// wrong choices exist, and the answer rests on a quoted source or a flag.
void check_flow_questions(Checker& c, const Scenario& sc, const CaseType* ct,
                          const ScenarioDecision& d, const std::string& who);
// Questions with options or items (action, judgement, decides, wording,
// missing, order) and the route question, each by the rules of its kind.
void check_option_questions(Checker& c, const Scenario& sc, const CaseType* ct,
                            const ScenarioDecision& d, const std::string& who,
                            const std::vector<std::string>& targets);
// content/feedback.json and content/escalation.json.
void check_training_content(Checker& c);

// A right answer cites a source with a verbatim quote, or is flagged illustrative with a note.
bool quoted_or_flagged(const Provenance& p);
void require_quoted_or_flagged(Checker& c, const Provenance& p, const Origin& origin,
                               const std::string& suffix, const std::string& who);

} // namespace pw::detail
