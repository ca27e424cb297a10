// What a user saw of the content and what changed since, on real edits of a
// copy of content/: a step removed, a step added, a flow's recipients
// changed, an exercise removed while a run of it was in progress; saved
// progress carried over (kept, or named when dropped); stored fingerprints
// that are damaged or foreign refused with a clear message, nothing else lost.
#include "content_copy.hpp"

#include "pw/carry_over.hpp"
#include "pw/content_fingerprint.hpp"
#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"
#include "pw/progress.hpp"
#include "pw/simulator.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using pw_test::ContentCopy;
using pw_test::Edition;
using pw_test::load_edition;
using pw_test::read_json;
using pw_test::write_json;

void set_version(const fs::path& dir, const char* version, const char* date) {
    json manifest = read_json(dir / "manifest.json");
    manifest["version"] = version;
    manifest["date"] = date;
    write_json(dir / "manifest.json", manifest);
}

// The older edition: it had a copy of an exercise, and the Dublin step
// "verzoek-rvdk-dublin" not yet.
void make_older(const fs::path& dir) {
    json exercise = read_json(dir / "scenarios/kb-ind-contactpersoon.json");
    exercise["id"] = "kb-ind-contactpersoon-oud";
    exercise["title"] = "Oude oefening die is vervallen";
    write_json(dir / "scenarios/kb-ind-contactpersoon-oud.json", exercise);
    json manifest = read_json(dir / "manifest.json");
    manifest["files"].push_back("scenarios/kb-ind-contactpersoon-oud.json");
    write_json(dir / "manifest.json", manifest);
    json dublin = read_json(dir / "case-types/dublin.json");
    REQUIRE(dublin["steps"][4]["id"] == "verzoek-rvdk-dublin");
    dublin["steps"].erase(4);
    write_json(dir / "case-types/dublin.json", dublin);
    set_version(dir, "0.9", "2026-10-01");
}

// The newer edition: the KB report goes to another recipient, and the step
// "bekend-in-keten" is gone.
void make_newer(const fs::path& dir) {
    json kb = read_json(dir / "case-types/kb-maatregel.json");
    json& flow = kb["steps"][0]["flows"][0];
    REQUIRE(flow["id"] == "melding-vt");
    flow["to"] = json::array({"ind-contactpersoon"});
    REQUIRE(kb["steps"][2]["id"] == "bekend-in-keten");
    kb["steps"].erase(2);
    write_json(dir / "case-types/kb-maatregel.json", kb);
    set_version(dir, "1.1", "2026-12-01");
}

const pw::SeenChange* find_change(const pw::SeenChanges& c, const std::string& entity,
                                  const std::string& key) {
    for (const pw::SeenChange& x : c.changes)
        if (x.entity == entity && x.key == key) return &x;
    return nullptr;
}

} // namespace

TEST_CASE("the same content has nothing new, and its fingerprint is kept with the progress") {
    const Edition now = load_edition(PW_CONTENT_DIR);
    const pw::ContentFingerprint seen = pw::content_fingerprint(now.model, now.version);
    CHECK(seen.version.version == now.version.version);
    CHECK(pw::changes_since(seen, now.model, now.version).empty());
    // Every step is in it, with its label.
    const auto step = std::find_if(seen.entities.begin(), seen.entities.end(), [](const auto& e) {
        return e.kind == "stap" && e.key == "kb-maatregel/melding";
    });
    REQUIRE(step != seen.entities.end());
    CHECK(step->label == "Melding van zorgen bij de RvdK");

    pw::Progress p;
    p.visited = {"#/proces/kb-maatregel/stap/melding"};
    p.seen = seen;
    p.dropped = {{pw::DroppedProgress::What::exercise_answers, "Een oefening", 2}};
    const std::string stored = pw::serialize_progress(p);
    CHECK(json::parse(stored)["version"] == 3);
    // Compact enough for localStorage, saved on every move.
    CHECK(stored.size() < 120 * 1024);
    const pw::ProgressLoad back = pw::parse_progress(stored);
    CHECK_FALSE(back.problem);
    CHECK(back.progress == p);
}

