#include "ui/fonts.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

namespace pw::ui {
namespace {

// PW_FONT_UNICODES of the top CMakeLists.txt, as pairs of first and last code
// point; the font files are subset to the same list.
const ImWchar kGlyphRanges[] = {PW_GLYPH_RANGES, 0};
// PW_FIRST_SCREEN_UNICODES: what the content and the UI's text use.
const ImWchar kFirstGlyphRanges[] = {PW_FIRST_GLYPH_RANGES, 0};

ImFont* add(const std::string& data, float size, const ImWchar* ranges) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes live in FontFiles
    // Glyphs snapped to whole device pixels need no horizontal oversampling:
    // as sharp, and the atlas is built in half the time (tests/bench: ready).
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(data.data()),
                                          static_cast<int>(data.size()), size, &config, ranges);
}

} // namespace

ImFont* large_font(Fonts& fonts) {
    if (fonts.large) return fonts.large;
    fonts.large_wanted = true;
    return fonts.body;
}

Fonts build_fonts(const FontFiles& files, float scale, bool with_large, bool complete) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // One style for all when the other did not arrive: readable beats bold.
    const std::string& regular = files.regular.empty() ? files.bold : files.regular;
    const std::string& bold = files.bold.empty() ? files.regular : files.bold;
    Fonts fonts;
    if (regular.empty()) return fonts;
    auto px = [scale](float units) { return std::round(units * scale); };
    const ImWchar* ranges = complete ? kGlyphRanges : kFirstGlyphRanges;
    fonts.body = add(regular, px(16.0f), ranges); // first font = default font
    fonts.bold = add(bold, px(16.0f), ranges);
    fonts.heading = add(bold, px(21.0f), ranges);
    fonts.small = add(regular, px(13.5f), ranges);
    // A fifth of the atlas, for trainer mode alone: not on the way to the first screen.
    if (with_large) fonts.large = add(regular, px(21.0f), ranges);
    fonts.large_wanted = with_large;
    fonts.complete = complete;
    // The builder itself, not ImFontAtlas::Build(): that one adds ImGui's
    // built-in font to an empty atlas, which links its 12 KB of data into the
    // module (tools/wasm_parts.py); this app never shows it.
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(io.Fonts);
    return fonts;
}

} // namespace pw::ui
