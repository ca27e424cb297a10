// The shipped exercises come after the first screen (issue 20): the guide is
// usable at once, training says they are coming, a deep link to an exercise
// waits for them, the progress is not carried over without them, and damaged
// or missing exercises are told, never a reason to lose a result.
#include "harness.hpp"

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
const char* const kLoading = "De oefeningen worden geladen";

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

void deliver_exercises(Harness& h) {
    h.app().handle(ExercisesArrived{content_packs().exercises});
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

} // namespace

TEST_CASE("the first screen does not wait for the exercises; they are asked for after it") {
    const auto owned = Harness::without_exercises("", "#/");
    Harness& h = *owned;
    const std::size_t total = shipped_exercise_count();
    CHECK(current_view(h.state(), h.views()) == View::home);
    CHECK(count_of<FetchExercises>(h) == 1);
    CHECK(first_of<AnnounceReady>(h) < first_of<FetchExercises>(h));
    CHECK_FALSE(h.last<FetchExercises>()->from_json);
    // The home screen counts them already; search and "exercises ready" wait.
    CHECK(h.shows(std::to_string(total) + " oefeningen"));
    CHECK(count_of<SearchReady>(h) == 0);
    CHECK(count_of<ExercisesReady>(h) == 0);
    h.open("#/oefenen");
    CHECK(h.shows(kLoading));
    CHECK_FALSE(h.shows("Beginnen"));
    h.frames(5);
    CHECK(count_of<FetchExercises>(h) == 1); // asked once

    deliver_exercises(h);
    CHECK(h.model().scenarios.size() == total);
    CHECK_FALSE(h.shows(kLoading));
    CHECK(h.shows("De RvdK kondigt een raadsonderzoek aan"));
    CHECK(count_of<ExercisesReady>(h) == 1);
    CHECK(count_of<SearchReady>(h) == 1);
    // Search finds the exercises too.
    const SearchResults hits = h.state().search_index().search("raadsonderzoek aankondigen", 40);
    CHECK(std::any_of(hits.begin(), hits.end(), [&](const SearchHit& hit) {
        return h.state().search_index().documents()[hit.document].route.id == kExercise;
    }));
}

TEST_CASE("a deep link to an exercise waits on a loading screen, then opens it") {
    const auto owned = Harness::without_exercises("", exercise_route(kExercise));
    Harness& h = *owned;
    // Asked at once, not after a first screen of something else.
    CHECK(first_of<FetchExercises>(h) < first_of<AnnounceReady>(h));
    CHECK(current_view(h.state(), h.views()) == View::loading);
    CHECK(h.shows(kLoading));
    // The address bar keeps the link: nothing else is published meanwhile.
    CHECK(count_of<ShowRoute>(h) == 0);
    CHECK(h.state().published_route == exercise_route(kExercise));
    deliver_exercises(h);
    CHECK(current_view(h.state(), h.views()) == View::exercise);
    CHECK(h.state().route.id == kExercise);
    CHECK(h.state().not_found.empty());
}

TEST_CASE("a place chosen while a link waits for the exercises wins over the link") {
    const auto owned = Harness::without_exercises("", exercise_route(kExercise));
    Harness& h = *owned;
    REQUIRE(current_view(h.state(), h.views()) == View::loading);
    h.open("#/proces/kb-maatregel");
    CHECK(current_view(h.state(), h.views()) == View::map);
    deliver_exercises(h);
    CHECK(current_view(h.state(), h.views()) == View::map);
    CHECK(h.state().published_route == "#/proces/kb-maatregel");
    // And a click in the app (the top bar's home link) the same.
    const auto again = Harness::without_exercises("", exercise_route(kExercise));
    navigate(again->state(), Route{});
    again->frames(2);
    CHECK(current_view(again->state(), again->views()) == View::home);
    again->app().handle(ExercisesArrived{content_packs().exercises});
    again->frames(2);
    CHECK(current_view(again->state(), again->views()) == View::home);
    CHECK(again->state().published_route == "#/");
}

