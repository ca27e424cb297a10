// Progress storage, walkthroughs, the onboarding path and the role lens.
#include "content_files.hpp"
#include "fixtures.hpp"

#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"
#include "pw/onboarding.hpp"
#include "pw/progress.hpp"
#include "pw/role_facts.hpp"
#include "pw/walkthrough.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

const pw::Model& model() {
    static const pw::Model m =
        pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files).model;
    return m;
}

} // namespace

TEST_CASE("progress survives a round trip") {
    pw::Progress p;
    p.settings = pw::Settings{"en", "dark", 1.6f};
    p.visited = {"#/proces/kb-maatregel", "#/rol/dtv-regievoerder"};
    p.completed_walkthroughs = {"kb-maatregel/gezin-ots"};
    p.last_route = "#/proces/kb-maatregel/stap/melding";
    pw::ScenarioAnswer first, second;
    first.action = "informeren";
    second.recipients = {"rvdk-contactpersoon"};
    second.data = {"naw", "v-nummer"};
    second.channel = "beveiligde-mail";
    second.order = {"b", "a", "c"};
    p.scenario_runs["kb-ind-contactpersoon"] = {first, second};
    p.scenario_results["dublin-dtv-regievoerder"] = pw::ScenarioResult{7.5, 9, 2};
    const auto back = pw::parse_progress(pw::serialize_progress(p));
    CHECK_FALSE(back.problem);
    CHECK(back.progress == p);
}

