// Progress saved by the app on an older edition of the content, loaded into
// the current one: the notice, the changes page (in the screen-reader
// mirror), the mark on a changed step until it is opened, the progress that
// had to go named, and "Gezien".
#include "harness.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "ui/main_window.hpp"
#include "ui/process_map.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pw::ui::test {
namespace {

const char* const kOldSummary = "Veilig Thuis meldt aan de RvdK wanneer";

// The older edition (0.9): the report's step read differently, and it had an
// exercise that is gone now.
std::string older_edition() {
    return content_bundle_edition(
        [](std::vector<ContentSource>& files) {
            std::string copy;
            for (ContentSource& f : files) {
                if (f.path == "case-types/kb-maatregel.json") {
                    const auto at = f.text.find(kOldSummary);
                    REQUIRE(at != std::string::npos);
                    f.text.replace(at, std::string_view(kOldSummary).size(),
                                   "Veilig Thuis meldt (oude tekst) aan de RvdK wanneer");
                }
                if (f.path == "scenarios/kb-ind-contactpersoon.json") copy = f.text;
            }
            const std::string id = "\"kb-ind-contactpersoon\"";
            REQUIRE(copy.find(id) != std::string::npos);
            copy.replace(copy.find(id), id.size(), "\"kb-ind-contactpersoon-oud\"");
            const std::string title = "De RvdK kondigt een raadsonderzoek aan";
            copy.replace(copy.find(title), title.size(), "Oude oefening die is vervallen");
            files.push_back({"scenarios/kb-ind-contactpersoon-oud.json", copy, nullptr});
        },
        ContentVersion{"0.9", "2026-10-01"});
}

bool tree_has(const Harness& h, A11yRole role, std::string_view text) {
    return std::any_of(h.tree().begin(), h.tree().end(), [&](const A11yNode& n) {
        return n.role == role && n.name.find(text) != std::string::npos;
    });
}

// Progress as the app saved it on the older edition: a step visited, one
// decision of the exercise that is gone answered.
std::string progress_of_older_edition() {
    Harness h({}, "", "#/proces/kb-maatregel/stap/melding", older_edition());
    REQUIRE(h.state().content.version.version == "0.9");
    h.open("#/oefenen/kb-ind-contactpersoon-oud");
    TrainingState& t = h.views().training;
    const Scenario* sc = find_by_id(h.model().scenarios, "kb-ind-contactpersoon-oud");
    REQUIRE(sc);
    t.draft = correct_answer(h.model(), *sc, *current_decision(*sc, t.run));
    submit_draft(h.state(), t);
    h.frames(2);
    REQUIRE(h.last<SaveProgress>());
    return h.last<SaveProgress>()->text;
}

} // namespace

TEST_CASE("an older edition's progress: notice, changes page, marked step, dropped progress, "
          "Gezien") {
    const std::string saved = progress_of_older_edition();
    Harness h({}, saved, "#/");
    REQUIRE(h.state().changes.reconciled);

    // The notice names the version and leads to the page.
    CHECK(h.shows("Inhoud bijgewerkt naar versie " + h.state().content.version.version));
    REQUIRE(h.click("naar-wijzigingen"));
    CHECK(current_view(h.state(), h.views()) == View::changes);
    CHECK(h.state().published_route == "#/wat-is-veranderd");
    CHECK(tree_has(h, A11yRole::heading, "Wat is er veranderd"));
    CHECK(h.shows("Je zag eerder versie 0.9 (2026-10-01)."));
    CHECK(tree_has(h, A11yRole::heading, "Gewijzigd (1)"));
    CHECK(tree_has(h, A11yRole::heading, "Verwijderd (1)"));
    CHECK_FALSE(h.shows("Toegevoegd"));
    // What still exists is a link into the guide; what is gone is named.
    const A11yNode* step_link = h.control("wijziging:stap:kb-maatregel/melding");
    REQUIRE(step_link);
    CHECK(step_link->role == A11yRole::link);
    CHECK(step_link->name == "Stap: Melding van zorgen bij de RvdK");
    CHECK(h.shows("gewijzigd: samenvatting"));
    CHECK(h.shows("Oefening: Oude oefening die is vervallen"));
    CHECK_FALSE(h.control("wijziging:oefening:kb-ind-contactpersoon-oud"));
    // The progress that referred to the gone exercise, named.
    CHECK(tree_has(h, A11yRole::heading, "Je voortgang"));
    CHECK(h.shows("Oefening waar je mee bezig was: Oude oefening die is vervallen"));
    CHECK(h.shows("Bezochte plek: Oude oefening die is vervallen"));
    CHECK(h.state().progress.scenario_runs.empty());
    CHECK(h.state().progress.visited.count("#/proces/kb-maatregel/stap/melding"));
    REQUIRE(h.control("wijzigingen-gezien"));

    // The changed step is marked on the map and in the process's list until opened.
    h.open("#/proces/kb-maatregel");
    const A11yNode* on_map = h.control(std::string(kStepTag) + "melding");
    REQUIRE(on_map);
    CHECK(on_map->name.find("— gewijzigd") != std::string::npos);
    REQUIRE(h.control("gewijzigde-stap:melding"));
    REQUIRE(h.click("gewijzigde-stap:melding"));
    CHECK(h.state().route.step == "melding");
    h.frames(2);
    CHECK(h.control(std::string(kStepTag) + "melding")->name.find("gewijzigd") ==
          std::string::npos);
    CHECK(h.state().changes.steps.empty());
    // The rest is still to be seen: the notice stays.
    CHECK(h.control("naar-wijzigingen"));

    // "Gezien": no notice, no marks; saved so, and a reload shows nothing.
    h.open("#/wat-is-veranderd");
    REQUIRE(h.click("wijzigingen-gezien"));
    CHECK(h.shows("Je hebt alle wijzigingen gezien."));
    h.open("#/");
    CHECK_FALSE(h.control("naar-wijzigingen"));
    REQUIRE(h.last<SaveProgress>());
    const std::string after = h.last<SaveProgress>()->text;
    Harness again({}, after, "#/");
    CHECK_FALSE(again.control("naar-wijzigingen"));
    CHECK(again.state().progress.seen->version.version == h.state().content.version.version);
    CHECK(again.state().progress.dropped.empty());
    CHECK(again.state().progress.visited.count("#/proces/kb-maatregel/stap/melding"));
}

