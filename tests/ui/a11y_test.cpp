// What the canvas gives people who do not use it by sight or by mouse alone:
// the accessibility tree describes the whole view (not the part on screen),
// single-key shortcuts can be switched off, the system's wish for more
// contrast is followed, an abbreviation's explanation can be closed with Escape.
// The browser's side (the mirror, landmarks, axe) is in tests/e2e/a11y.test.mjs.
#include "harness.hpp"

#include "pw/lookup.hpp"
#include "pw/progress.hpp"
#include "ui/a11y.hpp"
#include "ui/map_geometry.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

namespace pw::ui::test {
namespace {

// The process with the most steps, counted from the content.
const CaseType& largest_process(Harness& h) {
    return *std::max_element(
        h.model().case_types.begin(), h.model().case_types.end(),
        [](const CaseType& a, const CaseType& b) { return a.steps.size() < b.steps.size(); });
}

// The tree's links to a step of `ct`: drawn (tag "stap:<id>") or described (href).
std::size_t step_links(const std::vector<A11yNode>& tree, const CaseType& ct) {
    const std::string prefix = "#/proces/" + ct.id + "/stap/";
    std::size_t n = 0;
    for (const A11yNode& node : tree)
        if (node.role == A11yRole::link &&
            (node.tag.rfind("stap:", 0) == 0 || node.href.rfind(prefix, 0) == 0))
            ++n;
    return n;
}

} // namespace

TEST_CASE("the tree holds every step of the largest map, at any display size") {
    for (const Display d : {Display{800, 600}, Display{1280, 720}, Display{640, 400}}) {
        Harness h(d);
        const CaseType& ct = largest_process(h);
        INFO(ct.id << " at " << d.width << "x" << d.height);
        h.open("#/proces/" + ct.id);
        const std::vector<A11yNode>& tree = h.frames(1);
        CHECK(step_links(tree, ct) == ct.steps.size());
        // Each step with its lane, and a flow's recipients in words.
        for (const Step& step : ct.steps) {
            CHECK(h.shows(step.title));
            for (const Flow& flow : step.flows)
                CHECK(h.shows(std::string(channel_short_name(h.model(), flow.channel))));
        }
        // One h1, the first heading of the view, in the main region.
        const auto h1s = std::count_if(tree.begin(), tree.end(), [](const A11yNode& n) {
            return n.role == A11yRole::heading && n.level == 1;
        });
        CHECK(h1s == 1);
    }
}

// A screen reader reads the tree, not the screen: a control scrolled out of
// its window is in it too (not drawn, untagged), so a long view reads to its
// end at 720 px as at 4000 px. Every route of the content.
TEST_CASE("the tree holds the whole of every view, not only the part on screen") {
    Harness small(Display{1280, 720});
    Harness tall(Display{1280, 4000});
    const auto names = [](const std::vector<A11yNode>& tree) {
        std::multiset<std::string> out;
        for (const A11yNode& n : tree)
            out.insert(n.name);
        return out;
    };
    int controls_off_screen = 0;
    for (const std::string& route : every_route(small.model())) {
        INFO(route);
        small.open(route);
        tall.open(route);
        const std::vector<A11yNode>& shown = small.frames(1);
        const std::multiset<std::string> at_720 = names(shown), at_4000 = names(tall.frames(1));
        for (const std::string& name : at_4000)
            CHECK_MESSAGE(at_720.count(name) > 0, "lacks at 720 px: " << name);
        for (const A11yNode& n : shown) {
            if (n.id == 0 || n.drawn) continue;
            ++controls_off_screen;
            CHECK(n.tag.empty()); // tests find by tag only what is on screen
            CHECK(n.rect.w <= 1.0f);
        }
    }
    CHECK(controls_off_screen > 100); // the lists and long pages have them
}

TEST_CASE("single-key shortcuts can be switched off in the settings, and that is kept") {
    Harness h;
    h.open("#/proces/kb-maatregel");
    MapViewState& map = h.views().process.map;
    map.zoom = 1.0f;
    CHECK(h.app().shortcut(Shortcut::zoom_in));
    CHECK(map.zoom == doctest::Approx(1.1f));

    REQUIRE(h.click("instellingen"));
    const A11yNode* off = h.control("sneltoetsen:uit");
    REQUIRE(off);
    CHECK(off->role == A11yRole::radio);
    CHECK_FALSE(off->checked);
    CHECK(off->group == tr(Text::shortcuts));
    REQUIRE(h.click("sneltoetsen:uit"));
    CHECK(h.control("sneltoetsen:uit")->checked);
    h.press(ImGuiKey_Escape); // closes the settings
    CHECK_FALSE(h.state().progress.settings.single_key_shortcuts);
    const std::optional<SaveProgress> saved = h.last<SaveProgress>();
    REQUIRE(saved);
    CHECK_FALSE(parse_progress(saved->text).progress.settings.single_key_shortcuts);

    // "/", "+", "-" and "0" do nothing now; Escape still works.
    for (const Shortcut key :
         {Shortcut::zoom_in, Shortcut::zoom_out, Shortcut::zoom_to_fit, Shortcut::focus_search})
        CHECK_FALSE(h.app().shortcut(key));
    CHECK(map.zoom == doctest::Approx(1.1f));
    h.open("#/proces/kb-maatregel/stap/melding");
    CHECK(h.app().shortcut(Shortcut::leave));

    // Saved progress without the setting keeps the shortcuts on; a wrong value is refused.
    CHECK(parse_progress(R"({"app":"protocolwijzer","version":2,"settings":{}})")
              .progress.settings.single_key_shortcuts);
    CHECK(parse_progress(
              R"({"app":"protocolwijzer","version":2,"settings":{"singleKeyShortcuts":"nee"}})")
              .problem);
}

TEST_CASE("the system's wish for more contrast selects the high-contrast theme") {
    Harness h;
    h.open("#/");
    CHECK(theme() == Theme::light);
    h.app().handle(ContrastPreference{true});
    h.frames(2);
    CHECK(theme() == Theme::high_contrast);
    CHECK(colours().page == IM_COL32(0, 0, 0, 0xFF));
    h.app().handle(ContrastPreference{false});
    h.frames(2);
    CHECK(theme() == Theme::light); // the user's own choice again
}

TEST_CASE("Escape closes an abbreviation's explanation before it leaves the place") {
    Harness h;
    h.open("#/proces/kb-maatregel/stap/melding");
    // As a frame that showed the explanation of a word leaves it.
    h.state().explanation.item = 42;
    CHECK(h.app().shortcut(Shortcut::leave));
    CHECK(h.state().explanation.dismissed == 42);
    h.frames(2);
    CHECK(h.state().route.kind == Route::Kind::step); // still here
    CHECK(h.app().shortcut(Shortcut::leave));
    h.frames(2);
    CHECK(h.state().route.kind == Route::Kind::case_type);
}

} // namespace pw::ui::test
