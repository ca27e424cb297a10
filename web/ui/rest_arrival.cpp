#include "ui/rest_arrival.hpp"

#include "pw/content_pack.hpp"
#include "ui/strings.hpp"

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
    std::string problem;
    if (arrived.failed)
        problem = tr(Text::rest_not_fetched);
    else if (arrived.from_json)
        problem = take_from_json(s, arrived.bytes);
    else
        problem = unpack_rest(arrived.bytes, s.content);
    // A trainer's own exercise cannot take a content's id meanwhile: the first
    // part names them all (put_authored_exercise refuses their ids).
    if (problem.empty()) return true;
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
