#include "ui/exercises_arrival.hpp"

#include "pw/content_pack.hpp"
#include "ui/strings.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <utility>

namespace pw::ui {
namespace {

// content.json, the fallback: the same edition's exercises, as the JSON path
// loads and validates them.
std::string take_from_json(AppState& s, std::string_view bundle) {
    LoadResult json = load_bundle(bundle);
    for (const Diagnostic& d : json.diagnostics)
        if (d.severity == Severity::error) return format_diagnostic(d);
    if (json.version.version != s.content.version.version ||
        json.version.date != s.content.version.date)
        return tr(Text::exercises_other_edition);
    put_shipped_exercises(s.content, std::move(json.model.scenarios));
    return "";
}

// A trainer's exercise that came while the content's were on their way (a
// class session's) may carry an id of the content's: the content's wins, as
// put_authored_exercise decides when they are there first.
void drop_authored_with_shipped_ids(AppState& s, std::size_t shipped) {
    std::vector<Scenario>& all = s.content.model.scenarios;
    const auto first_own = all.begin() + static_cast<std::ptrdiff_t>(shipped);
    for (auto it = first_own; it != all.end();) {
        const std::string id = it->id;
        if (std::none_of(all.begin(), first_own,
                         [&id](const Scenario& sc) { return sc.id == id; })) {
            ++it;
            continue;
        }
        it = all.erase(it);
        std::vector<std::string>& ids = s.authored_exercises;
        ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
        s.tell(trf(Text::exercise_id_shipped, id), 15.0);
    }
}

} // namespace

bool needs_exercises(const Route& route) {
    switch (route.kind) {
    case Route::Kind::scenario:
    case Route::Kind::trainer:
    case Route::Kind::editor:
    case Route::Kind::changes: // what changed includes the exercises
        return true;
    case Route::Kind::training:
        return !route.query.empty();
    default:
        return false;
    }
}

bool exercises_coming(const AppState& s) {
    return s.content.exercises_pending() && s.exercises.problem.empty();
}

void request_exercises(AppState& s) {
    if (s.exercises.requested || !s.content.exercises_pending()) return;
    s.exercises.requested = true;
    s.ask(FetchExercises{});
}

bool take_exercises(AppState& s, const ExercisesArrived& arrived) {
    if (!s.content.exercises_pending()) return false;
    const std::size_t own = s.content.model.scenarios.size();
    std::string problem;
    if (arrived.failed)
        problem = tr(Text::exercises_not_fetched);
    else if (arrived.from_json)
        problem = take_from_json(s, arrived.bytes);
    else
        problem = unpack_exercises(arrived.bytes, s.content);
    if (problem.empty()) {
        drop_authored_with_shipped_ids(s, s.content.model.scenarios.size() - own);
        return true;
    }
    std::fprintf(stderr, "%s: %s\n", arrived.from_json ? "content.json" : kExercisesPackName,
                 problem.c_str());
    if (!arrived.from_json) {
        s.ask(FetchExercises{true});
        return false;
    }
    s.exercises.problem = std::move(problem);
    s.tell(trf(Text::exercises_failed, s.exercises.problem), 15.0);
    return true;
}

} // namespace pw::ui
