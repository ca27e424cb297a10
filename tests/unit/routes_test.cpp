#include "pw/routes.hpp"

#include <doctest/doctest.h>

using pw::Route;

TEST_CASE("routes round-trip through the URL hash") {
    const Route routes[] = {
        Route{},
        Route{Route::Kind::case_type, "kb-maatregel", {}, {}, {}},
        Route{Route::Kind::step, "kb-maatregel", "melding", {}, {}},
        Route{Route::Kind::role, {}, {}, "dtv-regievoerder", {}},
        Route{Route::Kind::term, {}, {}, "OTS", {}},
        Route{Route::Kind::search, {}, {}, {}, "beëindiging van het gezag"},
        Route{Route::Kind::example, "kb-maatregel", {}, "gezin-ots", {}},
        Route{Route::Kind::organisation, {}, {}, "dtv", {}},
        Route{Route::Kind::data_item, {}, {}, "v-nummer", {}},
        Route{Route::Kind::system, {}, {}, "kbps", {}},
        Route{Route::Kind::card, {}, {}, "rolverdeling", {}},
        Route{Route::Kind::rule, {}, {}, "avg-6-1-c", {}},
        Route{Route::Kind::training, {}, {}, {}, {}},
        Route{Route::Kind::scenario, {}, {}, "kb-ind-contactpersoon", {}},
        Route{Route::Kind::trainer, {}, {}, "kb-ind-contactpersoon", {}},
    };
    for (const Route& r : routes) {
        const std::string hash = pw::format_route(r);
        CAPTURE(hash);
        auto parsed = pw::parse_route(hash);
        REQUIRE(parsed);
        CHECK(*parsed == r);
    }
}

TEST_CASE("a step route is readable") {
    CHECK(pw::format_route(Route{Route::Kind::step, "kb-maatregel", "melding", {}, {}}) ==
          "#/proces/kb-maatregel/stap/melding");
    CHECK(pw::format_route(Route{Route::Kind::trainer, {}, {}, "x", {}}) == "#/oefenen/x/trainer");
    CHECK(pw::format_route(Route{Route::Kind::search, {}, {}, {}, "ë"}) == "#/zoek/%C3%AB");
}

TEST_CASE("a trainer's join address opens the exercise list with the class code") {
    const Route join{Route::Kind::training, {}, {}, {}, "K7Q2XM"};
    CHECK(pw::format_route(join) == "#/oefenen/klas/K7Q2XM");
    CHECK(pw::parse_route("#/oefenen/klas/K7Q2XM") == join);
    CHECK(pw::format_route(Route{Route::Kind::training, {}, {}, {}, {}}) == "#/oefenen");
}

TEST_CASE("malformed routes are refused, not guessed") {
    for (const char* bad : {"#proces", "#/proces", "#/proces/a/b", "#/proces/a/stap",
                            "#/onbekend/x", "#/rol", "#/oefenen/x/y", "#/oefenen/x/trainer/z"})
        CHECK_FALSE(pw::parse_route(bad));
    CHECK(pw::parse_route("")->kind == Route::Kind::home);
    CHECK(pw::parse_route("#/")->kind == Route::Kind::home);
}

TEST_CASE("percent decoding handles UTF-8, plus signs and broken escapes") {
    CHECK(pw::percent_decode("be%C3%ABindiging") == "beëindiging");
    CHECK(pw::percent_decode("a+b") == "a b");
    CHECK(pw::percent_decode("100%") == "100%");
    CHECK(pw::percent_decode("%zz") == "%zz");
}