TEST_CASE("a trainer's own exercise in the model is not part of the content's fingerprint") {
    Edition now = load_edition(PW_CONTENT_DIR);
    const pw::ContentFingerprint content = pw::content_fingerprint(now.model, now.version);
    // As the app adds one: a copy under its own id, with no origin in a content file.
    const pw::Scenario* shipped = pw::find_by_id(now.model.scenarios, "kb-ind-contactpersoon");
    REQUIRE(shipped);
    pw::Scenario own = *shipped;
    own.id = "eigen-kb";
    own.origin = {};
    now.model.scenarios.push_back(own);
    CHECK(pw::content_fingerprint(now.model, now.version) == content);
    CHECK(pw::changes_since(content, now.model, now.version).empty());
    // The rule is the origin: with one in a content file, the same exercise is new content.
    now.model.scenarios.back().origin = shipped->origin;
    const pw::SeenChanges added = pw::changes_since(content, now.model, now.version);
    REQUIRE_FALSE(added.empty());
    CHECK(added.changes.front().entity == "oefening");
    CHECK(added.changes.front().key == "eigen-kb");
}

TEST_CASE("changes since the older edition: a step added and one removed, a flow's recipients "
          "changed, an exercise removed") {
    ContentCopy older("older"), newer("newer");
    make_older(older.dir);
    make_newer(newer.dir);
    const Edition before = load_edition(older.dir), after = load_edition(newer.dir);
    const pw::ContentFingerprint seen = pw::content_fingerprint(before.model, before.version);
    pw::ContentFingerprint current;
    const pw::SeenChanges c = pw::changes_since(seen, after.model, after.version, &current);
    // The fingerprint from the same pass is the one content_fingerprint gives.
    CHECK(current == pw::content_fingerprint(after.model, after.version));
    CHECK(!current.entities.empty());
    CHECK(c.seen.version == "0.9");
    CHECK(c.current.version == "1.1");

    const pw::SeenChange* added = find_change(c, "stap", "dublin/verzoek-rvdk-dublin");
    REQUIRE(added);
    CHECK(added->kind == pw::SeenChange::Kind::added);
    REQUIRE(added->route);
    CHECK(pw::format_route(*added->route) == "#/proces/dublin/stap/verzoek-rvdk-dublin");
    // Its flows came with it: not listed apart.
    CHECK_FALSE(find_change(c, "gegevensstroom",
                            "dublin/verzoek-rvdk-dublin/" +
                                after.model.case_types[3].steps[4].flows[0].id));

    const pw::SeenChange* flow =
        find_change(c, "gegevensstroom", "kb-maatregel/melding/melding-vt");
    REQUIRE(flow);
    CHECK(flow->kind == pw::SeenChange::Kind::changed);
    CHECK(flow->fields == std::vector<std::string>{"ontvangers"});
    CHECK(flow->parent_label == "Melding van zorgen bij de RvdK");
    CHECK(pw::format_route(*flow->route) == "#/proces/kb-maatregel/stap/melding");

    const pw::SeenChange* step = find_change(c, "stap", "kb-maatregel/bekend-in-keten");
    REQUIRE(step);
    CHECK(step->kind == pw::SeenChange::Kind::removed);
    CHECK(step->label == "Is het gezin bekend bij IND of DT&V?"); // the label the user saw
    CHECK_FALSE(step->route);

    const pw::SeenChange* exercise = find_change(c, "oefening", "kb-ind-contactpersoon-oud");
    REQUIRE(exercise);
    CHECK(exercise->kind == pw::SeenChange::Kind::removed);
    CHECK(exercise->label == "Oude oefening die is vervallen");
    CHECK_FALSE(find_change(c, "beslismoment", "kb-ind-contactpersoon-oud/aankondiging"));

    // Added first, then changed, then removed.
    const auto at = [&c](const pw::SeenChange* x) { return x - c.changes.data(); };
    CHECK(at(added) < at(flow));
    CHECK(at(flow) < at(step));
    // Nothing else: the kinds a user meets changed only where edited (the
    // removed step is named, and the steps that led to it are unchanged text).
    CHECK(c.changes.size() == 4);

    // The map marks the added step as new, the step of the changed flow as changed.
    const auto steps = pw::changed_steps(c);
    CHECK(steps.size() == 2);
    CHECK(steps.at("dublin/verzoek-rvdk-dublin") == pw::SeenChange::Kind::added);
    CHECK(steps.at("kb-maatregel/melding") == pw::SeenChange::Kind::changed);

    // Opening the changed step: it is seen; the rest stays to be seen.
    pw::ContentFingerprint marked = seen;
    pw::mark_step_seen(marked, after.model, after.version, "kb-maatregel", "melding");
    const pw::SeenChanges left = pw::changes_since(marked, after.model, after.version);
    CHECK(left.changes.size() == 3);
    CHECK_FALSE(pw::changed_steps(left).count("kb-maatregel/melding"));
    CHECK(marked.version.version == "0.9"); // not all seen yet
    pw::mark_step_seen(marked, after.model, after.version, "dublin", "verzoek-rvdk-dublin");
    CHECK(pw::changed_steps(pw::changes_since(marked, after.model, after.version)).empty());
}

