// Joining a class from the back of the room: the trainer's screen shows the
// code large and an address that opens the exercise list with the code filled.
#include "harness.hpp"

#include "ui/strings.hpp"

#include <doctest/doctest.h>

namespace pw::ui::test {

TEST_CASE("the trainer shows the class code large with a join address that fills it in") {
    Harness trainer({1920, 1080});
    trainer.state().page_address = "http://192.0.2.10:8080/";
    const Scenario& sc = trainer.model().scenarios.front();
    trainer.open(exercise_route(sc.id, true));
    const float body_height = trainer.control("klas-starten")->rect.h;
    REQUIRE(trainer.click("klas-starten"));
    trainer.app().handle(
        HttpResponse{trainer.last<HttpRequest>()->id, 201,
                     R"({"code":"QWERTY","trainerKey":"k","scenario":")" + sc.id + R"("})"});
    trainer.frames(2);
    const std::string address = "http://192.0.2.10:8080/#/oefenen/klas/QWERTY";
    CHECK(trainer.shows(trf(Text::classroom_join_at, address)));
    // The code itself, read by the screen reader, and drawn larger than a button.
    const A11yNode* code = nullptr;
    for (const A11yNode& n : trainer.tree())
        if (n.name == "QWERTY") code = &n;
    REQUIRE(code);
    CHECK(code->whole.h > 1.5f * body_height);

    Harness trainee({1280, 720}, {}, "#/oefenen/klas/QWERTY");
    trainee.frames(3);
    CHECK(std::string(trainee.views().training.classroom.code_input) == "QWERTY");
    CHECK(trainee.control("meedoen"));
}

} // namespace pw::ui::test
