// Keyboard focus like a web page, as far as the app decides it: Tab reaches
// every control of a view longer than the window (the app scrolls on past the
// last control shown), the process picker sits in the top bar's reading order,
// the focus lands on what is new after an action (a new place's h1, the
// feedback's heading) and goes back to the opener when a popup closes; the
// theme follows the system's light or dark until the user chooses one.
// The browser's half (the mirror's Tab listener) is in
// tests/e2e/a11y-keyboard.test.mjs.
#include "harness.hpp"

#include "pw/progress.hpp"
#include "ui/a11y.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

namespace pw::ui::test {
namespace {

bool is_control(const A11yNode& n) {
    return n.id != 0 && n.role != A11yRole::text && n.role != A11yRole::heading;
}

std::size_t index_of(const std::vector<A11yNode>& tree, std::string_view tag) {
    const auto it =
        std::find_if(tree.begin(), tree.end(), [tag](const A11yNode& n) { return n.tag == tag; });
    return static_cast<std::size_t>(it - tree.begin());
}

// Tab as the mirror's listener does it (platform/a11y_mirror.cpp): from the
// control with the focus to the next one in the tree; on a control marked
// more_below the app is asked to scroll on. False when Tab would leave the app.
bool tab(Harness& h) {
    const std::vector<A11yNode>& tree = h.tree();
    const unsigned focused = a11y_focused_id();
    auto at = std::find_if(tree.begin(), tree.end(),
                           [focused](const A11yNode& n) { return n.id == focused; });
    if (at != tree.end() && at->more_below) {
        h.app().handle(FocusOnward{at->id, false});
        h.frames(4);
        return a11y_focused_id() != focused;
    }
    for (auto it = at == tree.end() ? tree.begin() : at + 1; it != tree.end(); ++it)
        if (is_control(*it)) {
            h.app().handle(FocusRequest{it->id});
            h.frames(2);
            return true;
        }
    return false;
}

const A11yNode* focused_node(const Harness& h) {
    for (const A11yNode& n : h.tree())
        if (n.id != 0 && n.id == a11y_focused_id()) return &n;
    return nullptr;
}

} // namespace

TEST_CASE("Tab reaches every exercise's button below the fold, then leaves at the true end") {
    Harness h({1280, 720});
    h.open("#/oefenen");
    const std::size_t exercises = h.model().scenarios.size();
    REQUIRE(exercises > 5);
    // Fewer are shown than there are: the rest lie below the fold.
    std::size_t shown = 0;
    for (const A11yNode& n : h.tree())
        shown += n.tag.rfind("oefening:", 0) == 0;
    REQUIRE(shown < exercises);
    std::set<std::string> reached;
    int onward = 0;
    for (int i = 0; i < 400; ++i) {
        const A11yNode* before = focused_node(h);
        if (before && before->more_below) ++onward;
        if (!tab(h)) break;
        if (const A11yNode* n = focused_node(h); n && n->tag.rfind("oefening:", 0) == 0)
            reached.insert(n->tag);
    }
    CHECK(reached.size() == exercises);
    CHECK(onward > 0); // the app scrolled on, more than once for a list this long
    // At the end nothing is marked to scroll on: the next Tab leaves the app.
    const A11yNode* last = focused_node(h);
    REQUIRE(last);
    CHECK_FALSE(last->more_below);

    // Shift+Tab on the first control shown, with more above, scrolls back up.
    const auto first = std::find_if(h.tree().begin(), h.tree().end(),
                                    [](const A11yNode& n) { return n.more_above; });
    REQUIRE(first != h.tree().end());
    const unsigned from = first->id;
    std::set<unsigned> shown_before; // drawn now (the tree is redrawn below)
    for (const A11yNode& n : h.tree())
        if (is_control(n) && n.drawn) shown_before.insert(n.id);
    h.app().handle(FocusRequest{from});
    h.frames(2);
    h.app().handle(FocusOnward{from, true});
    h.frames(4);
    const A11yNode* up = focused_node(h);
    REQUIRE(up);
    CHECK(up->id != from);
    CHECK(shown_before.count(up->id) == 0); // one that was above, scrolled into view
}

TEST_CASE("the process picker is in the top bar's reading order, as its own navigation") {
    Harness h({1280, 720});
    h.open("#/proces/kb-maatregel");
    const std::vector<A11yNode>& tree = h.tree();
    const std::size_t search = index_of(tree, "zoeken"), process = index_of(tree, "proces"),
                      lens = index_of(tree, "rolbril"), settings = index_of(tree, "instellingen");
    REQUIRE(process < tree.size());
    CHECK(search < process);
    CHECK(process < lens);
    CHECK(lens < settings);
    CHECK(tree[process].region == A11yRegion::banner_navigation);
    // Left to right on screen, as it is read.
    CHECK(tree[search].rect.x < tree[process].rect.x);
    CHECK(tree[process].rect.x < tree[lens].rect.x);
}

TEST_CASE("after answering the focus is on the feedback's heading; a new place on its h1") {
    Harness h({1280, 720});
    const Scenario& sc = h.model().scenarios.front();
    h.open("#/oefenen");
    REQUIRE(h.click("oefening:" + sc.id));
    // A new place: its h1 took the browser's focus, the app's own let go.
    const auto h1 = std::find_if(h.tree().begin(), h.tree().end(), [](const A11yNode& n) {
        return n.role == A11yRole::heading && n.level == 1;
    });
    REQUIRE(h1 != h.tree().end());
    CHECK(h.focus_taken_by() == h1->name);
    CHECK(a11y_focused_id() == 0);

    const auto choice = std::find_if(h.tree().begin(), h.tree().end(), [](const A11yNode& n) {
        return n.tag.rfind("keuze:", 0) == 0;
    });
    REQUIRE(choice != h.tree().end());
    const std::string tag = choice->tag; // a copy: clicking redraws the tree
    REQUIRE(h.click(tag));
    // Answered with the keyboard: the focus on the button, Enter.
    h.app().handle(FocusRequest{h.control("antwoord-geven")->id});
    h.frames(2);
    REQUIRE(a11y_focused_id() == h.control("antwoord-geven")->id);
    h.press(ImGuiKey_Enter);
    REQUIRE(current_view(h.state(), h.views()) == View::feedback);
    CHECK(h.focus_taken_by() == tr(Text::your_answer));
    CHECK(a11y_focused_id() == 0); // no stale focus on the button that is gone
    // Tab from the heading goes on to "Verder" (after the feedback's own links).
    bool verder = false;
    for (int i = 0; i < 40 && !verder; ++i) {
        if (!tab(h)) break;
        const A11yNode* n = focused_node(h);
        verder = n && n->tag == "verder";
    }
    CHECK(verder);
    // "Verder": the next decision's heading has the focus.
    h.press(ImGuiKey_Enter);
    if (!h.views().training.run.finished)
        CHECK(h.focus_taken_by().rfind(trf(Text::decision_n, "2"), 0) == 0);
}

TEST_CASE("closing the settings with Escape puts the focus back on their button") {
    Harness h({1280, 720});
    h.open("#/");
    const unsigned opener = h.control("instellingen")->id;
    h.app().handle(FocusRequest{opener});
    h.frames(2);
    h.press(ImGuiKey_Enter);
    REQUIRE(h.control("thema:licht")); // open
    CHECK(a11y_focused_id() != opener);
    h.press(ImGuiKey_Escape);
    CHECK_FALSE(h.control("thema:licht"));
    CHECK(a11y_focused_id() == opener);
}

TEST_CASE("with no theme chosen the app follows the system's light or dark; a choice wins") {
    Harness h;
    h.open("#/");
    CHECK(h.state().progress.settings.theme == "system");
    h.app().handle(ColorSchemePreference{true});
    h.frames(2);
    CHECK(theme() == Theme::dark);
    h.app().handle(ColorSchemePreference{false});
    h.frames(2);
    CHECK(theme() == Theme::light);

    // The user chooses light while the system is dark: light it is, and kept.
    h.app().handle(ColorSchemePreference{true});
    h.frames(2);
    REQUIRE(h.click("instellingen"));
    CHECK(h.control("thema:systeem")->checked);
    REQUIRE(h.click("thema:licht"));
    h.press(ImGuiKey_Escape);
    CHECK(theme() == Theme::light);
    const std::optional<SaveProgress> saved = h.last<SaveProgress>();
    REQUIRE(saved);
    CHECK(parse_progress(saved->text).progress.settings.theme == "light");

    // Reloaded with that choice and a dark system: still light. "Systeem" follows again.
    Harness again({1280, 720}, saved->text);
    again.app().handle(ColorSchemePreference{true});
    again.frames(2);
    CHECK(theme() == Theme::light);
    REQUIRE(again.click("instellingen"));
    REQUIRE(again.click("thema:systeem"));
    CHECK(theme() == Theme::dark);

    // Saved before "system" existed, or without a theme: the system's; nonsense is refused.
    CHECK(parse_progress(R"({"app":"protocolwijzer","version":2,"settings":{}})")
              .progress.settings.theme == "system");
    CHECK(parse_progress(R"({"app":"protocolwijzer","version":2,"settings":{"theme":"auto"}})")
              .problem);
}

} // namespace pw::ui::test