TEST_CASE("carried over: what still exists is kept, what was removed is named once") {
    ContentCopy older("older"), newer("newer");
    make_older(older.dir);
    make_newer(newer.dir);
    const Edition before = load_edition(older.dir), after = load_edition(newer.dir);

    // A user of the older edition: visited places, the last one now gone, an
    // exercise of that edition in progress and one finished, another in progress.
    pw::Progress p;
    p.seen = pw::content_fingerprint(before.model, before.version);
    p.visited = {"#/proces/kb-maatregel",
                 "#/proces/kb-maatregel/stap/bekend-in-keten",
                 "#/proces/kb-maatregel/stap/melding",
                 "#/oefenen/kb-ind-contactpersoon-oud",
                 "#/oefenen/kb-ind-contactpersoon",
                 "#/zoek/voogdij"};
    p.last_route = "#/proces/kb-maatregel/stap/bekend-in-keten";
    const std::string kept_example = "kb-maatregel/" + before.model.case_types[0].examples[0].id;
    p.completed_walkthroughs = {kept_example, "kb-maatregel/voorbeeld-dat-weg-is"};
    const pw::Scenario* old_exercise =
        pw::find_by_id(before.model.scenarios, "kb-ind-contactpersoon-oud");
    const pw::Scenario* kept_exercise =
        pw::find_by_id(before.model.scenarios, "kb-ind-contactpersoon");
    REQUIRE(old_exercise);
    REQUIRE(kept_exercise);
    pw::ScenarioRun run = pw::start_run(*old_exercise);
    REQUIRE(pw::submit_answer(
        before.model, *old_exercise, run,
        pw::correct_answer(before.model, *old_exercise,
                           *pw::find_by_id(old_exercise->decisions, run.current))));
    p.scenario_runs["kb-ind-contactpersoon-oud"] = run.answers;
    p.scenario_runs["trainer/kb-ind-contactpersoon-oud"] = run.answers;
    pw::ScenarioRun kept = pw::start_run(*kept_exercise);
    REQUIRE(pw::submit_answer(
        before.model, *kept_exercise, kept,
        pw::correct_answer(before.model, *kept_exercise,
                           *pw::find_by_id(kept_exercise->decisions, kept.current))));
    p.scenario_runs["kb-ind-contactpersoon"] = kept.answers;
    p.scenario_results["kb-ind-contactpersoon-oud"] = {5, 10, 1};
    p.scenario_results["kb-ind-contactpersoon"] = {7, 10, 2};

    const pw::CarriedOver c = pw::carry_over(p, after.model);
    // Kept: everything that still exists, untouched.
    CHECK(c.progress.visited ==
          std::set<std::string>{"#/proces/kb-maatregel", "#/proces/kb-maatregel/stap/melding",
                                "#/oefenen/kb-ind-contactpersoon", "#/zoek/voogdij"});
    CHECK(c.progress.completed_walkthroughs == std::set<std::string>{kept_example});
    CHECK(c.progress.scenario_runs.size() == 1);
    CHECK(c.progress.scenario_runs.at("kb-ind-contactpersoon") == kept.answers);
    CHECK(c.progress.scenario_results.size() == 1);
    CHECK(c.progress.scenario_results.at("kb-ind-contactpersoon").points == 7);
    CHECK(c.progress.last_route.empty());
    CHECK(c.progress.seen == p.seen); // what the user saw is unchanged: the app shows it

    // Dropped: each named once, with the label the user saw.
    std::vector<std::string> named;
    for (const pw::DroppedProgress& d : c.dropped)
        named.push_back(pw::describe_dropped(d));
    CHECK(named == std::vector<std::string>{
                       "Bezochte plek bestaat niet meer: Oude oefening die is vervallen",
                       "Bezochte plek bestaat niet meer: Is het gezin bekend bij IND of DT&V? "
                       "(Kinderbeschermingsmaatregel)",
                       "Doorlopen voorbeeld bestaat niet meer: voorbeeld-dat-weg-is "
                       "(Kinderbeschermingsmaatregel)",
                       "Oefening waar je mee bezig was bestaat niet meer: Oude oefening die is "
                       "vervallen",
                       "Oefening waar je mee bezig was bestaat niet meer: Oude oefening die is "
                       "vervallen (trainermodus)",
                       "Resultaat van een oefening die niet meer bestaat: Oude oefening die is "
                       "vervallen"});
    CHECK(c.progress.dropped == c.dropped);

    // The same progress again: nothing more to drop, nothing named twice.
    const pw::CarriedOver again = pw::carry_over(c.progress, after.model);
    CHECK(again.dropped.empty());
    CHECK(again.progress == c.progress);
}

