#include "ui/editor_actions.hpp"

#include "pw/exercise_draft_json.hpp"
#include "pw/lookup.hpp"
#include "ui/authored_exercises.hpp"
#include "ui/exercise_library.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"

#include <algorithm>

namespace pw::ui {
namespace {

// Typing is checked after a short pause, and kept a little later: every key
// is not a run of the loader, and a closed tab loses at most half a second.
constexpr double kCheckAfter = 0.3;
constexpr double kKeepAfter = 0.5;

// The role a new exercise is played as: one the shipped exercises of the
// case type are played as, else the first role.
std::string default_role(const Model& m, const std::string& case_type) {
    for (const Scenario& sc : m.scenarios)
        if (sc.case_type == case_type) return sc.perspective;
    return m.roles.empty() ? std::string() : m.roles.front().id;
}

void open_draft(EditorState& e, AppState& s, Scenario draft, const std::string& route_id) {
    e = EditorState{};
    e.open = true;
    e.route_id = route_id;
    e.stored_id = draft.id;
    e.working = draft;
    e.history.emplace(std::move(draft));
    e.selected = e.working.decisions.empty() ? -1 : 0;
    e.findings = check_draft(s.content.model, e.working);
    e.findings_stale = false;
}

// The route shows the draft's own id, so a reload opens it again.
void show_own_route(EditorState& e, AppState& s) {
    if (e.route_id == e.working.id) return;
    e.route_id = e.working.id;
    navigate_replace(s, Route{Route::Kind::editor, {}, {}, e.working.id, {}});
}

void keep_now(EditorState& e, AppState& s) {
    keep_draft(s, e.working, e.stored_id);
    e.stored_id = e.working.id;
    e.keep_pending = false;
    show_own_route(e, s);
}

} // namespace

void follow_route(EditorState& e, AppState& s) {
    const Route& r = s.route;
    if (r.kind != Route::Kind::editor || !s.not_found.empty() || s.status != ContentStatus::ready) {
        e.open = false;
        return;
    }
    // Back from a preview (or another place) to the same draft: as it was left,
    // its undo history and the decision being written kept.
    if (e.history && e.route_id == r.id && (r.id.empty() || find_draft(s, r.id))) {
        e.open = true;
        return;
    }
    const Model& m = s.content.model;
    if (r.id.empty()) {
        const std::string ct = s.case_type.empty() ? m.case_types.front().id : s.case_type;
        Scenario draft = start_draft(m, ct, default_role(m, ct));
        draft.id = free_exercise_id(s, "eigen-oefening");
        open_draft(e, s, std::move(draft), r.id); // kept once something is written
        return;
    }
    if (const Scenario* mine = find_draft(s, r.id)) {
        open_draft(e, s, *mine, r.id);
        return;
    }
    if (const Scenario* sc = find_by_id(m.scenarios, r.id); sc && !s.is_authored(r.id)) {
        // A shipped exercise is not changed: its copy is, under an id of its own.
        // Written and read back, so it carries no origins in the content files.
        DraftImport copy = draft_from_json(m, draft_to_json(*sc));
        if (copy.draft) {
            copy.draft->id = free_exercise_id(s, sc->id + "-kopie");
            copy.draft->title = trf(Text::editor_copy_title, sc->title);
            open_draft(e, s, std::move(*copy.draft), r.id);
            keep_now(e, s);
            return;
        }
    }
    e = EditorState{};
    e.open = true;
    e.route_id = r.id;
    e.message = trf(Text::editor_missing, r.id);
    e.message_is_error = true;
}

void working_changed(EditorState& e, AppState& s) {
    e.keep_pending = true;
    e.findings_stale = true;
    e.edited_at = s.time;
}

void commit_working(EditorState& e, AppState& s) {
    if (!e.history) return;
    e.history->push(e.working);
    working_changed(e, s);
}

void apply_edit(EditorState& e, AppState& s, Scenario draft) {
    e.working = std::move(draft);
    commit_working(e, s);
}

namespace {
void after_history_move(EditorState& e, AppState& s) {
    e.working = e.history->current();
    e.selected = std::min(e.selected, static_cast<int>(e.working.decisions.size()) - 1);
    working_changed(e, s);
    e.edited_at -= kKeepAfter; // undo is a deliberate step: checked and kept at once
}
} // namespace

void undo(EditorState& e, AppState& s) {
    if (e.history && e.history->undo()) after_history_move(e, s);
}

void redo(EditorState& e, AppState& s) {
    if (e.history && e.history->redo()) after_history_move(e, s);
}

void editor_tick(EditorState& e, AppState& s) {
    if (!e.open || !e.history) return;
    if (e.findings_stale && s.time - e.edited_at >= kCheckAfter) {
        e.findings = check_draft(s.content.model, e.working);
        e.findings_stale = false;
    }
    if (e.keep_pending && s.time - e.edited_at >= kKeepAfter) keep_now(e, s);
}

void add_decision_at(EditorState& e, AppState& s, const std::string& step) {
    const AddedDecision added =
        add_decision(s.content.model, e.working, DecisionSpec{step, e.next_kinds});
    e.notes = added.notes;
    apply_edit(e, s, added.draft);
    for (std::size_t i = 0; i < e.working.decisions.size(); ++i)
        if (e.working.decisions[i].id == added.decision) e.selected = static_cast<int>(i);
    e.edited_at -= kKeepAfter; // a button: checked and kept at once
}

void remove_selected_decision(EditorState& e, AppState& s) {
    if (e.selected < 0 || e.selected >= static_cast<int>(e.working.decisions.size())) return;
    apply_edit(
        e, s,
        remove_decision(e.working, e.working.decisions[static_cast<std::size_t>(e.selected)].id));
    e.selected = std::min(e.selected, static_cast<int>(e.working.decisions.size()) - 1);
    e.notes.clear();
    e.edited_at -= kKeepAfter;
}

void add_ending(EditorState& e, AppState& s) {
    Scenario d = e.working;
    ScenarioEnding ending;
    int n = static_cast<int>(d.endings.size()) + 1;
    do
        ending.id = "einde-" + std::to_string(n++);
    while (find_by_id(d.endings, ending.id) || find_by_id(d.decisions, ending.id));
    ending.title = tr(Text::editor_new_ending_title);
    ending.good = false;
    d.endings.push_back(ending);
    apply_edit(e, s, std::move(d));
    e.edited_at -= kKeepAfter;
}

std::vector<const DraftFinding*> findings_at(const EditorState& e, const std::string& field,
                                             bool prefix) {
    std::vector<const DraftFinding*> out;
    for (const DraftFinding& f : e.findings)
        if (f.field == field || (prefix && f.field.size() > field.size() &&
                                 f.field.compare(0, field.size(), field) == 0 &&
                                 (f.field[field.size()] == '.' || f.field[field.size()] == '[')))
            out.push_back(&f);
    return out;
}

bool preview(EditorState& e, AppState& s, TrainingState& t, const std::string& from, bool trainer) {
    e.findings = check_draft(s.content.model, e.working);
    e.findings_stale = false;
    if (!can_play(e.findings)) {
        e.message = tr(Text::editor_cannot_play);
        e.message_is_error = true;
        return false;
    }
    keep_now(e, s);
    Scenario p = e.working;
    p.id = "voorbeeld-" + e.working.id;
    if (!from.empty()) p.start = from;
    s.library.preview = p.id;
    s.library.preview_of = e.working.id;
    if (std::string problem = put_authored_exercise(s, std::move(p)); !problem.empty()) {
        e.message = problem; // a shipped exercise named "voorbeeld-...": not replaced
        e.message_is_error = true;
        return false;
    }
    t.scenario.clear(); // played from the start, also when it was played before
    navigate(
        s,
        Route{
            trainer ? Route::Kind::trainer : Route::Kind::scenario, {}, {}, s.library.preview, {}});
    return true;
}

void export_draft(EditorState& e, AppState& s) {
    e.findings = check_draft(s.content.model, e.working);
    e.findings_stale = false;
    if (!can_share(e.findings)) {
        e.message = tr(Text::editor_cannot_share);
        e.message_is_error = true;
        return;
    }
    s.ask(Download{e.working.id + ".json", "application/json", draft_to_json(e.working)});
    e.message = trf(Text::editor_exported, e.working.id + ".json");
    e.message_is_error = false;
}

} // namespace pw::ui