TEST_CASE("version 1 progress is upgraded, not thrown away") {
    const auto r = pw::parse_progress(
        R"({"app":"protocolwijzer","version":1,"settings":{"theme":"dark"},"visited":["#/rol/x"]})");
    CHECK_FALSE(r.problem);
    CHECK(r.progress.settings.theme == "dark");
    CHECK(r.progress.visited.count("#/rol/x") == 1);
    CHECK(r.progress.scenario_runs.empty());
    // Saving writes the current version.
    CHECK(pw::serialize_progress(r.progress).find("\"version\":3") != std::string::npos);
}

TEST_CASE("a first visit is not a problem") {
    const auto r = pw::parse_progress("");
    CHECK_FALSE(r.problem);
    CHECK(r.progress == pw::Progress{});
}

TEST_CASE("corrupt, foreign or future stored values are reported and reset, never trusted") {
    const char* bad[] = {
        "{not json",
        "[1,2,3]",
        R"({"app":"iets-anders","version":1})",
        R"({"app":"protocolwijzer"})",
        R"({"app":"protocolwijzer","version":99})",
        R"({"app":"protocolwijzer","version":"1"})",
        R"({"app":7,"version":1})",
        R"({"app":"protocolwijzer","version":1,"settings":{"theme":"neon"}})",
        R"({"app":"protocolwijzer","version":1,"settings":{"language":3}})",
        R"({"app":"protocolwijzer","version":1,"settings":[]})",
        R"({"app":"protocolwijzer","version":1,"visited":"#/x"})",
        R"({"app":"protocolwijzer","version":1,"visited":[1]})",
        R"x({"app":"protocolwijzer","version":1,"lastRoute":"javascript:alert(1)"})x",
        R"({"app":"protocolwijzer","version":2,"scenarioRuns":[]})",
        R"({"app":"protocolwijzer","version":2,"scenarioRuns":{"x":[{"action":3}]}})",
        R"({"app":"protocolwijzer","version":2,"scenarioRuns":{"x":[{"data":"naw"}]}})",
        R"({"app":"protocolwijzer","version":2,"scenarioRuns":{"x":"informeren"}})",
        R"({"app":"protocolwijzer","version":2,"scenarioResults":{"x":{"points":"veel"}}})",
        R"({"app":"protocolwijzer","version":2,"scenarioResults":{"x":{"points":1}}})",
    };
    for (const char* text : bad) {
        CAPTURE(text);
        const auto r = pw::parse_progress(text);
        REQUIRE(r.problem);
        CHECK(r.problem->find("opnieuw begonnen") != std::string::npos);
        CHECK(r.progress == pw::Progress{});
    }
    // Out-of-range text sizes are clamped, not rejected.
    const auto big =
        pw::parse_progress(R"({"app":"protocolwijzer","version":1,"settings":{"textScale":9}})");
    CHECK_FALSE(big.problem);
    CHECK(big.progress.settings.text_scale == doctest::Approx(2.0));
}

TEST_CASE("a walkthrough follows the worked example from start to end") {
    const pw::CaseType* kb = pw::find_case_type(model(), "kb-maatregel");
    REQUIRE(kb);
    const pw::Example& e = kb->examples.at(0);
    pw::Walkthrough w = pw::start_walkthrough(*kb, e);
    CHECK(w.trail == std::vector<std::string>{kb->start});
    CHECK(pw::walkthrough_narrative(e, w) == e.path[0].narrative);
    int guard = 0;
    while (!pw::walkthrough_finished(*kb, w) && ++guard < 100) {
        const auto choices = pw::walkthrough_choices(*kb, e, w);
        REQUIRE_FALSE(choices.empty());
        const auto it = std::find_if(choices.begin(), choices.end(),
                                     [](const auto& c) { return c.in_example; });
        REQUIRE(it != choices.end());
        REQUIRE(pw::advance_walkthrough(*kb, w, it->step));
        CHECK(pw::walkthrough_on_script(e, w));
        CHECK_FALSE(pw::walkthrough_narrative(e, w).empty());
    }
    CHECK(w.trail.size() == e.path.size());
    CHECK(pw::walkthrough_step(*kb, w)->id == e.path.back().step);
}

TEST_CASE("a walkthrough can take the other variant, go back and refuse impossible moves") {
    const pw::CaseType* kb = pw::find_case_type(model(), "kb-maatregel");
    const pw::Example& e = kb->examples.at(0);
    pw::Walkthrough w = pw::start_walkthrough(*kb, e);
    CHECK_FALSE(
        pw::advance_walkthrough(*kb, w, "warme-overdracht")); // not reachable from the start
    CHECK_FALSE(pw::back_walkthrough(w));                     // already at the start
    REQUIRE(pw::advance_walkthrough(*kb, w, "onderzoek-aangekondigd"));
    REQUIRE(pw::advance_walkthrough(*kb, w, "bekend-in-keten"));
    REQUIRE(pw::advance_walkthrough(*kb, w, "niet-bekend-gemeld")); // the example takes "bekend"
    CHECK_FALSE(pw::walkthrough_on_script(e, w));
    CHECK(pw::walkthrough_narrative(e, w).empty());
    CHECK(pw::back_walkthrough(w));
    CHECK(pw::walkthrough_on_script(e, w));
}

TEST_CASE("the onboarding path covers who decides what, every case type and the three "
          "organisations' roles") {
    const auto path = pw::onboarding_path(model());
    std::size_t case_types = 0, roles = 0;
    for (const auto& item : path) {
        case_types += item.route.kind == pw::Route::Kind::case_type;
        roles += item.route.kind == pw::Route::Kind::role;
    }
    CHECK(case_types == model().case_types.size());
    CHECK(roles >= 10);
    CHECK(path.front().route == pw::Route{pw::Route::Kind::card, {}, {}, "rolverdeling", {}});
    std::set<std::string> visited{"#/kaart/rolverdeling", "#/proces/kb-maatregel", "#/nergens"};
    CHECK(pw::onboarding_done(path, visited) == 2);
}

TEST_CASE("the role lens sees what a role or an organisation does, sends and receives") {
    const pw::CaseType* kb = pw::find_case_type(model(), "kb-maatregel");
    const pw::Step* melding = pw::find_step(*kb, "melding");
    const auto vt = pw::step_involvement(model(), *melding, "vt-medewerker");
    CHECK(vt.acts);
    CHECK(vt.sends);
    CHECK_FALSE(vt.receives);
    const auto rvdk = pw::step_involvement(model(), *melding, "rvdk");
    CHECK_FALSE(rvdk.acts);
    CHECK(rvdk.receives);
    CHECK_FALSE(pw::step_involvement(model(), *melding, "dtv").any());
    CHECK_FALSE(pw::step_involvement(model(), *melding, "").any());
}

TEST_CASE("the onboarding path follows content/onboarding.json: its groups, order and columns") {
    const auto path = pw::onboarding_path(model());
    std::size_t expected = 0;
    for (const auto& g : model().onboarding)
        expected += g.items.size();
    REQUIRE(path.size() == expected);
    // Item by item in the file's order, each titled by what it names.
    std::size_t i = 0;
    for (const auto& g : model().onboarding)
        for (const auto& id : g.items) {
            CHECK(path[i].group == g.title);
            CHECK(path[i].column == g.column);
            if (g.kind == "rol") CHECK(path[i].title == pw::find_role(model(), id)->name);
            ++i;
        }
    CHECK(pw::onboarding_position(path, path[3].route) == std::optional<std::size_t>(3));
    CHECK_FALSE(pw::onboarding_position(path, pw::Route{pw::Route::Kind::home, {}, {}, {}, {}}));
}

TEST_CASE("content/onboarding.json is checked: columns, kinds, existing ids, each once") {
    fixtures::MiniContent c;
    std::vector<pw::ContentSource> files = c.files();
    const nlohmann::json onboarding = {
        {"kind", "onboarding"},
        {"groups",
         {{{"title", "Processen"}, {"column", 1}, {"kind", "proces"}, {"items", {"ct", "cx"}}},
          {{"title", "Rollen"}, {"column", 4}, {"kind", "rol"}, {"items", {"ra", "rb"}}},
          {{"title", "Nog eens"}, {"column", 2}, {"kind", "rol"}, {"items", {"ra"}}},
          {{"title", "Raar"}, {"column", 1.5}, {"kind", "plaatje"}, {"items", {"x"}}},
          {{"title", "Leeg"},
           {"column", 3},
           {"kind", "kaart"},
           {"items", nlohmann::json::array()}}}}};
    files.push_back({"onboarding.json", onboarding.dump(2)});
    const auto result = pw::load_and_validate(files);
    const std::string all = fixtures::all_messages(result.diagnostics);
    CHECK(all.find("proces \"cx\" bestaat niet; bedoelde je \"ct\"?") != std::string::npos);
    CHECK(all.find("(\"Rollen\"): kolom moet 1, 2 of 3 zijn") != std::string::npos);
    CHECK(all.find("\"ra\" staat al in groep \"Rollen\"") != std::string::npos);
    CHECK(all.find("(\"Raar\"): kolom moet 1, 2 of 3 zijn") != std::string::npos);
    CHECK(all.find("soort \"plaatje\" bestaat niet") != std::string::npos);
    CHECK(all.find("(\"Leeg\"): noem minstens één onderdeel") != std::string::npos);
    // The known ids still make a path, in order (the repeat is reported above).
    CHECK(pw::onboarding_path(result.model).size() == 4);
}
