#include "fixtures.hpp"

#include "pw/content_loader.hpp"

#include <doctest/doctest.h>

using fixtures::MiniContent;

namespace {

pw::LoadResult load(const MiniContent& c) {
    return pw::load_and_validate(c.files());
}

const pw::Diagnostic* find_message(const pw::Diagnostics& ds, const std::string& needle) {
    for (const auto& d : ds)
        if (d.message.find(needle) != std::string::npos) return &d;
    return nullptr;
}

} // namespace

TEST_CASE("an unknown role in a flow points at the exact line and suggests the right id") {
    MiniContent c;
    c.case_type["steps"][0]["flows"][0]["to"] = {"rbb"};
    auto files = c.files();
    auto result = pw::load_and_validate(files);
    const auto* d =
        find_message(result.diagnostics, "rol \"rbb\" bestaat niet; bedoelde je \"rb\"?");
    REQUIRE(d);
    CHECK(d->file == "case-types/ct.json");
    CHECK(d->pointer == "/steps/0/flows/0/to/0");
    CHECK(d->line == fixtures::line_of(files[4].text, "\"rbb\""));
    CHECK(d->message.find("Stap \"begin\", gegevensstroom \"f1\"") == 0);
}

TEST_CASE("every kind of reference is checked") {
    MiniContent c;
    c.organisations["roles"][0]["organisation"] = "zz";
    c.case_type["steps"][0]["flows"][0]["channel"] = "post";
    c.case_type["steps"][0]["flows"][0]["data"] = {"d2"};
    c.case_type["steps"][0]["flows"][0]["systems"] = {"nope"};
    c.case_type["steps"][0]["actor"] = "nobody";
    c.case_type["steps"][0]["next"][0]["step"] = "eind";
    c.case_type["start"] = "bgin";
    c.case_type["sources"][0]["source"] = "s9";
    auto result = load(c);
    CHECK(find_message(result.diagnostics, "organisatie \"zz\" bestaat niet"));
    CHECK(find_message(result.diagnostics, "kanaal \"post\" bestaat niet"));
    CHECK(find_message(result.diagnostics, "gegeven \"d2\" bestaat niet; bedoelde je \"d1\"?"));
    CHECK(find_message(result.diagnostics, "systeem \"nope\" bestaat niet"));
    CHECK(find_message(result.diagnostics, "rol \"nobody\" bestaat niet"));
    CHECK(find_message(result.diagnostics,
                       "vervolgstap \"eind\" bestaat niet; bedoelde je \"einde\"?"));
    CHECK(find_message(result.diagnostics,
                       "startstap \"bgin\" bestaat niet; bedoelde je \"begin\"?"));
    CHECK(find_message(result.diagnostics, "bron \"s9\" bestaat niet; bedoelde je \"s1\"?"));
}

TEST_CASE("a step no other step leads to is unreachable") {
    MiniContent c;
    c.case_type["steps"].push_back({{"id", "los"},
                                    {"title", "Los"},
                                    {"kind", "end"},
                                    {"actor", "ra"},
                                    {"summary", "niemand komt hier"},
                                    {"sources", {fixtures::citation()}}});
    auto result = load(c);
    const auto* d = find_message(result.diagnostics, "Stap \"los\" is niet bereikbaar");
    REQUIRE(d);
    CHECK(d->pointer == "/steps/2");
}

TEST_CASE("a flow must say why, what and on which source") {
    SUBCASE("no purpose") {
        MiniContent c;
        c.case_type["steps"][0]["flows"][0]["purposes"] = nlohmann::json::array();
        CHECK(find_message(load(c).diagnostics, "lijst \"purposes\" is leeg"));
    }
    SUBCASE("no data, and nothing shared always") {
        MiniContent c;
        c.case_type["steps"][0]["flows"][0]["data"] = nlohmann::json::array();
        CHECK(find_message(load(c).diagnostics, "deelt geen gegevens"));
    }
    SUBCASE("no data of its own is fine when the case type shares data always") {
        MiniContent c;
        c.case_type["steps"][0]["flows"][0]["data"] = nlohmann::json::array();
        c.case_type["alwaysShared"] = {"d1"};
        c.case_type["alwaysSharedBasis"] = {{"sources", {fixtures::citation()}}};
        auto result = load(c);
        CHECK(find_message(result.diagnostics, "deelt geen gegevens") == nullptr);
        CHECK(result.ok());
    }
    SUBCASE("no source") {
        MiniContent c;
        c.case_type["steps"][0]["flows"][0].erase("sources");
        auto result = load(c);
        const auto* d = find_message(result.diagnostics, "gegevensstroom \"f1\" noemt geen bron");
        REQUIRE(d);
        CHECK(d->pointer == "/steps/0/flows/0");
    }
}

TEST_CASE("the shape of the process is checked") {
    SUBCASE("a task without a next step is a dead end") {
        MiniContent c;
        c.case_type["steps"][0].erase("next");
        CHECK(find_message(load(c).diagnostics, "heeft geen vervolg"));
    }
    SUBCASE("a decision needs a question and two labelled outcomes") {
        MiniContent c;
        c.case_type["steps"][0]["kind"] = "decision";
        auto ds = load(c).diagnostics;
        CHECK(find_message(ds, "beslispunt zonder vraag"));
        CHECK(find_message(ds, "minstens twee uitkomsten"));
        CHECK(find_message(ds, "heeft geen \"label\""));
    }
    SUBCASE("a loop without a way out never ends") {
        MiniContent c;
        c.case_type["steps"][1] = {{"id", "einde"},
                                   {"title", "Terug"},
                                   {"actor", "rb"},
                                   {"summary", "weer"},
                                   {"next", {{{"step", "begin"}}}},
                                   {"sources", {fixtures::citation()}}};
        CHECK(find_message(load(c).diagnostics, "leidt nooit naar een eindstap"));
    }
    SUBCASE("an unknown step kind is named") {
        MiniContent c;
        c.case_type["steps"][0]["kind"] = "beslissing";
        CHECK(find_message(load(c).diagnostics, "soort \"beslissing\" bestaat niet"));
    }
}

TEST_CASE("illustrative content must say what it adds") {
    MiniContent c;
    c.case_type["steps"][0]["illustrative"] = true;
    CHECK(find_message(load(c).diagnostics, "illustratief maar zegt niet wat is toegevoegd"));
    c.case_type["steps"][0]["illustrativeNote"] = "De volgorde is aangenomen.";
    CHECK(load(c).ok());
}

TEST_CASE("one broken file gives one error, not a cascade of dangling references") {
    auto files = MiniContent{}.files();
    files[0].text = "{\"kind\": \"sources\",, }"; // sources.json unreadable
    files[4].text = MiniContent{}.case_type.dump(2);
    MiniContent c;
    c.case_type["steps"][0]["actor"] = "rx"; // a real mistake elsewhere is still found
    files[4].text = c.case_type.dump(2);
    auto result = pw::load_and_validate(files);
    CHECK(result.unreadable_files == 1);
    CHECK(find_message(result.diagnostics, "bron \"s1\" bestaat niet") == nullptr);
    CHECK(find_message(result.diagnostics, "rol \"rx\" bestaat niet"));
    CHECK(result.diagnostics.size() == 2);
}