TEST_CASE("an exercise whose decision is gone keeps the answers before it and names the rest") {
    ContentCopy newer("newer");
    const Edition before = load_edition(PW_CONTENT_DIR);
    const pw::Scenario* sc = pw::find_by_id(before.model.scenarios, "kb-ind-contactpersoon");
    REQUIRE(sc);
    pw::ScenarioRun run = pw::start_run(*sc);
    for (int i = 0; i < 2; ++i)
        REQUIRE(pw::submit_answer(
            before.model, *sc, run,
            pw::correct_answer(before.model, *sc, *pw::find_by_id(sc->decisions, run.current))));
    REQUIRE(run.answers.size() == 2);
    // The second decision is gone (renamed): its answer has no place any more.
    const std::string second = run.outcomes[1].decision;
    json exercise = read_json(newer.dir / "scenarios/kb-ind-contactpersoon.json");
    bool edited = false;
    for (json& d : exercise["decisions"])
        if (d["id"] == second) {
            d["id"] = second + "-nieuw";
            edited = true;
        }
    REQUIRE(edited);
    write_json(newer.dir / "scenarios/kb-ind-contactpersoon.json", exercise);
    const Edition after = load_edition(newer.dir);

    pw::Progress p;
    p.scenario_runs[sc->id] = run.answers;
    const pw::CarriedOver c = pw::carry_over(p, after.model);
    REQUIRE(c.dropped.size() == 1);
    CHECK(pw::describe_dropped(c.dropped[0]) ==
          "Oefening " + sc->title + " is gewijzigd: 1 antwoord paste niet meer en is vervallen");
    CHECK(c.progress.scenario_runs.at(sc->id).size() == 1);
    CHECK(c.progress.scenario_runs.at(sc->id)[0] == run.answers[0]);
}

