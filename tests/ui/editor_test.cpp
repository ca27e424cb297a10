// Writing an exercise in the app: the editor driven with mouse and keyboard
// as a trainer would, checked while typing, kept in the browser over a
// reload, undone, previewed and imported; nothing of it in the progress.
#include "harness.hpp"

#include "pw/draft_library.hpp"
#include "pw/exercise_draft_json.hpp"
#include "pw/lookup.hpp"
#include "ui/editor_actions.hpp"
#include "ui/exercise_library.hpp"
#include "ui/strings.hpp"
#include "ui/training_actions.hpp"

#include <doctest/doctest.h>

namespace pw::ui::test {
namespace {

constexpr int kPause = 45; // frames: more than the editor's pause before it checks and keeps

void type_into(Harness& h, const std::string& field, const std::string& text) {
    REQUIRE(h.click(field));
    h.type(text);
    h.frames(kPause);
}

// A new exercise for the IND's contact person in the KB process, with a
// title and a first decision at the residence information (who, what, how).
void start_exercise(Harness& h) {
    h.open("#/oefenen/nieuw");
    REQUIRE(h.click("zaaktype"));
    REQUIRE(h.click("zaaktype:kb-maatregel"));
    REQUIRE(h.click("rol"));
    REQUIRE(h.click("rol:ind-contactpersoon"));
    type_into(h, "title", "Oefening van de trainer");
    REQUIRE(h.click("soort:recipients"));
    REQUIRE(h.click("soort:action")); // off: recipients only
    REQUIRE(h.click("kies-stap:verblijfsinformatie"));
    h.frames(kPause);
}

std::string last_saved(const Harness& h) {
    const auto saved = h.last<SaveDrafts>();
    return saved ? saved->text : std::string();
}

} // namespace

TEST_CASE("a trainer starts an exercise: the protocol fills in the answer, the check speaks") {
    Harness h({1280, 900});
    start_exercise(h);
    const EditorState& e = h.views().editor;
    REQUIRE(e.working.decisions.size() == 1);
    const ScenarioDecision& d = e.working.decisions[0];
    CHECK(d.step == "verblijfsinformatie");
    CHECK_FALSE(d.offered_recipients.empty());
    CHECK(e.working.title == "Oefening van de trainer");
    // The protocol's answer is shown, and what is missing is said at its field.
    CHECK(h.shows(trf(Text::editor_protocol_answer, "").substr(0, 20)));
    CHECK(h.shows("veld \"situation\" is leeg"));
    CHECK_FALSE(can_play(e.findings));
    REQUIRE(h.scroll_to("voorbeeld"));
    CHECK(h.control("voorbeeld")->disabled);
    // Kept in this browser under its own address, so a reload opens it again.
    CHECK(h.state().route.kind == Route::Kind::editor);
    CHECK(h.state().route.id == e.working.id);
    CHECK(last_saved(h).find("Oefening van de trainer") != std::string::npos);
}

TEST_CASE("a reload restores the draft as it was typed") {
    std::string saved, id;
    {
        Harness h({1280, 900});
        start_exercise(h);
        type_into(h, "decisions[0].situation", "De RvdK vraagt naar Sami (fictief).");
        saved = last_saved(h);
        id = h.views().editor.working.id;
    }
    Harness again({1280, 900});
    again.app().handle(DraftsRead{saved});
    again.open("#/oefenen/" + id + "/bewerken");
    const EditorState& e = again.views().editor;
    REQUIRE(e.history);
    CHECK(e.working.title == "Oefening van de trainer");
    REQUIRE(e.working.decisions.size() == 1);
    CHECK(e.working.decisions[0].situation == "De RvdK vraagt naar Sami (fictief).");
}

TEST_CASE("undo and redo step through the edits") {
    Harness h({1280, 900});
    start_exercise(h);
    REQUIRE(h.views().editor.working.decisions.size() == 1);
    REQUIRE(h.click("bewerk-ongedaan"));
    CHECK(h.views().editor.working.decisions.empty());
    REQUIRE(h.click("bewerk-opnieuw"));
    CHECK(h.views().editor.working.decisions.size() == 1);
}

TEST_CASE("personal data blocks sharing and says where it is") {
    Harness h({1280, 900});
    start_exercise(h);
    type_into(h, "decisions[0].situation", "Het BSN van de moeder is 111222333.");
    CHECK(h.shows("111222333"));
    CHECK_FALSE(can_share(h.views().editor.findings));
    REQUIRE(h.scroll_to("exporteren"));
    CHECK(h.control("exporteren")->disabled);
}

TEST_CASE("a shipped exercise is edited as a copy; playing it keeps nothing in the progress") {
    Harness h({1280, 900});
    const Scenario& shipped = h.model().scenarios.front();
    const std::string shipped_id = shipped.id;
    const std::size_t before = h.model().scenarios.size();
    h.open("#/oefenen");
    REQUIRE(h.click("kopie:" + shipped_id));
    h.frames(3);
    const EditorState& e = h.views().editor;
    CHECK(e.working.id == shipped_id + "-kopie");
    CHECK(can_play(e.findings));
    // The copy is playable at once, beside the shipped one (which is untouched).
    CHECK(h.model().scenarios.size() == before + 1);
    CHECK(find_by_id(h.model().scenarios, shipped_id)->title == h.model().scenarios.front().title);
    REQUIRE(h.click("voorbeeld"));
    h.frames(3);
    CHECK(h.state().route.kind == Route::Kind::scenario);
    CHECK(h.shows(tr(Text::preview_banner)));
    const auto visited = h.state().progress.visited;
    for (const std::string& v : visited)
        CHECK(v.find("kopie") == std::string::npos);
    CHECK(h.state().progress.scenario_runs.count(h.state().route.id) == 0);
    REQUIRE(h.click("terug-naar-editor"));
    CHECK(h.state().route.kind == Route::Kind::editor);
}

TEST_CASE("importing: a foreign file is refused with a reason, an exercise is kept and opened") {
    Harness h({1280, 900});
    h.open("#/oefenen");
    REQUIRE(h.click("oefening-importeren"));
    REQUIRE(h.last<PickFile>());
    h.app().handle(FilePicked{"h5p.json", R"({"app": "h5p", "kind": "scenario"})", ""});
    h.frames(2);
    CHECK(h.state().library.drafts.empty());
    CHECK(h.state().notice.find("\"h5p.json\" is niet geïmporteerd.") == 0);

    Scenario own = h.model().scenarios.front();
    own.id = "geimporteerde-oefening";
    h.app().handle(FilePicked{"eigen.json", draft_to_json(own), ""});
    h.frames(3);
    REQUIRE(h.state().library.drafts.size() == 1);
    CHECK(h.state().route == Route{Route::Kind::editor, {}, {}, "geimporteerde-oefening", {}});
    CHECK(find_by_id(h.model().scenarios, std::string("geimporteerde-oefening")));
    // The same file again: kept beside it under a name of its own.
    h.app().handle(FilePicked{"eigen.json", draft_to_json(own), ""});
    h.frames(3);
    CHECK(h.state().library.drafts.size() == 2);
    CHECK(h.state().library.drafts[1].id == "geimporteerde-oefening-2");
}

TEST_CASE("stored drafts that cannot be read are reported and kept aside") {
    Harness h({1280, 900});
    h.app().handle(DraftsRead{"{kapot"});
    h.frames(2);
    // The damaged value kept under a key of its own, before a readable one replaces it.
    std::vector<SaveDrafts> saves;
    for (const Command& c : h.commands())
        if (const auto* save = std::get_if<SaveDrafts>(&c)) saves.push_back(*save);
    REQUIRE(saves.size() == 2);
    CHECK(saves[0].damaged);
    CHECK(saves[0].text == "{kapot");
    CHECK_FALSE(saves[1].damaged);
    CHECK(pw::load_draft_library(h.model(), saves[1].text).problems.empty());
    CHECK(h.state().notice.find("konden niet worden gelezen") != std::string::npos);
}

} // namespace pw::ui::test

namespace pw::ui::test {

TEST_CASE("a preview starts at the decision being written, as trainee or trainer") {
    Harness h({1280, 900});
    const Scenario shipped = h.model().scenarios.front();
    REQUIRE(shipped.decisions.size() >= 2);
    h.open("#/oefenen/" + shipped.id + "/bewerken");
    REQUIRE(h.click("beslismoment:1"));
    REQUIRE(h.click("voorbeeld-trainer-vanaf"));
    h.frames(3);
    CHECK(h.state().route.kind == Route::Kind::trainer);
    CHECK(h.views().training.run.current == shipped.decisions[1].id);
    REQUIRE(h.click("terug-naar-editor"));
    REQUIRE(h.click("voorbeeld-vanaf"));
    h.frames(3);
    CHECK(h.state().route.kind == Route::Kind::scenario);
    CHECK(h.views().training.run.current == shipped.decisions[1].id);
}

} // namespace pw::ui::test
