// What people tripped over on small windows and at large text (issue 17,
// reflow of issue 16): a laptop at 800x600, 1280 at 200 % zoom (640 CSS px),
// a phone (320 px); the home journeys and the search journey; a tooltip that
// popped up under a pointer resting where it had clicked.
#include "harness.hpp"

#include "ui/strings.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <utility>

namespace pw::ui::test {
namespace {

bool inside_width(const Harness& h, std::string_view tag) {
    const A11yNode* node = h.control(tag);
    return node && node->whole.x >= 0 && node->whole.x + node->whole.w <= h.display().width + 0.5f;
}

// Scrolls the open menu (the wheel over it) until `tag` is on screen.
bool reach_in_popup(Harness& h, const std::string& tag) {
    const A11yNode* first = h.control("taal:nl");
    if (!first) return h.control(tag) != nullptr;
    const ImVec2 over(first->rect.x + 2, first->rect.y + 2);
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 20 && !h.control(tag); ++i) {
        io.MousePos = over;
        io.MouseWheel = -1.0f;
        h.frames(1);
    }
    return h.control(tag) != nullptr;
}

bool tooltip_shown() {
    const ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
    return tip && tip->Active;
}

} // namespace

TEST_CASE("the top bar keeps every control reachable on a small window and at large text") {
    for (const Display display : {Display{800, 600}, Display{640, 360}, Display{320, 568}})
        for (const float text_scale : {1.0f, 1.4f}) {
            CAPTURE(display.width);
            CAPTURE(text_scale);
            Harness h(display);
            h.state().progress.settings.text_scale = text_scale;
            h.open("#/proces/kb-maatregel");
            for (const std::string tag : {"start", "zoeken", "proces", "rolbril"}) {
                CAPTURE(tag);
                CHECK(inside_width(h, tag));
            }
            // The buttons on the right, or the menu that holds them.
            const bool buttons = h.control("instellingen") != nullptr;
            if (buttons) {
                CHECK(inside_width(h, "instellingen"));
                CHECK(inside_width(h, "kopieer-link"));
            } else {
                REQUIRE(inside_width(h, "menu"));
                REQUIRE(h.click("menu"));
                CHECK(h.control("kopieer-link"));
                CHECK(h.control("thema:donker"));
                // Every setting can be reached in the menu, on screen (the
                // menu scrolls when the window is low).
                for (const std::string tag : {"taal:en", "tekst:A-", "tekst:projector"}) {
                    CAPTURE(tag);
                    CHECK(reach_in_popup(h, tag));
                    CHECK(inside_width(h, tag));
                }
                REQUIRE(h.click("thema:donker"));
                CHECK(h.state().progress.settings.theme == "dark");
            }
        }
}

TEST_CASE("at 1280 and 800 pixels the buttons stay beside the title; at 320 they fold") {
    Harness wide({1280, 720});
    wide.open("#/");
    CHECK(wide.control("instellingen"));
    CHECK_FALSE(wide.control("menu"));
    Harness phone({320, 568});
    phone.open("#/");
    CHECK(phone.control("menu"));
    CHECK_FALSE(phone.control("instellingen"));
}

TEST_CASE("home's journeys hold their titles at every text size and stack on a phone") {
    for (const Display display : {Display{1280, 720}, Display{800, 600}, Display{320, 568}})
        for (const float text_scale : {1.0f, 1.4f, 1.8f}) {
            CAPTURE(display.width);
            CAPTURE(text_scale);
            Harness h(display);
            h.state().progress.settings.text_scale = text_scale;
            h.open("#/");
            for (const std::string tag : {"reis:nieuw", "reis:zoeken", "reis:training"}) {
                CAPTURE(tag);
                REQUIRE((h.control(tag) || h.scroll_to(tag)));
                CHECK(inside_width(h, tag));
            }
            // A title wider than its card wraps: the card grows to hold it.
            const ImFont* heading = h.state().fonts.heading;
            REQUIRE((h.control("reis:nieuw") || h.scroll_to("reis:nieuw")));
            const A11yNode* card = h.control("reis:nieuw");
            const float dpr = h.state().dpr;
            const float pad = 18.0f * h.state().scale() / dpr;
            const float title_h =
                heading
                    ->CalcTextSizeA(heading->FontSize, FLT_MAX, card->whole.w * dpr - 2 * pad * dpr,
                                    tr(Text::journey_new))
                    .y /
                dpr;
            CHECK(card->whole.h >= title_h + 2 * pad);
        }
}

