// The shipped content comes in two parts (issue 20): the home screen is
// drawn from the first at once; every other place, a deep link or a link
// followed in the first moments, waits for the rest on a loading screen; the
// progress is not carried over without it; and a damaged or missing rest is
// told, never a reason to lose a result.
#include "harness.hpp"

#include "pw/content_pack.hpp"
#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "ui/authored_exercises.hpp"
#include "ui/main_window.hpp"
#include "ui/navigation.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace pw::ui::test {
namespace {

const char* const kExercise = "kb-ind-contactpersoon";
const char* const kLoading = "De rest van de inhoud wordt geladen";
const char* const kFailed = "De rest van de inhoud kon niet worden geladen";

template <class C> std::size_t count_of(const Harness& h) {
    return static_cast<std::size_t>(
        std::count_if(h.commands().begin(), h.commands().end(),
                      [](const Command& c) { return std::holds_alternative<C>(c); }));
}

// Where in the commands the first C was asked (commands().size() if never).
template <class C> std::size_t first_of(const Harness& h) {
    const auto it = std::find_if(h.commands().begin(), h.commands().end(),
                                 [](const Command& c) { return std::holds_alternative<C>(c); });
    return static_cast<std::size_t>(it - h.commands().begin());
}

void deliver_rest(Harness& h) {
    h.app().handle(RestArrived{content_packs().rest});
    h.frames(2);
}

// Progress with one decision of an exercise answered, as the app saves it.
std::string progress_with_an_answer() {
    Harness h({}, "", exercise_route(kExercise));
    TrainingState& t = h.views().training;
    const Scenario* sc = find_by_id(h.model().scenarios, kExercise);
    REQUIRE(sc);
    t.draft = correct_answer(h.model(), *sc, *current_decision(*sc, t.run));
    submit_draft(h.state(), t);
    h.frames(2);
    REQUIRE(h.last<SaveProgress>());
    REQUIRE(h.state().progress.scenario_runs.count(kExercise) == 1);
    return h.last<SaveProgress>()->text;
}

// What the last frame said, in order: each node's role, name and tag.
std::vector<std::string> heard(const Harness& h) {
    std::vector<std::string> out;
    for (const A11yNode& n : h.tree())
        out.push_back(std::to_string(static_cast<int>(n.role)) + " " + n.name + " #" + n.tag);
    return out;
}

} // namespace

TEST_CASE("the first screen does not wait for the rest; it is asked for after it") {
    const auto owned = Harness::before_rest("", "#/");
    Harness& h = *owned;
    const std::size_t total = shipped_exercise_count();
    CHECK(current_view(h.state(), h.views()) == View::home);
    CHECK(count_of<FetchRest>(h) == 1);
    CHECK(first_of<AnnounceReady>(h) < first_of<FetchRest>(h));
    CHECK_FALSE(h.last<FetchRest>()->from_json);
    // The home screen counts the exercises already; search and "rest ready" wait.
    CHECK(h.shows(std::to_string(total) + " oefeningen"));
    CHECK(count_of<SearchReady>(h) == 0);
    CHECK(count_of<RestReady>(h) == 0);
    h.open("#/oefenen");
    CHECK(h.shows(kLoading));
    CHECK_FALSE(h.shows("Beginnen"));
    h.frames(5);
    CHECK(count_of<FetchRest>(h) == 1); // asked once

    deliver_rest(h);
    CHECK(h.model().scenarios.size() == total);
    CHECK_FALSE(h.shows(kLoading));
    CHECK(h.shows("De RvdK kondigt een raadsonderzoek aan"));
    CHECK(count_of<RestReady>(h) == 1);
    CHECK(count_of<SearchReady>(h) == 1);
    // Search finds the exercises too.
    const SearchResults hits = h.state().search_index().search("raadsonderzoek aankondigen", 40);
    CHECK(std::any_of(hits.begin(), hits.end(), [&](const SearchHit& hit) {
        return h.state().search_index().documents()[hit.document].route.id == kExercise;
    }));
}