TEST_CASE("a trainer's exercise that came first keeps its place, unless the content has its id") {
    const auto owned = Harness::without_exercises("", "#/oefenen");
    Harness& h = *owned;
    const Scenario& shipped = shipped_scenario(kExercise);
    Scenario own = shipped;
    own.id = "eigen-klasoefening";
    REQUIRE(put_authored_exercise(h.state(), own).empty());
    REQUIRE(put_authored_exercise(h.state(), shipped).empty()); // the content's id, not yet there
    deliver_exercises(h);
    CHECK(h.model().scenarios.size() == shipped_exercise_count() + 1);
    CHECK(h.state().authored_exercises == std::vector<std::string>{"eigen-klasoefening"});
    CHECK(h.model().scenarios.back().id == "eigen-klasoefening");
    CHECK(h.state().notice.find(kExercise) != std::string::npos);
}

TEST_CASE("the progress is carried over only once the exercises are in") {
    const std::string saved = progress_with_an_answer();
    const auto owned = Harness::without_exercises(saved, "#/");
    Harness& h = *owned;
    h.open("#/proces/kb-maatregel/stap/melding"); // a visit: the progress is saved
    CHECK_FALSE(h.state().changes.carried_over);
    CHECK(h.state().progress.scenario_runs.count(kExercise) == 1);
    REQUIRE(h.last<SaveProgress>());
    CHECK(h.last<SaveProgress>()->text.find(kExercise) != std::string::npos);
    deliver_exercises(h);
    CHECK(h.state().changes.carried_over);
    CHECK(h.state().changes.reconciled);
    CHECK(h.state().progress.scenario_runs.count(kExercise) == 1);
    CHECK(h.state().progress.dropped.empty());
    CHECK_FALSE(h.shows("Inhoud bijgewerkt"));
}

TEST_CASE("a place chosen on the loading screen wins over the link when the exercises come") {
    const auto owned = Harness::without_exercises("", exercise_route(kExercise));
    Harness& h = *owned;
    REQUIRE(h.shows(kLoading));
    // Chosen in the top bar (a move, not yet drawn); the exercises come
    // before the next frame.
    navigate(h.state(), Route{Route::Kind::case_type, "kb-maatregel", {}, {}, {}});
    h.app().handle(ExercisesArrived{content_packs().exercises});
    h.frames(2);
    CHECK(h.state().route.kind == Route::Kind::case_type);
    CHECK_FALSE(h.state().exercises.route_waiting);
}

TEST_CASE("refused exercises come from content.json; with neither, the guide says why") {
    SUBCASE("a damaged exercises.pack, then content.json") {
        const auto owned = Harness::without_exercises("", "#/oefenen");
        Harness& h = *owned;
        std::string damaged = content_packs().exercises;
        damaged[damaged.size() / 2] = static_cast<char>(~damaged[damaged.size() / 2]);
        h.app().handle(ExercisesArrived{damaged});
        h.frames(2);
        REQUIRE(count_of<FetchExercises>(h) == 2);
        CHECK(h.last<FetchExercises>()->from_json);
        CHECK(h.shows(kLoading));
        h.app().handle(ExercisesArrived{content_bundle(), true});
        h.frames(2);
        CHECK(h.model().scenarios.size() == shipped_exercise_count());
        CHECK(h.shows("De RvdK kondigt een raadsonderzoek aan"));
    }
    SUBCASE("neither could be fetched: told, the guide works, the progress is kept") {
        const std::string saved = progress_with_an_answer();
        const auto owned = Harness::without_exercises(saved, exercise_route(kExercise));
        Harness& h = *owned;
        h.app().handle(ExercisesArrived{{}, false, true});
        h.frames(1);
        REQUIRE(count_of<FetchExercises>(h) == 2);
        CHECK(h.last<FetchExercises>()->from_json);
        h.app().handle(ExercisesArrived{{}, true, true});
        h.frames(2);
        CHECK(h.shows("De oefeningen konden niet worden geladen"));
        // The exercise's link leads nowhere now, and says so.
        CHECK(current_view(h.state(), h.views()) == View::not_found);
        CHECK(count_of<ExercisesReady>(h) == 1);
        CHECK(count_of<SearchReady>(h) == 1);
        CHECK_FALSE(h.state().changes.carried_over);
        CHECK(h.state().progress.scenario_runs.count(kExercise) == 1);
        h.open("#/oefenen");
        CHECK(h.shows("De oefeningen konden niet worden geladen"));
        h.open("#/");
        CHECK(h.shows("0 oefeningen")); // none promised that will not come
        h.open("#/proces/kb-maatregel");
        CHECK(current_view(h.state(), h.views()) == View::map);
    }
}

} // namespace pw::ui::test
