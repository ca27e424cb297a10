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

bool DraftHistory::undo() {
    if (past_.empty()) return false;
    future_.push_back(std::move(current_));
    current_ = std::move(past_.back());
    past_.pop_back();
    return true;
}

bool DraftHistory::redo() {
    if (future_.empty()) return false;
    past_.push_back(std::move(current_));
    current_ = std::move(future_.back());
    future_.pop_back();
    return true;
}

} // namespace pw