TEST_CASE("'Ik zoek iets' opens the search page with the cursor in the box; Escape returns") {
    Harness h;
    h.open("#/");
    REQUIRE(h.click("reis:zoeken"));
    h.frames(2);
    CHECK(h.state().route.kind == Route::Kind::search);
    CHECK(ImGui::GetIO().WantTextInput);
    h.type("ots verlenging");
    CHECK(h.state().route.query == "ots verlenging"); // no first letter lost
    h.press(ImGuiKey_Escape);
    CHECK(h.state().route.kind == Route::Kind::home);
}

TEST_CASE("after a click moves to another place, no tooltip pops up under the resting pointer") {
    Harness h;
    h.open("#/proces/kb-maatregel");
    // A step box of the map on screen: it explains itself on hover.
    std::string step_tag;
    for (const A11yNode& n : h.tree())
        if (n.tag.rfind("stap:", 0) == 0 && n.rect.w > 0) {
            step_tag = n.tag;
            break;
        }
    REQUIRE_FALSE(step_tag.empty());
    const Rect at = h.control(step_tag)->rect;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(at.x + at.w * 0.5f, at.y + at.h * 0.5f);
    h.frames(2);
    CHECK(tooltip_shown()); // hovering a step explains it
    // Open the process through the address bar: the map comes back under the
    // same resting pointer, as after a click on a link there.
    h.app().handle(HashChanged{"#/oefenen"});
    h.frames(2);
    h.app().handle(HashChanged{"#/proces/kb-maatregel"});
    h.frames(3);
    CHECK_FALSE(tooltip_shown());
    io.MousePos = ImVec2(io.MousePos.x + 6, io.MousePos.y);
    h.frames(2);
    CHECK(tooltip_shown()); // the pointer moved: hovering explains again
}

TEST_CASE("at 320 px the exercise filters and the class-join row stay within the width") {
    // Seen in the low-vision screenshots (e2e_a11y_lowvision): the filters ran
    // off the edge, "Meedoen" was cut.
    Harness h({320, 568});
    h.open("#/oefenen");
    for (const std::string tag : {"meedoen", "filter-zaaktype", "filter-rol"}) {
        CAPTURE(tag);
        REQUIRE((h.control(tag) || h.scroll_to(tag)));
        CHECK(inside_width(h, tag));
    }
}

TEST_CASE("at 320 px the process view puts the map above the panel, each the full width") {
    // The panel's h1 (the step's title), against the map's toolbar.
    const auto h1_and_fit = [](const Harness& h) {
        const A11yNode* h1 = nullptr;
        for (const A11yNode& n : h.tree())
            if (n.role == A11yRole::heading && n.level == 1) h1 = &n;
        return std::pair{h1, h.control("passend")};
    };
    Harness h({320, 568});
    h.open("#/proces/kb-maatregel/stap/melding");
    const auto [title, fit] = h1_and_fit(h);
    REQUIRE(title);
    REQUIRE(fit);
    CHECK(title->whole.x < 0.2f * h.display().width); // not a column on the right
    CHECK(title->whole.y > fit->whole.y);             // below the map
    // At 1280 the panel stays beside the map.
    Harness wide({1280, 720});
    wide.open("#/proces/kb-maatregel/stap/melding");
    const auto [wide_title, wide_fit] = h1_and_fit(wide);
    REQUIRE(wide_title);
    CHECK(wide_title->whole.x > 0.5f * wide.display().width);
}

// The home screen on a phone: the path's three columns did not fit and cut
// their group titles off ("Wie beslist wa"); there the groups stack. Tall
// displays, so that the whole home screen is drawn without scrolling.
TEST_CASE("on a phone the home screen's text, headings and links are not cut off on the right") {
    for (const float width : {320.0f, 420.0f, 640.0f})
        for (const float text_scale : {1.0f, 1.4f}) {
            CAPTURE(width);
            CAPTURE(text_scale);
            Harness h({width, 4000});
            h.state().progress.settings.text_scale = text_scale;
            h.open("#/");
            int texts = 0;
            for (const A11yNode& node : h.tree()) {
                if (!node.drawn || node.region != A11yRegion::main) continue;
                if (node.role != A11yRole::text && node.role != A11yRole::heading &&
                    node.role != A11yRole::link)
                    continue;
                ++texts;
                CAPTURE(node.name);
                CHECK(node.rect.x + node.rect.w >= node.whole.x + node.whole.w - 0.5f);
            }
            CHECK(texts > 10);
        }
}

} // namespace pw::ui::test