// first_screen_model keeps only what the home screen reads: drawn from it,
// the home screen must say exactly what it says with the whole content.
TEST_CASE("the home screen from the first part is the home screen of the whole content") {
    SUBCASE("a first visit") {
        Harness whole({}, "", "#/");
        const auto first = Harness::before_rest("", "#/");
        CHECK(heard(*first) == heard(whole));
    }
    // The way back to the last place may lead to any place: each kind once.
    for (const std::string& last :
         {std::string("#/proces/kb-maatregel/stap/melding"), exercise_route(kExercise),
          std::string("#/begrip/ots"), std::string("#/gegeven/v-nummer"),
          std::string("#/grondslag/avg-6-1-c"), std::string("#/kanaal/beveiligde-mail")}) {
        CAPTURE(last);
        std::string saved;
        {
            Harness visit({}, "", "#/rol/ind-contactpersoon");
            visit.open("#/kaart/rolverdeling");
            visit.open(last);
            REQUIRE(visit.last<SaveProgress>());
            saved = visit.last<SaveProgress>()->text;
        }
        Harness whole({}, saved, "#/");
        const auto first = Harness::before_rest(saved, "#/");
        CHECK(heard(*first) == heard(whole));
        CHECK(whole.control("verder") != nullptr);
    }
}

TEST_CASE("a deep link waits on a loading screen, then opens its place") {
    for (const std::string& link :
         {exercise_route(kExercise), std::string("#/proces/kb-maatregel")}) {
        CAPTURE(link);
        const auto owned = Harness::before_rest("", link);
        Harness& h = *owned;
        // Asked at once, not after a first screen of something else.
        CHECK(first_of<FetchRest>(h) < first_of<AnnounceReady>(h));
        CHECK(current_view(h.state(), h.views()) == View::loading);
        CHECK(h.shows(kLoading));
        // The address bar keeps the link: nothing else is published meanwhile.
        CHECK(count_of<ShowRoute>(h) == 0);
        CHECK(h.state().published_route == link);
        deliver_rest(h);
        CHECK(current_view(h.state(), h.views()) != View::loading);
        CHECK(format_route(h.state().route) == link);
        CHECK(h.state().not_found.empty());
    }
}

TEST_CASE("a link followed on the home screen before the rest is in opens once it is") {
    const auto owned = Harness::before_rest("", "#/");
    Harness& h = *owned;
    navigate(h.state(), Route{Route::Kind::role, {}, {}, "ind-contactpersoon", {}});
    h.frames(2);
    CHECK(current_view(h.state(), h.views()) == View::loading);
    CHECK(h.shows(kLoading));
    CHECK(h.state().progress.visited.empty()); // not there yet
    deliver_rest(h);
    CHECK(current_view(h.state(), h.views()) == View::role);
    CHECK(h.state().published_route == "#/rol/ind-contactpersoon");
    CHECK(h.state().progress.visited.count("#/rol/ind-contactpersoon") == 1);
    // Escape goes back to where the link was followed.
    CHECK(h.state().came_from.size() == 1);

    // Escape while it waits gives up the wait: home again, nothing opens later.
    const auto again = Harness::before_rest("", "#/");
    navigate(again->state(), Route{Route::Kind::role, {}, {}, "ind-contactpersoon", {}});
    again->frames(2);
    REQUIRE(current_view(again->state(), again->views()) == View::loading);
    CHECK(again->app().shortcut(Shortcut::leave));
    again->frames(2);
    CHECK(current_view(again->state(), again->views()) == View::home);
    deliver_rest(*again);
    CHECK(current_view(again->state(), again->views()) == View::home);
}

TEST_CASE("a place chosen while a link waits for the rest wins over the link") {
    const auto owned = Harness::before_rest("", exercise_route(kExercise));
    Harness& h = *owned;
    REQUIRE(current_view(h.state(), h.views()) == View::loading);
    h.open("#/proces/kb-maatregel");
    CHECK(current_view(h.state(), h.views()) == View::loading);
    deliver_rest(h);
    CHECK(current_view(h.state(), h.views()) == View::map);
    CHECK(h.state().published_route == "#/proces/kb-maatregel");
    // And a click in the app (the top bar's home link): home needs nothing more.
    const auto again = Harness::before_rest("", exercise_route(kExercise));
    navigate(again->state(), Route{});
    again->frames(2);
    CHECK(current_view(again->state(), again->views()) == View::home);
    again->app().handle(RestArrived{content_packs().rest});
    again->frames(2);
    CHECK(current_view(again->state(), again->views()) == View::home);
    CHECK(again->state().published_route == "#/");
}

