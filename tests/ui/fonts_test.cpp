// The font atlas in two steps (web/ui/fonts.cpp): the first screen is drawn
// with the characters the content and the UI write (PW_FIRST_SCREEN_UNICODES),
// the frame after it has every character of the fonts, for what users type.
#include "harness.hpp"

#include "ui/fonts.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

using namespace pw::ui;
using namespace pw::ui::test;

namespace {

constexpr ImWchar kContentLetter = 0x00EB; // ë, as in "geëist"
constexpr ImWchar kTypedLetter = 0x00E8;   // è: in the fonts, not in the content or the UI

bool has(ImFont* font, ImWchar c) {
    return font && font->FindGlyphNoFallback(c) != nullptr;
}

} // namespace

TEST_CASE(
    "the first atlas has the content's characters; the whole one every character of the fonts") {
    ImGuiContext* context = ImGui::CreateContext();
    const Fonts first = build_fonts(font_files(), 1.0f, false, false);
    CHECK_FALSE(first.complete);
    for (ImFont* font : {first.body, first.bold, first.heading, first.small}) {
        CHECK(has(font, 'A'));
        CHECK(has(font, kContentLetter));
        CHECK_FALSE(has(font, kTypedLetter));
    }
    const Fonts whole = build_fonts(font_files(), 1.0f, true, true);
    CHECK(whole.complete);
    for (ImFont* font : {whole.body, whole.bold, whole.heading, whole.small, whole.large})
        CHECK(has(font, kTypedLetter));
    ImGui::DestroyContext(context);
}

TEST_CASE("the frame after the first screen builds the whole atlas") {
    Harness h;
    // The first screen was announced in the first frame; the second built every glyph.
    REQUIRE(h.last<AnnounceReady>());
    CHECK(h.state().fonts.complete);
    CHECK(has(h.state().fonts.body, kTypedLetter));
    // Asking for the trainer's large font later keeps the atlas whole.
    h.state().fonts.large_wanted = true;
    h.frames(1);
    CHECK(h.state().fonts.complete);
    CHECK(has(h.state().fonts.large, kTypedLetter));
}
