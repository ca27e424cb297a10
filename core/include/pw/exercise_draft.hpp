// Writing an exercise (issue 22): a draft is the very data a file in
// content/scenarios/ holds, so whatever the editor makes, the simulator plays,
// the validator checks and `protocolwijzer validate` accepts as it is. The
// editor builds it with these pure functions: the protocol fills in the right
// answers (from the step's flow, the decision rights, the escalation table)
// and proposes wrong ones from the catalog; the author writes the story.
// Checking a draft: exercise_draft_check.hpp; files and storage:
// exercise_draft_json.hpp; undo/redo: draft_history.hpp.
#pragma once

#include "pw/model.hpp"
#include "pw/scenario_answer.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pw {

// A draft is a Scenario; the alias says which ones are still being written.
using ExerciseDraft = Scenario;

// A new exercise for a case type, played as `role`: the case type's sources
// as its own (the author adds quotes where answers need them), flagged
// illustrative as every exercise is (its people and story are made up), and
// two proposed endings: one earned by following the protocol, one for the rest.
ExerciseDraft start_draft(const Model& model, std::string_view case_type, std::string_view role);

// What the author asks at a decision: the step it practises, the kinds of
// question and, for recipients/data/channel/missing, which of the step's flows
// (empty: the flow the trainee's role sends, else the step's first); for who
// decides (decides, judgement) the decision right, for a route the escalation
// matter (empty: the one of the organisation acting at the step / the first).
struct DecisionSpec {
    // A constructor, not an aggregate: {step, kinds} and {step, kinds, flow} stay short.
    DecisionSpec(std::string step_ = {}, std::vector<QuestionKind> kinds_ = {},
                 std::string flow_ = {}, std::string right_ = {}, std::string matter_ = {})
        : step(std::move(step_)), kinds(std::move(kinds_)), flow(std::move(flow_)),
          right(std::move(right_)), matter(std::move(matter_)) {}
    std::string step;
    std::vector<QuestionKind> kinds;
    std::string flow;
    std::string right;
    std::string matter;
};

// The draft with a decision added at the end of the protocol's path: the
// decision that led to the ending now leads here, and this one to that ending
// (the first decision becomes the start). Every asked kind gets its right
// answer from the content and proposed wrong choices, deterministic; texts the
// protocol cannot write stay empty for the author (check_draft names them).
// An unknown step still adds the decision, which the check refuses, so the
// author sees why; `notes` says in Dutch what could not be filled in.
struct AddedDecision {
    ExerciseDraft draft;
    std::string decision; // the new decision's id
    std::vector<std::string> notes;
};
AddedDecision add_decision(const Model& model, const ExerciseDraft& draft,
                           const DecisionSpec& spec);
ExerciseDraft remove_decision(const ExerciseDraft& draft, std::string_view decision);

// The flow a decision at `step` is about when the author names none.
const Flow* default_flow(const Step& step, std::string_view role);

// Connecting: a decision's default next, a choice's own branch (of the
// question of `kind`), where a mistake class leads. An empty target removes
// the link. Unknown decisions or choices leave the draft as it was.
ExerciseDraft connect_next(const ExerciseDraft& draft, std::string_view decision,
                           std::string_view target);
ExerciseDraft connect_choice(const ExerciseDraft& draft, std::string_view decision,
                             QuestionKind kind, std::string_view option, std::string_view target);
ExerciseDraft connect_mistake(const ExerciseDraft& draft, std::string_view decision,
                              std::string_view mistake, std::string_view target);

// The exercise as a small graph, for the editor to draw and to warn from.
struct DraftEdge {
    std::string from, to;
    std::string
        label; // "volgende", a choice id, a mistake class, or "anders" (an ending's otherwise)
};
struct DraftGraph {
    std::vector<DraftEdge> edges;
    std::vector<std::string> unreachable; // decisions and endings not reached from the start
    std::vector<std::string> dead_ends;   // decisions from which no path goes on
    std::vector<std::string> dangling;    // targets named that are neither decision nor ending
    bool ending_reachable = false;        // some ending can be reached from the start
};
DraftGraph draft_graph(const ExerciseDraft& draft);

} // namespace pw
