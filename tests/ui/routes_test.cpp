// Every place of the real content, drawn for a few frames at a laptop's and
// a projector's size: no crash, no sanitizer report, the place drawn is the
// place asked for (never the not-found page), with its heading on screen.
#include "harness.hpp"

#include "ui/navigation.hpp"

#include <doctest/doctest.h>

namespace pw::ui::test {

TEST_CASE("every route of the real content renders at 1280 and 1920 wide") {
    for (const Display display : {Display{1280, 720}, Display{1920, 1080}}) {
        Harness h(display);
        const std::vector<std::string> routes = every_route(h.model());
        CHECK(routes.size() > 300);
        for (const std::string& hash : routes) {
            CAPTURE(hash);
            CAPTURE(display.width);
            h.open(hash);
            CHECK(h.state().not_found.empty());
            CHECK(current_route(h.state()) == hash);
            CHECK(current_view(h.state(), h.views()) != View::not_found);
            CHECK(h.tree().size() > 5);
        }
    }
}

TEST_CASE("a deep link given before the content arrives opens once it has") {
    for (const char* hash : {"#/proces/kb-maatregel", "#/proces/kb-maatregel/stap/melding",
                             "#/oefenen/kb-ind-contactpersoon/trainer", "#/rol/dtv-regievoerder"}) {
        CAPTURE(hash);
        Harness h({}, {}, hash);
        CHECK(current_route(h.state()) == hash);
        CHECK(h.tree().size() > 5);
    }
}

TEST_CASE("the content as the browser fetches it and as loaded once: the same app") {
    // The other tests share one load of the shipped content; the browser's
    // path parses the bundle in the app. Both must give the same pages.
    for (const char* hash : {"", "#/proces/kb-maatregel/stap/melding", "#/oefenen"}) {
        CAPTURE(hash);
        Harness fetched({}, {}, hash, content_bundle());
        Harness shared({}, {}, hash);
        CHECK(fetched.state().content.model.case_types.size() ==
              shared.state().content.model.case_types.size());
        CHECK(fetched.state().content.diagnostics.size() ==
              shared.state().content.diagnostics.size());
        const auto& a = fetched.frames();
        const auto& b = shared.frames();
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            CHECK(a[i].name == b[i].name);
    }
}

TEST_CASE("a route that does not exist shows the nearest places, not a blank page") {
    Harness h;
    h.open("#/proces/kb-maatregel/stap/meldng");
    CHECK(h.state().not_found == "#/proces/kb-maatregel/stap/meldng");
    CHECK(current_view(h.state(), h.views()) == View::not_found);
    REQUIRE(h.control("suggestie:0"));
    REQUIRE(h.click("suggestie:0"));
    CHECK(current_route(h.state()) == "#/proces/kb-maatregel/stap/melding");
}

} // namespace pw::ui::test
