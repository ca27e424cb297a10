// A trainer's own exercise in a class session (issue 22): the trainer's app
// sends it whole and shows the server's refusal; a trainee's app takes it from
// the join (or, after a reload, the session) reply and plays it; a shipped
// exercise is never replaced by one that arrives.
#include "harness.hpp"

#include "pw/content_fingerprint.hpp"
#include "ui/authored_exercises.hpp"
#include "ui/content_changes.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace pw::ui::test {
namespace {

using nlohmann::json;

const char* const kOwnId = "eigen-voogdij-contactpersoon";

// A trainer's copy of a shipped exercise: its own id and title.
json own_exercise() {
    std::ifstream in(std::string(PW_CONTENT_DIR) + "/scenarios/voogdij-ind-contactpersoon.json");
    std::stringstream text;
    text << in.rdbuf();
    json exercise = json::parse(text.str());
    exercise["id"] = kOwnId;
    exercise["title"] = "Eigen oefening: informatie over een voogdijkind";
    return exercise;
}

void join_as(Harness& h, const std::string& nickname) {
    h.open("#/oefenen");
    REQUIRE(h.click("klascode"));
    h.type("abc123");
    REQUIRE(h.click("bijnaam"));
    h.type(nickname);
    REQUIRE(h.click("meedoen"));
}

json joined_reply(const json& exercise) {
    return {{"token", "t-1"},
            {"nickname", "Uil"},
            {"scenario", exercise.value("id", "onbekend")},
            {"exercise", exercise}};
}

} // namespace

TEST_CASE("the trainer publishes an authored exercise whole, and sees why the server refused it") {
    Harness h({1920, 1080});
    const AddedExercise added = add_authored_exercise(h.state(), own_exercise().dump());
    REQUIRE_MESSAGE(added.problem.empty(), added.problem);
    h.open(exercise_route(kOwnId, true));
    REQUIRE(h.click("klas-starten"));
    const std::optional<HttpRequest> create = h.last<HttpRequest>();
    REQUIRE(create);
    CHECK(create->path == "/api/sessions");
    const json body = json::parse(create->body);
    CHECK_FALSE(body.contains("scenario"));
    CHECK(body["exercise"]["id"] == kOwnId);
    CHECK(body["exercise"]["decisions"].size() == own_exercise()["decisions"].size());
    const std::string refusal = "Deze oefening kan niet worden gedeeld: er staat iets in dat op "
                                "persoonsgegevens lijkt.";
    h.app().handle(HttpResponse{create->id, 422, json{{"error", refusal}}.dump()});
    h.frames(2);
    CHECK(h.shows(refusal));
    CHECK(h.views().training.classroom.code.empty());
}

TEST_CASE("a shipped exercise is started by its id, as before") {
    Harness h({1920, 1080});
    const Scenario& shipped = h.model().scenarios.front();
    h.open(exercise_route(shipped.id, true));
    REQUIRE(h.click("klas-starten"));
    CHECK(json::parse(h.last<HttpRequest>()->body) == json{{"scenario", shipped.id}});
}

TEST_CASE("a trainee gets the session's exercise with the join reply and plays it") {
    Harness h;
    const std::size_t shipped = h.model().scenarios.size();
    join_as(h, "Uil");
    h.app().handle(
        HttpResponse{h.last<HttpRequest>()->id, 201, joined_reply(own_exercise()).dump()});
    h.frames(3);
    CHECK(h.state().authored_exercises == std::vector<std::string>{kOwnId});
    CHECK(h.model().scenarios.size() == shipped + 1);
    CHECK(h.state().route.kind == Route::Kind::scenario);
    CHECK(h.state().route.id == kOwnId);
    CHECK(h.shows("Eigen oefening: informatie over een voogdijkind"));

    // Joining again (another class with a newer version): replaced, not added.
    json newer = own_exercise();
    newer["title"] = "Eigen oefening, tweede versie";
    h.views().training.classroom.token.clear();
    join_as(h, "Das");
    h.app().handle(HttpResponse{h.last<HttpRequest>()->id, 201, joined_reply(newer).dump()});
    h.frames(3);
    CHECK(h.model().scenarios.size() == shipped + 1);
    CHECK(h.model().scenarios.back().title == "Eigen oefening, tweede versie");
}

TEST_CASE("an exercise that arrives with a shipped id or unreadable is refused, clearly") {
    Harness h;
    json shipped_id = own_exercise();
    shipped_id["id"] = "voogdij-ind-contactpersoon";
    shipped_id["title"] = "Niet de echte";
    join_as(h, "Uil");
    h.app().handle(HttpResponse{h.last<HttpRequest>()->id, 201, joined_reply(shipped_id).dump()});
    h.frames(2);
    CHECK(h.state().authored_exercises.empty());
    for (const Scenario& sc : h.model().scenarios)
        CHECK(sc.title != "Niet de echte");
    const ClassroomState& c = h.views().training.classroom;
    CHECK(c.message_is_error);
    CHECK(c.message.find("voogdij-ind-contactpersoon") != std::string::npos);
    CHECK(h.state().route.kind != Route::Kind::scenario);

    Harness other;
    join_as(other, "Das");
    other.app().handle(HttpResponse{other.last<HttpRequest>()->id, 201,
                                    joined_reply(json{{"kind", "glossary"}}).dump()});
    other.frames(2);
    CHECK(other.views().training.classroom.message.rfind("De oefening van klas ABC123 kon niet "
                                                         "worden gelezen",
                                                         0) == 0);
}

