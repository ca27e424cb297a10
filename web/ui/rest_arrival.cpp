#include "ui/rest_arrival.hpp"

#include "pw/content_pack.hpp"
#include "ui/strings.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <utility>

namespace pw::ui {
namespace {

// content.json, the fallback: the same edition's whole model, as the JSON
// path loads and validates it.
std::string take_from_json(AppState& s, std::string_view bundle) {
    LoadResult json = load_bundle(bundle);
    for (const Diagnostic& d : json.diagnostics)
        if (d.severity == Severity::error) return format_diagnostic(d);
    if (json.version.version != s.content.version.version ||
        json.version.date != s.content.version.date)
        return tr(Text::rest_other_edition);
    put_whole_model(s.content, std::move(json.model));
    return "";
}

// A trainer's exercise put in while the rest was on its way may carry an id
// of the content's that content.json brought differently: the content's wins,
// as put_authored_exercise decides when they are there first.
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

bool needs_rest(const Route& route) {
    return route.kind != Route::Kind::home;
}

bool rest_coming(const AppState& s) {
    return s.content.rest_pending() && s.rest.problem.empty();
}

bool waits_for_rest(const AppState& s, const Route& route) {
    return s.content.rest_pending() && needs_rest(route);
}

void request_rest(AppState& s) {
    if (s.rest.requested || !s.content.rest_pending()) return;
    s.rest.requested = true;
    s.ask(FetchRest{});
}

bool take_rest(AppState& s, const RestArrived& arrived) {
    if (!s.content.rest_pending()) return false;
    // The trainer's own exercises, after the content's named ones.
    const std::size_t own = s.content.model.scenarios.size() - s.content.exercises_to_come;
    std::string problem;
    if (arrived.failed)
        problem = tr(Text::rest_not_fetched);
    else if (arrived.from_json)
        problem = take_from_json(s, arrived.bytes);
    else
        problem = unpack_rest(arrived.bytes, s.content);
    if (problem.empty()) {
        drop_authored_with_shipped_ids(s, s.content.model.scenarios.size() - own);
        return true;
    }
    std::fprintf(stderr, "%s: %s\n", arrived.from_json ? "content.json" : kRestPackName,
                 problem.c_str());
    if (!arrived.from_json) {
        s.ask(FetchRest{true});
        return false;
    }
    s.rest.problem = std::move(problem);
    forget_rest(s.content); // no exercise promised that cannot be played
    s.tell(trf(Text::rest_failed, s.rest.problem), 15.0);
    return true;
}

} // namespace pw::ui
