// The app's rules for a content that changed since the user last saw it:
// once content and progress are both in, the progress is carried over (what
// is gone is taken out and named) and compared with the stored fingerprint;
// opening a marked step marks it seen; "Gezien" takes the whole current
// content as seen. The stored fingerprint is what the user has not yet seen.
#pragma once

#include "ui/app_state.hpp"

#include <optional>
#include <string>

namespace pw::ui {

// After the content (and the progress) arrived, once per content: the
// progress carried over, before any exercise is resumed from it.
void reconcile_content(AppState& state);
// After that, in a frame after the first screen (fingerprinting the content
// can wait): the comparison with the stored fingerprint; the first time, the
// fingerprint stored. Once per content.
void compare_content(AppState& state);
// Whether the notice "Inhoud bijgewerkt" shows: something changed or was dropped.
bool content_changes_pending(const AppState& state);
// The place shown changed: a marked step that is opened is seen.
void note_place_opened(AppState& state);
// "Gezien": the current content is what the user saw; nothing is marked any more.
void mark_changes_seen(AppState& state);
// The mark of a step on the map, if any.
std::optional<SeenChange::Kind> step_badge(const AppState& state, const std::string& case_type,
                                           const std::string& step);
// "gewijzigd" or "nieuw" in the UI language.
const char* badge_text(SeenChange::Kind kind);

} // namespace pw::ui
