// Shared by the exercise editor's parts. Internal to the core.
#pragma once

#include "pw/exercise_draft.hpp"

#include <string>
#include <vector>

namespace pw::detail {

// The question object of a kind, to edit; none for recipients, data and
// channel (they are lists of ids on the decision).
ScenarioQuestion* question_ref(ScenarioDecision& d, QuestionKind kind);

// Fills in what a question of `kind` at `step` asks: the right answer from the
// content, wrong choices proposed from the catalog. Adds to `notes` (Dutch)
// what cannot be asked here and why.
void fill_question(const Model& model, const ExerciseDraft& draft, const CaseType& ct,
                   const Step& step, const DecisionSpec& spec, QuestionKind kind,
                   ScenarioDecision& d, std::vector<std::string>& notes);

// Origins point into a loaded file; a draft has none (so one read back equals
// the one written).
void clear_origins(Scenario& sc);
// Where the draft would sit in content/: "scenarios/<id>.json".
std::string draft_file_path(const ExerciseDraft& draft);

} // namespace pw::detail