TEST_CASE("a damaged or foreign fingerprint is refused with a clear message; nothing else is "
          "lost") {
    const Edition now = load_edition(PW_CONTENT_DIR);
    pw::Progress p;
    p.visited = {"#/proces/kb-maatregel/stap/melding"};
    p.scenario_results["kb-ind-contactpersoon"] = {7, 10, 2};
    p.seen = pw::content_fingerprint(now.model, now.version);
    const json good = json::parse(pw::serialize_progress(p));
    json entity = good["seen"]["entities"][0];

    std::vector<std::pair<json, std::string>> bad{
        {json(5), "geen versie, datum en onderdelen"},
        {json{{"version", "1"}, {"date", "x"}, {"entities", "alles"}},
         "lijst van onderdelen beschadigd"},
        {json{{"version", "1"},
              {"date", "x"},
              {"entities", {{"recept", "soep", "Soep", "0123456789abcdef", ""}}}},
         "onbekend soort onderdeel \"recept\""},
        {json{{"version", "1"},
              {"date", "x"},
              {"entities", {{"stap", "kb-maatregel/melding", "Melding", "xyz", ""}}}},
         "onderdeel stap \"kb-maatregel/melding\" beschadigd"},
        {json{{"version", 3}, {"date", "x"}, {"entities", json::array()}},
         "versie of datum beschadigd"},
    };
    for (const auto& item : bad) {
        const json& seen = item.first;
        const std::string& why = item.second;
        CAPTURE(seen.dump());
        json stored = good;
        stored["seen"] = seen;
        const pw::ProgressLoad loaded = pw::parse_progress(stored.dump());
        REQUIRE(loaded.problem);
        CHECK(loaded.problem->find(why) != std::string::npos);
        CHECK(loaded.problem->find("Je voortgang zelf is bewaard") != std::string::npos);
        CHECK_FALSE(loaded.progress.seen);
        CHECK(loaded.progress.visited == p.visited);
        CHECK(loaded.progress.scenario_results == p.scenario_results);
    }
    json stored = good;
    stored["dropped"] = {{"iets", "x", 1}};
    const pw::ProgressLoad loaded = pw::parse_progress(stored.dump());
    REQUIRE(loaded.problem);
    CHECK(loaded.progress.seen == p.seen);
    CHECK(loaded.progress.visited == p.visited);
}

TEST_CASE("progress of version 2 loads without a fingerprint and is saved as version 3") {
    const std::string v2 =
        R"({"app":"protocolwijzer","version":2,"settings":{"language":"nl","theme":"dark"},)"
        R"("visited":["#/proces/dublin"],"lastRoute":"#/proces/dublin",)"
        R"("scenarioRuns":{},"scenarioResults":{"dublin-ind-zaakeigenaar":{"points":3,"max":4}}})";
    const pw::ProgressLoad loaded = pw::parse_progress(v2);
    CHECK_FALSE(loaded.problem);
    CHECK_FALSE(loaded.progress.seen);
    CHECK(loaded.progress.visited.count("#/proces/dublin"));
    CHECK(loaded.progress.scenario_results.at("dublin-ind-zaakeigenaar").points == 3);
    CHECK(json::parse(pw::serialize_progress(loaded.progress))["version"] == 3);
    CHECK(pw::parse_progress(R"({"app":"protocolwijzer","version":4})").problem);
}

TEST_CASE("the changes page has its route") {
    const auto r = pw::parse_route("#/wat-is-veranderd");
    REQUIRE(r);
    CHECK(r->kind == pw::Route::Kind::changes);
    CHECK(pw::format_route(*r) == "#/wat-is-veranderd");
    CHECK_FALSE(pw::parse_route("#/wat-is-veranderd/x"));
}
