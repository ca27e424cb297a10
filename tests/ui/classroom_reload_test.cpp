// A reload starts a new app in the same tab: what it kept (SaveTabState) comes
// back as TabStateRead and the class goes on, for the trainee and the trainer.
#include "harness.hpp"

#include "ui/classroom_actions.hpp"
#include "ui/navigation.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace pw::ui::test {
namespace {

std::optional<HttpRequest> request_to(const Harness& h, std::string_view path_end) {
    const std::vector<Command>& commands = h.commands();
    for (auto it = commands.rbegin(); it != commands.rend(); ++it)
        if (const auto* r = std::get_if<HttpRequest>(&*it); r && r->path.ends_with(path_end))
            return *r;
    return std::nullopt;
}

} // namespace

TEST_CASE("a trainee's reload: the class goes on, the answers shared before are known") {
    std::string kept, id;
    {
        Harness h;
        const Scenario* sc = &h.model().scenarios.front();
        id = sc->id;
        h.open("#/oefenen");
        REQUIRE(h.click("klascode"));
        h.type("abc123");
        REQUIRE(h.click("bijnaam"));
        h.type("Uil");
        REQUIRE(h.click("meedoen"));
        h.app().handle(
            HttpResponse{h.last<HttpRequest>()->id, 201,
                         R"({"token":"t-1","nickname":"Uil","scenario":")" + sc->id + R"("})"});
        h.frames(2);
        ClassroomState& c = h.views().training.classroom;
        share_answer(h.state(), c, sc->id, "eerste", ScenarioAnswer{});
        h.frames(1);
        const std::optional<HttpRequest> shared = request_to(h, "/answers");
        REQUIRE(shared);
        h.app().handle(HttpResponse{shared->id, 200, "{}"});
        h.frames(1);
        REQUIRE(h.last<SaveTabState>());
        kept = h.last<SaveTabState>()->text;
        CHECK(kept.find("t-1") != std::string::npos);
    }
    Harness reloaded({}, {}, exercise_route(id));
    reloaded.app().handle(TabStateRead{kept});
    reloaded.frames(1); // the harness collects what the app asked for as it draws
    const std::optional<HttpRequest> check = request_to(reloaded, "/api/sessions/ABC123");
    REQUIRE(check);
    CHECK(check->method == HttpMethod::get);
    reloaded.app().handle(HttpResponse{check->id, 200, R"({"code":"ABC123","open":true})"});
    reloaded.frames(3);
    const ClassroomState& c = reloaded.views().training.classroom;
    CHECK(c.token == "t-1");
    CHECK(c.shared == std::vector<std::string>{"eerste"});
    CHECK(reloaded.shows("Na het herladen doe je weer mee met klas ABC123 als Uil"));
    // The next answer goes to the class with the kept token.
    share_answer(reloaded.state(), reloaded.views().training.classroom, id, "tweede",
                 ScenarioAnswer{});
    reloaded.frames(1);
    const std::optional<HttpRequest> answer = request_to(reloaded, "/answers");
    REQUIRE(answer);
    CHECK(answer->body.find("\"t-1\"") != std::string::npos);
    // The first decision answered again (its run was not kept): counted once,
    // as the class counts it.
    reloaded.app().handle(HttpResponse{answer->id, 200, "{}"});
    share_answer(reloaded.state(), reloaded.views().training.classroom, id, "eerste",
                 ScenarioAnswer{});
    reloaded.frames(1);
    const std::optional<HttpRequest> again = reloaded.last<HttpRequest>();
    REQUIRE(again);
    reloaded.app().handle(HttpResponse{again->id, 200, "{}"});
    reloaded.frames(1);
    CHECK(reloaded.views().training.classroom.shared ==
          std::vector<std::string>{"eerste", "tweede"});
}

TEST_CASE("a trainee's reload after the class ended: told so, and the tab forgets it") {
    Harness h;
    h.app().handle(TabStateRead{
        R"({"trainee":{"code":"ABC123","token":"t","nickname":"Uil","scenario":"x","shared":[]}})"});
    h.frames(1);
    const std::optional<HttpRequest> check = request_to(h, "/api/sessions/ABC123");
    REQUIRE(check);
    h.app().handle(HttpResponse{check->id, 200, R"({"code":"ABC123","open":false})"});
    h.open("#/oefenen");
    CHECK(h.views().training.classroom.token.empty());
    CHECK(h.shows("Klas ABC123 loopt niet meer"));
    REQUIRE(h.last<SaveTabState>());
    CHECK(h.last<SaveTabState>()->text.empty());
}

TEST_CASE("what a tab kept is checked before use: bad or foreign text changes nothing") {
    for (const char* kept : {"niet-json", "[]", R"({"trainee":{"code":"../x","token":"t"}})",
                             R"({"trainer":{"code":"ABC","key":""}})", R"({"trainee":5})"}) {
        CAPTURE(kept);
        Harness h;
        h.app().handle(TabStateRead{kept});
        h.frames(1);
        const ClassroomState& c = h.views().training.classroom;
        CHECK(c.token.empty());
        CHECK(c.code.empty());
        CHECK_FALSE(h.last<HttpRequest>());
    }
}

TEST_CASE("a trainer's reload: the same class, its spread asked for at once") {
    Harness first({1920, 1080});
    const Scenario& sc = first.model().scenarios.front();
    first.open(exercise_route(sc.id, true));
    REQUIRE(first.click("klas-starten"));
    first.app().handle(
        HttpResponse{first.last<HttpRequest>()->id, 201,
                     R"({"code":"QWERTY","trainerKey":"k","scenario":")" + sc.id + R"("})"});
    first.frames(2);
    REQUIRE(first.last<SaveTabState>());
    const std::string kept = first.last<SaveTabState>()->text;

    Harness reloaded({1920, 1080}, {}, exercise_route(sc.id, true));
    reloaded.app().handle(TabStateRead{kept});
    reloaded.frames(2);
    const std::optional<HttpRequest> poll = request_to(reloaded, "/api/sessions/QWERTY/spread");
    REQUIRE(poll);
    const auto key = std::find(poll->headers.begin(), poll->headers.end(),
                               std::pair<std::string, std::string>{"X-Trainer-Key", "k"});
    CHECK(key != poll->headers.end());
    CHECK(reloaded.shows("QWERTY"));
}

} // namespace pw::ui::test
