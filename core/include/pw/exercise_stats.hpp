// Figures over all exercises, for authors and tests: how many, how long, which
// kinds of question, and how many wrong choices lead down their own path.
#pragma once

#include "pw/model.hpp"
#include "pw/scenario_answer.hpp"

#include <vector>

namespace pw {

struct ExerciseStats {
    int exercises = 0;
    int decisions = 0;
    double mean_decisions = 0;
    std::vector<QuestionKind> kinds_used; // each once, in kQuestionKinds order
    // Wrong choices: options worth less than full marks, and offered recipients,
    // data and channels that are not the flow's. One branches when choosing it
    // leads somewhere other than the decision's default next.
    int wrong_choices = 0;
    int branching_wrong_choices = 0;
    int exercises_with_bad_ending = 0; // a bad ending within reach
    double branching_share() const {
        return wrong_choices > 0 ? static_cast<double>(branching_wrong_choices) / wrong_choices : 0;
    }
};

ExerciseStats exercise_stats(const Model& model);

// How long an exercise takes, roughly, to plan a session: the decisions a
// trainee who follows the protocol meets, at kMinutesPerDecision each (read
// the situation, answer, read the feedback). An estimate, and shown as one.
inline constexpr int kMinutesPerDecision = 3;
struct DurationEstimate {
    int decisions = 0;
    int minutes = 0;
};
DurationEstimate estimate_duration(const Scenario& scenario);

} // namespace pw
