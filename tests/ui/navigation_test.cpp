// Moving through the guide as a user does, with the mouse and the keys: what
// the UI asks the platform to do (the address bar, saving, the clipboard)
// and what it shows. The browser's part of these is in tests/e2e.
#include "harness.hpp"

#include "pw/lookup.hpp"
#include "pw/text_fold.hpp"
#include "ui/a11y.hpp"
#include "ui/main_window.hpp"
#include "ui/navigation.hpp"
#include "ui/process_map.hpp"
#include "ui/search_view.hpp"
#include "ui/strings.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

namespace pw::ui::test {
namespace {

std::string step_route(const char* case_type, const char* step) {
    return format_route(Route{Route::Kind::step, case_type, step, {}, {}});
}

const A11yNode* step_node(Harness& h, const std::string& step) {
    return h.control(std::string(kStepTag) + step);
}

} // namespace

TEST_CASE("a click on a step opens it with a history entry; Escape returns to its process") {
    Harness h;
    h.open("#/proces/kb-maatregel");
    CHECK(current_view(h.state(), h.views()) == View::map);
    REQUIRE(step_node(h, "melding"));
    REQUIRE(h.click(std::string(kStepTag) + "melding"));
    CHECK(current_route(h.state()) == step_route("kb-maatregel", "melding"));
    const std::optional<ShowRoute> shown = h.last<ShowRoute>();
    REQUIRE(shown);
    CHECK(shown->hash == step_route("kb-maatregel", "melding"));
    CHECK(shown->new_history_entry);
    const Step* melding = find_step(*find_case_type(h.model(), "kb-maatregel"), "melding");
    CHECK(h.shows(melding->title)); // the detail panel

    CHECK(h.app().shortcut(Shortcut::leave));
    h.frames(2);
    CHECK(current_route(h.state()) == "#/proces/kb-maatregel");
    CHECK_FALSE(h.app().shortcut(Shortcut::leave)); // nothing around a process
}

TEST_CASE("a deep link from the address bar is not published again") {
    Harness h;
    const std::size_t before = h.commands().size();
    h.open(step_route("kb-maatregel", "dtv-toetst"));
    for (std::size_t i = before; i < h.commands().size(); ++i)
        CHECK_FALSE(std::holds_alternative<ShowRoute>(h.commands()[i]));
    // The step is scrolled into view: its box is on screen.
    CHECK(step_node(h, "dtv-toetst"));
}

TEST_CASE("typing searches as you go; Enter opens the best hit; Escape goes back") {
    Harness h;
    h.open("#/rol/dtv-regievoerder");
    REQUIRE(h.click("zoeken"));
    CHECK(ImGui::GetIO().WantTextInput);
    h.type("b"); // the first letter opens the results, with a history entry
    CHECK(h.last<ShowRoute>()->new_history_entry);
    h.type("eeindiging");
    CHECK(h.state().route.kind == Route::Kind::search);
    CHECK(h.state().route.query == "beeindiging");
    CHECK(current_view(h.state(), h.views()) == View::search);
    // The best hit first (as the answer card when it clearly wins): a step about it.
    const std::vector<const SearchHit*> listed = displayed_hits(h.views().search);
    REQUIRE_FALSE(listed.empty());
    const SearchDocument& best = h.state().search_index().documents()[listed.front()->document];
    CHECK(fold(best.title).find("gezagsbeeindiging") != std::string::npos);
    CHECK(h.shows(best.title));
    // Typing refines the search without a history entry for every letter.
    CHECK_FALSE(h.last<ShowRoute>()->new_history_entry);
    h.press(ImGuiKey_Enter);
    CHECK(current_route(h.state()) == format_route(best.route));

    h.open("#/zoek/voogdij");
    CHECK(std::string(h.views().top_bar.query) == "voogdij"); // a search link fills the box
    REQUIRE(h.click("zoeken"));
    h.press(ImGuiKey_Escape);
    CHECK(h.state().route.kind != Route::Kind::search);
}

TEST_CASE("a question is answered by a card that opens the guide") {
    Harness h;
    h.open(format_route(
        Route{Route::Kind::search, {}, {}, {}, "wie informeert de gi na de uitspraak?"}));
    const SearchHit* best = answered_hit(h.views().search);
    REQUIRE(best);
    const SearchDocument& doc = h.state().search_index().documents()[best->document];
    CHECK(doc.route.kind == Route::Kind::step);
    CHECK(h.shows("Antwoord · "));
    CHECK(displayed_hits(h.views().search).size() > 3); // more places below it
    REQUIRE(h.click("antwoord-openen"));
    CHECK(current_route(h.state()) == format_route(doc.route));
}

TEST_CASE("a search that finds nothing offers the closest word, its places and the glossary") {
    Harness h;
    h.open("#/zoek/raadsonderzeoker");
    CHECK(h.views().search.hits.empty());
    CHECK_FALSE(answered_hit(h.views().search));
    CHECK_FALSE(displayed_hits(h.views().search).empty()); // the closest word's places
    CHECK(h.control("woordenlijst:0"));
    REQUIRE(h.click("bedoelde:0"));
    CHECK(h.state().route.query == "raadsonderzoeker");
    CHECK_FALSE(h.views().search.hits.empty());
}

TEST_CASE("the / key puts the cursor in the search box from anywhere") {
    Harness h;
    h.open("#/proces/kb-maatregel");
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    CHECK(h.app().shortcut(Shortcut::focus_search));
    h.frames(3);
    CHECK(ImGui::GetIO().WantTextInput);
    // While typing, keys are text, not shortcuts.
    CHECK_FALSE(h.app().shortcut(Shortcut::zoom_in));
}

TEST_CASE("zoom keys and buttons work on a map only") {
    Harness h;
    h.open("#/");
    CHECK_FALSE(h.app().shortcut(Shortcut::zoom_in));
    h.open("#/proces/kb-maatregel");
    const float fitted = h.views().process.map.zoom;
    CHECK(h.app().shortcut(Shortcut::zoom_in));
    h.frames(1);
    CHECK(h.views().process.map.zoom > fitted);
    REQUIRE(h.click("uitzoomen"));
    REQUIRE(h.click("uitzoomen"));
    CHECK(h.views().process.map.zoom < fitted * 1.2f);
    CHECK(h.app().shortcut(Shortcut::zoom_to_fit));
    h.frames(2);
    const float whole = h.views().process.map.zoom;
    CHECK(whole <= fitted);
    CHECK(whole >= kMinZoom);
    h.app().handle(ZoomGesture{2.0f}); // ctrl+wheel, over the map only
    h.frames(1);
    CHECK(h.views().process.map.zoom == whole);
}

TEST_CASE("visits are saved; a step counts as a visit to its process") {
    Harness h;
    h.open(step_route("kb-maatregel", "melding"));
    const std::set<std::string>& visited = h.state().progress.visited;
    CHECK(visited.count(step_route("kb-maatregel", "melding")));
    CHECK(visited.count("#/proces/kb-maatregel"));
    const std::optional<SaveProgress> saved = h.last<SaveProgress>();
    REQUIRE(saved);
    CHECK(saved->text.find("kb-maatregel/stap/melding") != std::string::npos);

    // Saved progress is read back: the last place is one click away from home.
    Harness again({}, saved->text);
    again.open("#/");
    REQUIRE(again.click("verder"));
    CHECK(current_route(again.state()) == step_route("kb-maatregel", "melding"));
}

TEST_CASE("a corrupt saved value is reported and replaced") {
    Harness h({}, R"({"app":"protocolwijzer","version":1,"visited":"kapot)");
    CHECK_FALSE(h.state().notice.empty());
    CHECK(h.shows(h.state().notice));
    REQUIRE(h.last<SaveProgress>());
}

TEST_CASE("copy link and the text version ask the platform, in place") {
    Harness h;
    h.open("#/rol/dtv-regievoerder");
    REQUIRE(h.click("kopieer-link"));
    CHECK(h.last<CopyLink>());
    CHECK_FALSE(h.state().notice.empty());
    REQUIRE(h.click("tekstversie"));
    REQUIRE(h.last<OpenUrl>());
    CHECK(h.last<OpenUrl>()->url == "tekst.html#/rol/dtv-regievoerder");
}

TEST_CASE("Afdrukken on the process view opens the case type's printable card in a new tab") {
    Harness h;
    for (const char* route : {"#/proces/dublin", "#/proces/dublin/stap/dublinclaim"}) {
        h.open(route);
        REQUIRE(h.click("afdrukken"));
        REQUIRE(h.last<OpenUrl>());
        CHECK(h.last<OpenUrl>()->url == "kaart/dublin.html");
        CHECK(h.last<OpenUrl>()->new_tab);
    }
}

TEST_CASE("a worked example walks from start to finish, with back and restart") {
    Harness h;
    const CaseType& kb = *find_case_type(h.model(), "kb-maatregel");
    const Example& e = kb.examples.front();
    h.open(format_route(Route{Route::Kind::example, kb.id, {}, e.id, {}}));
    CHECK(current_view(h.state(), h.views()) == View::walkthrough);
    REQUIRE(h.views().process.walkthrough);
    CHECK(h.views().process.walkthrough->trail == std::vector<std::string>{kb.start});
    REQUIRE(h.click("walkthrough:voorbeeld"));
    REQUIRE(h.click("walkthrough:voorbeeld"));
    CHECK(h.views().process.walkthrough->trail.size() == 3);
    REQUIRE(h.click("walkthrough:terug"));
    CHECK(h.views().process.walkthrough->trail.size() == 2);
    REQUIRE(h.click("walkthrough:opnieuw"));
    CHECK(h.views().process.walkthrough->trail.size() == 1);
    for (std::size_t i = 0; i < e.path.size() + 2 && h.control("walkthrough:voorbeeld"); ++i)
        REQUIRE(h.click("walkthrough:voorbeeld"));
    std::vector<std::string> path;
    for (const auto& p : e.path)
        path.push_back(p.step);
    CHECK(h.views().process.walkthrough->trail == path);
    CHECK(h.state().progress.completed_walkthroughs.count(kb.id + "/" + e.id));

    h.open("#/rol/dtv-regievoerder"); // leaving the example drops it
    CHECK_FALSE(h.views().process.walkthrough);
}

TEST_CASE("the role lens marks, in words, what a role does in each step") {
    Harness h;
    h.open("#/proces/kb-maatregel");
    REQUIRE(h.click("rolbril"));
    REQUIRE(h.click("rolbril:dtv"));
    CHECK(h.state().lens == "dtv");
    for (int i = 0; i < 3; ++i) // zoomed out, as one would to see the whole process
        CHECK(h.app().shortcut(Shortcut::zoom_out));
    h.frames(2);
    // Every step on screen says whether the DT&V has a part in it, and which.
    const CaseType& kb = *find_case_type(h.model(), "kb-maatregel");
    int acts = 0, apart = 0;
    for (const Step& step : kb.steps) {
        const A11yNode* node = step_node(h, step.id);
        if (!node) continue;
        const Involvement i = step_involvement(h.model(), step, "dtv");
        CHECK((node->name.find("Rolbril: ") != std::string::npos) == i.any());
        acts += i.any();
        apart += !i.any();
    }
    CHECK(acts > 0);
    CHECK(apart > 0);
    // The lens stays on while moving: the step the DT&V carries out says so.
    h.open("#/proces/kb-maatregel/stap/dtv-toetst");
    REQUIRE(step_node(h, "dtv-toetst"));
    CHECK(step_node(h, "dtv-toetst")->name.find("Rolbril: voert uit") != std::string::npos);
}

TEST_CASE("a newer build is announced and loaded on request") {
    Harness h;
    CHECK_FALSE(h.control("update-laden"));
    h.app().handle(UpdateReady{});
    h.frames(2);
    REQUIRE(h.click("update-laden"));
    CHECK(h.last<ApplyUpdate>());
}

TEST_CASE("the app is announced ready once, after the first frame with content") {
    Harness h;
    h.frames(5);
    int announced = 0;
    for (const Command& c : h.commands())
        announced += std::holds_alternative<AnnounceReady>(c);
    CHECK(announced == 1);
}

TEST_CASE("search is said ready once, in a frame after the app is ready, with the index built") {
    Harness h; // draws two frames
    h.frames(4);
    int ready_at = -1, search_at = -1, said = 0, i = 0;
    for (const Command& c : h.commands()) {
        if (std::holds_alternative<AnnounceReady>(c)) ready_at = i;
        if (std::holds_alternative<SearchReady>(c)) {
            search_at = i;
            ++said;
        }
        ++i;
    }
    CHECK(ready_at >= 0);
    CHECK(search_at > ready_at); // the first screen does not wait for the index
    CHECK(said == 1);
    CHECK(h.state().search_index_built.has_value());
}

TEST_CASE("a route title names the place, in the user's language") {
    Harness h;
    const Model& m = h.model();
    CHECK(route_title(m, Route{}) == "Start");
    CHECK(route_title(m, *parse_route("#/zoek/ots")) == "Zoeken: ots");
    CHECK(route_title(m, *parse_route("#/rol/dtv-regievoerder")) ==
          find_role(m, "dtv-regievoerder")->name);
    h.state().progress.settings.language = "en";
    h.frames(1);
    CHECK(route_title(m, *parse_route("#/zoek/ots")) == "Search: ots");
}

TEST_CASE("the onboarding path is walked start to end with \"Volgende\" only") {
    Harness h;
    h.open("#/");
    REQUIRE(h.click("reis:nieuw"));
    const std::vector<OnboardingItem>& path = h.state().onboarding;
    REQUIRE(path.size() > 10);
    CHECK(current_route(h.state()) == format_route(path.front().route));
    CHECK_FALSE(h.control("pad-vorige")); // nothing before the first
    for (std::size_t i = 1; i < path.size(); ++i) {
        INFO("item " << i << ": " << path[i].title);
        REQUIRE(h.click("pad-volgende"));
        CHECK(current_route(h.state()) == format_route(path[i].route));
        CHECK(
            h.shows("Inwerkpad " + std::to_string(i + 1) + " van " + std::to_string(path.size())));
    }
    CHECK_FALSE(h.control("pad-volgende")); // the last has no next
    REQUIRE(h.click("pad-vorige"));
    CHECK(current_route(h.state()) == format_route(path[path.size() - 2].route));
    // Every item was visited on the way: the home page counts them all.
    CHECK(onboarding_done(path, h.state().progress.visited) == path.size());
}

TEST_CASE("in English the onboarding groups have English titles") {
    Harness h({}, R"({"app":"protocolwijzer","version":1,"settings":{"language":"en"}})");
    h.open("#/");
    CHECK(h.shows("Roles at the IND"));
    CHECK_FALSE(h.shows("Rollen bij IND"));
}

TEST_CASE("Escape leaves a card or a glossary page for where its link was followed") {
    Harness h;
    h.open("#/proces/kb-maatregel");
    const std::string process = current_route(h.state());
    navigate(h.state(), Route{Route::Kind::term, {}, {}, h.model().glossary.front().id, {}});
    h.frames(2);
    navigate(h.state(), Route{Route::Kind::card, {}, {}, h.model().cards.front().id, {}});
    h.frames(2);
    REQUIRE(h.app().shortcut(Shortcut::leave));
    h.frames(2);
    CHECK(h.state().route.kind == Route::Kind::term);
    REQUIRE(h.app().shortcut(Shortcut::leave));
    h.frames(2);
    CHECK(current_route(h.state()) == process);
    // Opened from the address bar, a card has nowhere to go back to but home.
    Harness direct;
    direct.open("#/kaart/" + direct.model().cards.front().id);
    REQUIRE(direct.app().shortcut(Shortcut::leave));
    direct.frames(2);
    CHECK(direct.state().route.kind == Route::Kind::home);
}

TEST_CASE("the page's title and language follow the place; a new place and a notice are said") {
    Harness h;
    h.open("#/");
    std::optional<DescribePage> page = h.last<DescribePage>();
    REQUIRE(page);
    CHECK(page->title.rfind("Protocolwijzer — ", 0) == 0);
    CHECK(page->language == "nl");
    const Role& role = h.model().roles.front();
    navigate(h.state(), Route{Route::Kind::role, {}, {}, role.id, {}});
    h.frames(2);
    page = h.last<DescribePage>();
    REQUIRE(page);
    CHECK(page->title == role.name + " — Protocolwijzer");
    std::optional<Announce> said = h.last<Announce>();
    REQUIRE(said);
    CHECK(said->text == role.name);

    h.open("#/nergens/heen");
    CHECK(h.last<DescribePage>()->title.rfind(tr(Text::not_found_title), 0) == 0);

    REQUIRE(h.click("kopieer-link"));
    REQUIRE(h.last<Announce>());
    CHECK(h.last<Announce>()->text == h.state().notice);

    h.state().progress.settings.language = "en";
    h.frames(2);
    CHECK(h.last<DescribePage>()->language == "en");
}

TEST_CASE("settings are radios with their state and names that say what they set") {
    Harness h;
    h.open("#/proces/kb-maatregel");
    REQUIRE(h.click("instellingen"));
    const A11yNode* light = h.control("thema:licht");
    REQUIRE(light);
    CHECK(light->role == A11yRole::radio);
    CHECK_FALSE(light->checked); // no theme chosen: the system's light or dark
    CHECK(h.control("thema:systeem")->checked);
    CHECK_FALSE(h.control("thema:donker")->checked);
    REQUIRE(h.control("tekst:A-"));
    CHECK(h.control("tekst:A-")->name == "Tekstgrootte 85 %");
    CHECK(h.control("tekst:A")->checked);
    REQUIRE(h.control("taal:nl"));
    CHECK(h.control("taal:nl")->checked);
    // The map's zoom buttons are named by what they do, not "+" and "-".
    CHECK(h.control("inzoomen")->name == tr(Text::zoom_in));
    CHECK(h.control("uitzoomen")->name == tr(Text::zoom_out));
}

TEST_CASE("Enter activates the focused control, as Space does") {
    std::string after[2];
    for (int i = 0; i < 2; ++i) {
        Harness h;
        h.open("#/oefenen");
        for (int k = 0; k < 3; ++k)
            h.press(ImGuiKey_DownArrow);
        REQUIRE(a11y_focused_id() != 0);
        // What it does: a move, a list opened (a filter), or a service asked of the browser.
        const auto effect = [&h] {
            std::string expanded;
            for (const A11yNode& n : h.tree())
                if (n.expanded) expanded += " open:" + n.tag;
            return current_route(h.state()) + " " + view_name(h.app().shown_view()) + " " +
                   std::to_string(h.commands().size()) + expanded;
        };
        const std::string before = effect();
        h.press(i == 0 ? ImGuiKey_Space : ImGuiKey_Enter);
        after[i] = effect();
        if (i == 0) CHECK(after[0] != before); // the focused control does something
    }
    CHECK(after[1] == after[0]);
}

} // namespace pw::ui::test