TEST_CASE("a trainer's exercise that came first keeps its place, unless the content has its id") {
    const auto owned = Harness::before_rest("", "#/oefenen");
    Harness& h = *owned;
    const Scenario& shipped = shipped_scenario(kExercise);
    Scenario own = shipped;
    own.id = "eigen-klasoefening";
    REQUIRE(put_authored_exercise(h.state(), own).empty());
    // The first part names the content's exercises already: their ids are taken.
    CHECK(put_authored_exercise(h.state(), shipped).find(kExercise) != std::string::npos);
    deliver_rest(h);
    CHECK(h.model().scenarios.size() == shipped_exercise_count() + 1);
    CHECK(h.state().authored_exercises == std::vector<std::string>{"eigen-klasoefening"});
    CHECK(h.model().scenarios.back().id == "eigen-klasoefening");
    CHECK(!find_by_id(h.model().scenarios, kExercise)->decisions.empty());
}

TEST_CASE("the progress is carried over only once the rest is in") {
    const std::string saved = progress_with_an_answer();
    const auto owned = Harness::before_rest(saved, "#/");
    Harness& h = *owned;
    h.frames(3);
    CHECK_FALSE(h.state().changes.carried_over);
    CHECK(h.state().progress.scenario_runs.count(kExercise) == 1);
    CHECK(h.state().progress.visited.count(exercise_route(kExercise)) == 1);
    deliver_rest(h);
    CHECK(h.state().changes.carried_over);
    CHECK(h.state().changes.reconciled);
    CHECK(h.state().progress.scenario_runs.count(kExercise) == 1);
    CHECK(h.state().progress.dropped.empty());
    CHECK_FALSE(h.shows("Inhoud bijgewerkt"));
    h.open("#/proces/kb-maatregel/stap/melding"); // a visit: the progress is saved
    REQUIRE(h.last<SaveProgress>());
    CHECK(h.last<SaveProgress>()->text.find(kExercise) != std::string::npos);
}

TEST_CASE("a place chosen on the loading screen wins over the link when the rest comes") {
    const auto owned = Harness::before_rest("", exercise_route(kExercise));
    Harness& h = *owned;
    REQUIRE(h.shows(kLoading));
    // Chosen in the top bar (a move, not yet drawn); the rest comes before
    // the next frame.
    navigate(h.state(), Route{Route::Kind::case_type, "kb-maatregel", {}, {}, {}});
    h.app().handle(RestArrived{content_packs().rest});
    h.frames(2);
    CHECK(h.state().route.kind == Route::Kind::case_type);
    CHECK_FALSE(h.state().rest.route_waiting);
}

TEST_CASE("a refused rest comes from content.json; with neither, the home screen says why") {
    SUBCASE("a damaged rest.pack, then content.json") {
        const auto owned = Harness::before_rest("", "#/oefenen");
        Harness& h = *owned;
        std::string damaged = content_packs().rest;
        damaged[damaged.size() / 2] = static_cast<char>(~damaged[damaged.size() / 2]);
        h.app().handle(RestArrived{damaged});
        h.frames(2);
        REQUIRE(count_of<FetchRest>(h) == 2);
        CHECK(h.last<FetchRest>()->from_json);
        CHECK(h.shows(kLoading));
        h.app().handle(RestArrived{content_bundle(), true});
        h.frames(2);
        CHECK(h.model().scenarios.size() == shipped_exercise_count());
        Harness whole;
        CHECK(first_difference(h.model(), whole.model()) == "");
        CHECK(h.shows("De RvdK kondigt een raadsonderzoek aan"));
    }
    SUBCASE("neither could be fetched: told, the progress is kept") {
        const std::string saved = progress_with_an_answer();
        const auto owned = Harness::before_rest(saved, exercise_route(kExercise));
        Harness& h = *owned;
        h.app().handle(RestArrived{{}, false, true});
        h.frames(1);
        REQUIRE(count_of<FetchRest>(h) == 2);
        CHECK(h.last<FetchRest>()->from_json);
        h.app().handle(RestArrived{{}, true, true});
        h.frames(2);
        // The link's place cannot be drawn from the first part: the loading screen says why.
        CHECK(current_view(h.state(), h.views()) == View::loading);
        CHECK(h.shows(kFailed));
        CHECK(count_of<RestReady>(h) == 1);
        CHECK_FALSE(h.state().changes.carried_over);
        CHECK(h.state().progress.scenario_runs.count(kExercise) == 1);
        h.open("#/proces/kb-maatregel");
        CHECK(current_view(h.state(), h.views()) == View::loading);
        CHECK(h.shows(kFailed));
        h.open("#/bestaat-niet");
        CHECK(h.shows(kFailed));
        h.open("#/");
        CHECK(current_view(h.state(), h.views()) == View::home);
        CHECK(h.shows("0 oefeningen")); // none promised that will not come
    }
}

} // namespace pw::ui::test
