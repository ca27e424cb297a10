// Undo and redo for the exercise editor: the drafts an author went through,
// as values. Each edit pushes the new draft; undo and redo move through them.
// Bounded, so a long session does not grow without limit: the oldest go first.
#pragma once

#include "pw/exercise_draft.hpp"

#include <cstddef>
#include <vector>

namespace pw {

class DraftHistory {
  public:
    explicit DraftHistory(ExerciseDraft initial, std::size_t limit = 100);

    const ExerciseDraft& current() const { return current_; }
    // A draft equal to the current one is no step (typing that changes
    // nothing). A new draft drops what could be redone.
    void push(ExerciseDraft draft);
    bool can_undo() const { return !past_.empty(); }
    bool can_redo() const { return !future_.empty(); }
    bool undo(); // false when there is nothing to undo
    bool redo();
    std::size_t undo_steps() const { return past_.size(); }

  private:
    std::vector<ExerciseDraft> past_;   // oldest first
    std::vector<ExerciseDraft> future_; // next redo last
    ExerciseDraft current_;
    std::size_t limit_;
};

} // namespace pw
