// The process map as people read it: text large enough at the size it opens
// with and after "Passend", the text-size setting applied, even zoom steps,
// the selected step kept in view when the window changes size.
#include "harness.hpp"

#include "ui/map_geometry.hpp"
#include "ui/process_map.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

namespace pw::ui::test {
namespace {

// The size the map draws its smallest text at, in UI units (pixels at 100 %).
float smallest_map_text(Harness& h) {
    return h.state().fonts.small->FontSize * h.views().process.map.zoom / h.state().scale();
}

std::string settings(float text_scale) {
    return R"({"app":"protocolwijzer","version":1,"settings":{"language":"nl","theme":"light","textScale":)" +
           std::to_string(text_scale) + "}}";
}

} // namespace

TEST_CASE("every map opens, and fits, with its smallest text at least the body's minimum") {
    for (const Display d : {Display{1280, 720}, Display{1920, 1080}, Display{800, 600}}) {
        Harness h(d);
        for (const CaseType& ct : h.model().case_types) {
            INFO(ct.id << " at " << d.width << "x" << d.height);
            h.open("#/proces/" + ct.id);
            CHECK(smallest_map_text(h) >= kReadableTextUnits - 0.01f);
            CHECK(h.app().shortcut(Shortcut::zoom_to_fit));
            h.frames(2);
            CHECK(smallest_map_text(h) >= kReadableTextUnits - 0.01f);
        }
    }
}

TEST_CASE("a larger text size makes the map larger") {
    Harness normal({1280, 720}, settings(1.0f));
    Harness larger({1280, 720}, settings(1.3f));
    normal.open("#/proces/kb-maatregel");
    larger.open("#/proces/kb-maatregel");
    const float z_normal = normal.state().scale() * normal.views().process.map.zoom;
    const float z_larger = larger.state().scale() * larger.views().process.map.zoom;
    CHECK(z_larger > z_normal * 1.2f);
}

TEST_CASE("+ and - move along even zoom levels") {
    Harness h;
    h.open("#/proces/kb-maatregel");
    MapViewState& map = h.views().process.map;
    map.zoom = 1.0f;
    CHECK(h.app().shortcut(Shortcut::zoom_in));
    CHECK(map.zoom == doctest::Approx(1.1f));
    REQUIRE(h.click("inzoomen"));
    CHECK(map.zoom == doctest::Approx(1.25f));
    map.zoom = 1.0f;
    REQUIRE(h.click("uitzoomen"));
    CHECK(map.zoom == doctest::Approx(0.9f));
    CHECK(h.app().shortcut(Shortcut::zoom_out));
    CHECK(map.zoom == doctest::Approx(0.8f));
    map.zoom = 0.27f; // after a wheel gesture: the next level, not a jump
    CHECK(h.app().shortcut(Shortcut::zoom_in));
    CHECK(map.zoom == doctest::Approx(0.33f));
}

TEST_CASE("the selected step stays in view when the window is made smaller") {
    Harness h({1920, 1080});
    const CaseType* longest = &h.model().case_types.front();
    for (const CaseType& ct : h.model().case_types)
        if (ct.steps.size() > longest->steps.size()) longest = &ct;
    const Step& last = longest->steps.back();
    h.open("#/proces/" + longest->id + "/stap/" + last.id, 4);
    h.resize({800, 600});
    h.frames(4);
    const A11yNode* node = h.control(std::string(kStepTag) + last.id);
    REQUIRE(node);
    const Rect& shown = h.views().process.map.shown;
    INFO("map " << shown.x << "+" << shown.w << ", step " << node->whole.x << "+" << node->whole.w);
    // Most of it in view (the map beside the detail panel may be narrower than
    // the lane labels and a box), none of it under the lane labels.
    CHECK(node->rect.w >= node->whole.w * 0.75f);
    const MapMetrics m(h.state().scale(), h.views().process.map.zoom);
    CHECK(node->whole.x >= shown.x + m.label_w / h.state().dpr - 1);
}

} // namespace pw::ui::test
