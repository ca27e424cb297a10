#include "ui/navigation.hpp"

#include "pw/lookup.hpp"
#include "ui/rest_arrival.hpp"
#include "ui/strings.hpp"

namespace pw::ui {
namespace {

void record_visit(AppState& s) {
    if (s.route.kind == Route::Kind::search || s.route.kind == Route::Kind::home) return;
    // A place the rest of the content never came for was not seen.
    if (waits_for_rest(s, s.route)) return;
    // The trainer's own exercises are not the content's: nothing of them is
    // kept in the progress (a later visit would find them gone, or renamed).
    if (s.route.kind == Route::Kind::editor || s.is_authored(s.route.id)) return;
    const std::string hash = format_route(s.route);
    s.progress.visited.insert(hash);
    // A step also counts as a visit to its process, for the onboarding path.
    if (s.route.kind == Route::Kind::step || s.route.kind == Route::Kind::example)
        s.progress.visited.insert(
            format_route(Route{Route::Kind::case_type, s.route.case_type, {}, {}, {}}));
    s.progress.last_route = hash;
    s.progress_dirty = true;
}

} // namespace

bool shows_map(const Route& r) {
    return r.kind == Route::Kind::case_type || r.kind == Route::Kind::step ||
           r.kind == Route::Kind::example;
}

std::string route_title(const Model& m, const Route& r) {
    switch (r.kind) {
    case Route::Kind::home:
        return tr(Text::home);
    case Route::Kind::assistant:
        return tr(Text::assistant_title);
    case Route::Kind::changes:
        return tr(Text::changes_title);
    case Route::Kind::search:
        return trf(Text::route_search, r.query);
    case Route::Kind::training:
        return tr(Text::training_title);
    case Route::Kind::editor:
        return tr(Text::route_editor);
    case Route::Kind::scenario:
        if (const Scenario* x = find_by_id(m.scenarios, r.id))
            return trf(Text::route_exercise, x->title);
        break;
    case Route::Kind::trainer:
        if (const Scenario* x = find_by_id(m.scenarios, r.id))
            return trf(Text::route_trainer, x->title);
        break;
    case Route::Kind::case_type:
        if (const CaseType* ct = find_case_type(m, r.case_type)) return ct->short_title;
        break;
    case Route::Kind::step:
        if (const CaseType* ct = find_case_type(m, r.case_type))
            if (const Step* s = find_step(*ct, r.step)) return ct->short_title + " › " + s->title;
        break;
    case Route::Kind::example:
        if (const CaseType* ct = find_case_type(m, r.case_type))
            if (const Example* e = find_by_id(ct->examples, r.id))
                return trf(Text::route_example, e->title);
        break;
    case Route::Kind::role:
        if (const Role* x = find_role(m, r.id)) return x->name;
        break;
    case Route::Kind::organisation:
        if (const Organisation* x = find_organisation(m, r.id)) return x->name;
        break;
    case Route::Kind::term:
        if (const GlossaryTerm* x = find_by_id(m.glossary, r.id)) return x->term;
        break;
    case Route::Kind::data_item:
        if (const DataItem* x = find_by_id(m.data_items, r.id)) return x->name;
        break;
    case Route::Kind::system:
        if (const System* x = find_by_id(m.systems, r.id)) return x->name;
        break;
    case Route::Kind::channel:
        if (const Channel* x = find_by_id(m.channels, r.id)) return x->name;
        break;
    case Route::Kind::card:
        if (const Card* x = find_by_id(m.cards, r.id)) return x->title;
        break;
    case Route::Kind::rule:
        if (const LegalBasis* x = find_by_id(m.legal_bases, r.id)) return x->reference;
        if (const Principle* x = find_by_id(m.principles, r.id)) return x->title;
        break;
    }
    return format_route(r);
}

void navigate(AppState& s, const Route& r) {
    s.requested = Navigation{r, true, {}};
}

void navigate_replace(AppState& s, const Route& r) {
    s.requested = Navigation{r, false, {}};
}

void apply_route(AppState& s, std::string_view address_bar) {
    const std::string hash(address_bar); // it may be s.published_route itself
    s.published_route = hash;            // the address bar shows it already
    if (s.status != ContentStatus::ready) return;
    const std::optional<Route> r = parse_route(hash);
    // A place that needs the rest of the content waits for it on a loading screen.
    s.rest.route_waiting = r && rest_coming(s) && needs_rest(*r);
    s.rest.waiting.reset();
    if (s.rest.route_waiting) {
        s.requested.reset(); // the address bar's place replaces one asked for before
        return request_rest(s);
    }
    if (!r || !route_exists(s.content.model, *r))
        // Never a blank screen: the not-found view suggests the nearest places.
        s.requested = Navigation{Route{}, false, hash, true};
    else
        s.requested = Navigation{*r, false, {}, true};
}

bool arrive(AppState& s) {
    if (!s.requested) return false;
    const Navigation n = std::move(*s.requested);
    s.requested.reset();
    // A place chosen while another waited for the rest of the content: the newer choice wins.
    s.rest.route_waiting = false;
    s.rest.waiting.reset();
    if (rest_coming(s) && needs_rest(n.route)) {
        // A link followed in the first moments: its place opens once the rest is in.
        s.rest.route_waiting = true;
        s.rest.waiting = n;
        request_rest(s);
        return false;
    }
    s.replace_history = !n.new_history_entry;
    // Remember where a link was followed from, for Escape (a short trail).
    if (n.going_back && !s.came_from.empty())
        s.came_from.pop_back();
    else if (n.new_history_entry && s.not_found.empty() && !(n.route == s.route)) {
        if (s.came_from.size() == 50) s.came_from.erase(s.came_from.begin());
        s.came_from.push_back(s.route);
    }
    s.not_found = n.not_found;
    s.route = n.route;
    if (shows_map(s.route)) s.case_type = s.route.case_type;
    if (s.not_found.empty()) record_visit(s);
    if (n.from_address_bar) s.published_route = current_route(s);
    return true;
}

void publish_route(AppState& s) {
    const std::string route = current_route(s);
    // Waiting for the rest of the content, the address bar shows the place to come.
    if (s.status != ContentStatus::ready || route == s.published_route || s.rest.route_waiting)
        return;
    s.ask(ShowRoute{route, !s.replace_history});
    s.replace_history = false;
    s.published_route = route;
}

std::string current_route(const AppState& s) {
    return s.not_found.empty() ? format_route(s.route) : s.not_found;
}

} // namespace pw::ui
