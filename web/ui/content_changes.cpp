#include "ui/content_changes.hpp"

#include "pw/carry_over.hpp"
#include "ui/strings.hpp"

namespace pw::ui {
namespace {

void refresh(AppState& s) {
    ContentChangesState& c = s.changes;
    const ContentVersion& now = s.content.version;
    ContentFingerprint current;
    c.since = changes_since(*s.progress.seen, s.content.model, now, &current);
    // Nothing left to show: the stored fingerprint becomes the current one
    // (also when only the version moved, or parts no user sees changed).
    if (c.since.empty() && !(*s.progress.seen == current)) {
        s.progress.seen = current;
        s.progress_dirty = true;
    }
    c.steps = changed_steps(c.since);
}

} // namespace

void reconcile_content(AppState& s) {
    // Not before the rest of the content is in: without it every place and result it
    // alone names would be dropped.
    if (s.status != ContentStatus::ready || s.changes.carried_over || s.content.rest_pending())
        return;
    s.changes.carried_over = true;
    CarriedOver carried = carry_over(s.progress, s.content.model);
    if (!carried.dropped.empty()) {
        s.progress = std::move(carried.progress);
        s.progress_dirty = true;
    }
    s.changes.compared = s.progress.seen.has_value();
}

void compare_content(AppState& s) {
    if (!s.changes.carried_over || s.changes.reconciled) return;
    s.changes.reconciled = true;
    // Saved before there were fingerprints, or a damaged one: nothing to
    // compare with; from now on this content is what the user saw.
    if (!s.progress.seen) {
        s.progress.seen = content_fingerprint(s.content.model, s.content.version);
        s.progress_dirty = true;
        // Seen just now: nothing changed since (no second pass over the content).
        s.changes.since = SeenChanges{s.content.version, s.content.version, {}};
        s.changes.steps.clear();
        return;
    }
    refresh(s);
    note_place_opened(s); // a deep link to a changed step, opened before this comparison
}

bool content_changes_pending(const AppState& s) {
    return s.changes.reconciled && (!s.changes.since.empty() || !s.progress.dropped.empty());
}

void note_place_opened(AppState& s) {
    if (!s.changes.reconciled || !s.not_found.empty() || s.route.kind != Route::Kind::step) return;
    if (!s.changes.steps.count(s.route.case_type + "/" + s.route.step)) return;
    mark_step_seen(*s.progress.seen, s.content.model, s.content.version, s.route.case_type,
                   s.route.step);
    s.progress_dirty = true;
    refresh(s);
}

void mark_changes_seen(AppState& s) {
    if (!s.changes.reconciled) return;
    s.progress.seen = content_fingerprint(s.content.model, s.content.version);
    s.progress.dropped.clear();
    s.progress_dirty = true;
    refresh(s);
}

std::optional<SeenChange::Kind> step_badge(const AppState& s, const std::string& case_type,
                                           const std::string& step) {
    if (s.changes.steps.empty()) return std::nullopt;
    const auto it = s.changes.steps.find(case_type + "/" + step);
    if (it == s.changes.steps.end()) return std::nullopt;
    return it->second;
}

const char* badge_text(SeenChange::Kind kind) {
    return tr(kind == SeenChange::Kind::added ? Text::badge_new : Text::badge_changed);
}

} // namespace pw::ui
