// Fonts for the UI: DejaVu Sans (Debian's fonts-dejavu-core), subsetted at
// build time to the glyphs Dutch text needs, rasterised at device pixels. The
// platform fetches the files; the native tests read them from disk.
#pragma once

#include <string>

struct ImFont;

namespace pw::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* small = nullptr;
    ImFont* large = nullptr; // running text in trainer mode; built when first asked for
    // Set by a view that wanted `large` while it was not built: the next
    // frame's atlas has it (the first screen does not wait for it).
    bool large_wanted = false;
    // Every glyph of the font files, not only those of the content and the UI
    // (what users type, imported content): built in a frame after the first screen.
    bool complete = false;
};

// The trainer's large font when built; else the body font, and the next atlas builds it.
ImFont* large_font(Fonts& fonts);

struct FontFiles {
    std::string regular;
    std::string bold;
};

// Clears the atlas and adds the UI fonts at `scale` (device pixels per UI unit),
// with every glyph of the files or (`complete` false) the content's and the UI's.
// With one file missing, the other serves for every style; with none, nothing
// is built and every font is null (the platform says so, see main_web.cpp).
// The caller re-uploads the texture from ImFontAtlas::TexPixelsAlpha8.
Fonts build_fonts(const FontFiles& files, float scale, bool with_large = false,
                  bool complete = true);

} // namespace pw::ui
