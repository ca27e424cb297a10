#include "pw/draft_history.hpp"

#include <utility>

namespace pw {

DraftHistory::DraftHistory(ExerciseDraft initial, std::size_t limit)
    : current_(std::move(initial)), limit_(limit == 0 ? 1 : limit) {}

void DraftHistory::push(ExerciseDraft draft) {
    if (draft == current_) return;
    past_.push_back(std::move(current_));
    current_ = std::move(draft);
    future_.clear();
    if (past_.size() > limit_) past_.erase(past_.begin());
}

namespace {

// One step through the history: the current draft goes onto `to`, the last of `from` comes back.
bool step(std::vector<ExerciseDraft>& from, std::vector<ExerciseDraft>& to,
          ExerciseDraft& current) {
    if (from.empty()) return false;
    to.push_back(std::move(current));
    current = std::move(from.back());
    from.pop_back();
    return true;
}

} // namespace

bool DraftHistory::undo() {
    return step(past_, future_, current_);
}

bool DraftHistory::redo() {
    return step(future_, past_, current_);
}

} // namespace pw
