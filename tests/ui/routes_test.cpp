// Every place of the real content, drawn for a few frames at a laptop's and
// a projector's size: no crash, no sanitizer report, and the place drawn is
// the place asked for (never the not-found page).
#include "harness.hpp"

#include "ui/navigation.hpp"

#include <doctest/doctest.h>

namespace pw::ui::test {

TEST_CASE("every route of the real content renders at 1280 and 1920 wide") {
    for (const Display display : {Display{1280, 720}, Display{1920, 1080}}) {
        Harness h(display);
        const std::vector<std::string> routes = every_route(h.state().content.model);
        CHECK(routes.size() > 300);
        for (const std::string& hash : routes) {
            CAPTURE(hash);
            CAPTURE(display.width);
            h.open(hash);
            CHECK(h.state().not_found.empty());
            CHECK(current_route(h.state()) == hash);
            CHECK_FALSE(h.tree().empty());
        }
    }
}

TEST_CASE("a route that does not exist shows the nearest places, not a blank page") {
    Harness h;
    h.open("#/proces/kb-maatregel/stap/meldng");
    CHECK(h.state().not_found == "#/proces/kb-maatregel/stap/meldng");
    CHECK(h.shows("Melding"));
}

} // namespace pw::ui::test