TEST_CASE("after a reload the trainee's session reply brings the exercise back, and it opens") {
    Harness h({}, {}, exercise_route(kOwnId));
    CHECK_FALSE(h.state().not_found.empty()); // not here yet
    h.app().handle(TabStateRead{R"({"trainee":{"code":"ABC123","token":"t-1","nickname":"Uil",)"
                                R"("scenario":"eigen-voogdij-contactpersoon","shared":[]}})"});
    h.frames(1);
    const std::optional<HttpRequest> check = h.last<HttpRequest>();
    REQUIRE(check);
    json reply{{"code", "ABC123"}, {"open", true}, {"scenario", kOwnId}};
    reply["exercise"] = own_exercise();
    h.app().handle(HttpResponse{check->id, 200, reply.dump()});
    h.frames(3);
    CHECK(h.state().not_found.empty());
    CHECK(h.state().route.kind == Route::Kind::scenario);
    CHECK(h.state().route.id == kOwnId);
    CHECK(h.shows("Na het herladen doe je weer mee met klas ABC123 als Uil"));
}

// What the tab kept of a trainee in a class playing the trainer's own exercise.
const char* const kKeptTrainee = R"({"trainee":{"code":"ABC123","token":"t-1","nickname":"Uil",)"
                                 R"("scenario":"eigen-voogdij-contactpersoon","shared":[]}})";

// The session's reply to the check after a reload, with the exercise in it.
std::string check_reply() {
    json reply{{"code", "ABC123"}, {"open", true}, {"scenario", kOwnId}};
    reply["exercise"] = own_exercise();
    return reply.dump();
}

std::optional<HttpRequest> the_check(const Harness& h) {
    for (const Command& c : h.commands())
        if (const auto* r = std::get_if<HttpRequest>(&c); r && r->path == "/api/sessions/ABC123")
            return *r;
    return std::nullopt;
}

// The browser reads the tab's memory before the content, and the rest of the
// content comes after the first screen: the session's exercise needs the
// content's case types, so the class is asked only once both are in.
TEST_CASE("after a reload the class is asked once the content is in whole") {
    const auto owned = Harness::before_rest("", exercise_route(kOwnId), kKeptTrainee);
    Harness& h = *owned;
    h.frames(2);
    CHECK_FALSE(the_check(h)); // the exercises are not in yet
    h.app().handle(RestArrived{content_packs().rest});
    h.frames(1);
    const std::optional<HttpRequest> check = the_check(h);
    REQUIRE(check);
    h.app().handle(HttpResponse{check->id, 200, check_reply()});
    h.frames(3);
    CHECK(h.state().not_found.empty());
    CHECK(h.state().route.kind == Route::Kind::scenario);
    CHECK(h.state().route.id == kOwnId);
    CHECK(h.shows("Eigen oefening: informatie over een voogdijkind"));
    CHECK(h.shows("Na het herladen doe je weer mee met klas ABC123 als Uil"));
    CHECK_FALSE(h.views().training.classroom.message_is_error);
}

TEST_CASE("after a reload the class is asked even when the rest of the content could not be had") {
    const auto owned = Harness::before_rest("", "#/oefenen", kKeptTrainee);
    Harness& h = *owned;
    h.app().handle(RestArrived{{}, false, true});
    h.frames(1);
    CHECK_FALSE(the_check(h)); // content.json is tried first
    h.app().handle(RestArrived{{}, true, true});
    h.frames(1);
    CHECK(the_check(h));
}

// The session's reply after the not-found place is drawn, with a move of the
// user's own decided in between (not yet drawn): the user's move wins.
TEST_CASE("after a reload a move the user made before the session answered is kept") {
    const auto owned = Harness::before_rest("", exercise_route(kOwnId), kKeptTrainee);
    Harness& h = *owned;
    h.app().handle(RestArrived{content_packs().rest});
    h.frames(1);
    REQUIRE_FALSE(h.state().not_found.empty()); // the session has not brought it yet
    const std::optional<HttpRequest> check = the_check(h);
    REQUIRE(check);
    navigate(h.state(), Route{Route::Kind::case_type, "kb-maatregel", {}, {}, {}});
    h.app().handle(HttpResponse{check->id, 200, check_reply()});
    h.frames(3);
    CHECK(h.state().not_found.empty());
    CHECK(h.state().route.kind == Route::Kind::case_type);
    CHECK(h.state().is_authored(kOwnId));
}

// A class's exercise is not the content's: it is never told as a change of
// the content, neither while it is here nor once it is gone.
TEST_CASE("a session's exercise is not a change of the content") {
    const auto owned = Harness::before_rest("", "#/oefenen", kKeptTrainee);
    Harness& h = *owned;
    h.app().handle(RestArrived{content_packs().rest});
    h.frames(2);
    const std::optional<HttpRequest> check = the_check(h);
    REQUIRE(check);
    h.app().handle(HttpResponse{check->id, 200, check_reply()});
    h.frames(2);
    REQUIRE(h.state().is_authored(kOwnId));
    // What the user has seen now: it holds the content, not the class's exercise.
    mark_changes_seen(h.state());
    CHECK(h.state().changes.since.empty());
    REQUIRE(h.state().progress.seen);
    for (const SeenEntity& e : h.state().progress.seen->entities)
        CHECK(e.key.rfind(kOwnId, 0) != 0);
    CHECK(*h.state().progress.seen == content_fingerprint(h.model(), h.state().content.version));
    // The next visit, without the class: nothing of the content was removed.
    h.frames(1);
    REQUIRE(h.last<SaveProgress>());
    Harness next({}, h.last<SaveProgress>()->text, "#/");
    next.frames(2);
    CHECK(next.state().changes.reconciled);
    CHECK_FALSE(content_changes_pending(next.state()));
}

} // namespace pw::ui::test