TEST_CASE("progress without a fingerprint (version 2) shows no changes and records what is seen") {
    const std::string v2 = R"({"app":"protocolwijzer","version":2,"visited":["#/proces/dublin"]})";
    Harness h({}, v2, "#/");
    CHECK_FALSE(h.control("naar-wijzigingen"));
    REQUIRE(h.state().progress.seen);
    REQUIRE(h.last<SaveProgress>());
    CHECK(h.last<SaveProgress>()->text.find("\"seen\"") != std::string::npos);
    CHECK(h.state().progress.visited.count("#/proces/dublin"));
}

TEST_CASE("a damaged record of what was seen is said; the rest of the progress is kept") {
    const std::string stored =
        R"({"app":"protocolwijzer","version":3,"visited":["#/proces/dublin"],)"
        R"("scenarioResults":{"dublin-ind-zaakeigenaar":{"points":3,"max":4}},)"
        R"("seen":{"version":"1.0","date":"2026-11-30","entities":[["recept","soep","Soep","0123456789abcdef",""]]}})";
    Harness h({}, stored, "#/");
    CHECK(h.state().notice.find("Je voortgang zelf is bewaard") != std::string::npos);
    CHECK(h.shows("Je voortgang zelf is bewaard"));
    CHECK(h.state().progress.visited.count("#/proces/dublin"));
    CHECK(h.state().progress.scenario_results.count("dublin-ind-zaakeigenaar"));
    // Nothing to compare with: no changes shown, the current content recorded.
    CHECK_FALSE(h.control("naar-wijzigingen"));
    REQUIRE(h.state().progress.seen);
    CHECK(h.state().progress.seen->version.version == h.state().content.version.version);
}

TEST_CASE("in English the changed fields are named in English") {
    nlohmann::json saved = nlohmann::json::parse(progress_of_older_edition());
    saved["settings"]["language"] = "en";
    Harness h({}, saved.dump(), "#/wat-is-veranderd");
    CHECK(h.shows("changed: summary"));
    CHECK_FALSE(h.shows("samenvatting"));
}

TEST_CASE("old progress without a fingerprint that lost a place: the page does not claim nothing "
          "changed") {
    const std::string v2 =
        R"({"app":"protocolwijzer","version":2,"visited":["#/proces/dublin","#/begrip/bestaat-niet-meer"]})";
    Harness h({}, v2, "#/");
    REQUIRE(h.control("naar-wijzigingen"));
    CHECK(h.shows("Een deel van je voortgang verwees naar inhoud die er niet meer is."));
    h.open("#/wat-is-veranderd");
    CHECK(h.shows("Je vorige bezoek bewaarde niet welke versie je zag"));
    CHECK_FALSE(h.shows("Je hebt alle gewijzigde onderdelen al bekeken."));
    CHECK(h.shows("Bezochte plek: "));
    CHECK(h.state().progress.visited.count("#/proces/dublin"));
}

} // namespace pw::ui::test
