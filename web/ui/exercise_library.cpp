#include "ui/exercise_library.hpp"

#include "pw/draft_library.hpp"
#include "pw/exercise_draft_check.hpp"
#include "pw/exercise_draft_json.hpp"
#include "pw/lookup.hpp"
#include "ui/authored_exercises.hpp"
#include "ui/rest_arrival.hpp"
#include "ui/strings.hpp"

#include <algorithm>

namespace pw::ui {
namespace {

bool shipped(const AppState& s, std::string_view id) {
    return find_by_id(s.content.model.scenarios, std::string(id)) &&
           !s.is_authored(std::string(id));
}

// The draft into the model when it can be played (no errors), and its id
// among the playable ones; else out of both.
void place_draft(AppState& s, const Scenario& d) {
    ExerciseLibrary& lib = s.library;
    auto& ids = lib.playable;
    if (std::count(ids.begin(), ids.end(), d.id)) {
        forget_authored_exercise(s, d.id);
        ids.erase(std::remove(ids.begin(), ids.end(), d.id), ids.end());
    }
    // A shipped exercise's id stays the shipped one's (the editor renames copies).
    if (shipped(s, d.id) || !can_play(check_draft(s.content.model, d))) return;
    if (put_authored_exercise(s, d).empty()) ids.push_back(d.id);
}

void forget_playable(AppState& s, std::string_view id) {
    auto& ids = s.library.playable;
    if (!std::count(ids.begin(), ids.end(), id)) return;
    forget_authored_exercise(s, std::string(id));
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
}

} // namespace

void read_library(AppState& s) {
    ExerciseLibrary& lib = s.library;
    // With the content's exercises, whose ids the trainer's may not take
    // (or once the rest of the content could not be had).
    if (lib.read || s.status != ContentStatus::ready || rest_coming(s)) return;
    lib.read = true;
    DraftLibraryLoad load = load_draft_library(s.content.model, lib.stored);
    lib.drafts = std::move(load.drafts);
    if (!load.problems.empty()) {
        std::string kept;
        for (const std::string& k : load.kept)
            kept += (kept.empty() ? "" : "\n") + k;
        s.ask(SaveDrafts{kept, true});
        s.tell(load.problems.front(), 15.0);
        lib.dirty = true; // what could be read replaces the damaged value
    }
    lib.stored.clear();
    refresh_playable(s);
}

void refresh_playable(AppState& s) {
    ExerciseLibrary& lib = s.library;
    const std::vector<std::string> before = lib.playable;
    for (const std::string& id : before)
        forget_playable(s, id);
    for (const Scenario& d : lib.drafts)
        place_draft(s, d);
    // Search finds exercises too; rebuilt when the set changes, not as the author types.
    if (lib.playable != before) s.forget_search_index();
}

const Scenario* find_draft(const AppState& s, std::string_view id) {
    for (const Scenario& d : s.library.drafts)
        if (d.id == id) return &d;
    return nullptr;
}

void keep_draft(AppState& s, const Scenario& draft, std::string_view previous_id) {
    auto& drafts = s.library.drafts;
    auto it = std::find_if(drafts.begin(), drafts.end(),
                           [&](const Scenario& d) { return d.id == previous_id; });
    if (it == drafts.end())
        drafts.push_back(draft);
    else
        *it = draft;
    s.library.dirty = true;
    // Only this draft is checked again (typing keeps it every half second).
    const std::vector<std::string> before = s.library.playable;
    forget_playable(s, previous_id);
    place_draft(s, draft);
    if (s.library.playable != before) s.forget_search_index();
}

void remove_draft(AppState& s, std::string_view id) {
    auto& drafts = s.library.drafts;
    drafts.erase(
        std::remove_if(drafts.begin(), drafts.end(), [&](const Scenario& d) { return d.id == id; }),
        drafts.end());
    s.library.dirty = true;
    forget_playable(s, id);
    s.forget_search_index();
}

std::string free_exercise_id(const AppState& s, const std::string& base, std::string_view except) {
    const auto taken = [&](const std::string& id) {
        if (id == except) return false;
        return find_draft(s, id) != nullptr || shipped(s, id);
    };
    const std::string stem = base.empty() ? std::string("eigen-oefening") : base;
    std::string id = stem;
    for (int n = 2; taken(id); ++n)
        id = stem + "-" + std::to_string(n);
    return id;
}

std::string import_exercise(AppState& s, const std::string& name, const std::string& text) {
    DraftImport read = draft_from_json(s.content.model, text);
    if (!read.draft) {
        s.tell(trf(Text::import_failed, name, read.problem), 15.0);
        return {};
    }
    Scenario draft = std::move(*read.draft);
    const std::string own = draft.id;
    draft.id = free_exercise_id(s, own);
    keep_draft(s, draft, draft.id);
    s.tell(draft.id == own ? trf(Text::import_done, draft.title)
                           : trf(Text::import_renamed, draft.title, draft.id),
           8.0);
    return draft.id;
}

void save_library_if_dirty(AppState& s) {
    if (!s.library.dirty || !s.library.read) return;
    s.library.dirty = false;
    s.ask(SaveDrafts{store_draft_library(s.library.drafts)});
}

} // namespace pw::ui
