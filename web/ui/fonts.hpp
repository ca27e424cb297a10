// Fonts for the UI: DejaVu Sans (Debian's fonts-dejavu-core), subsetted at
// build time to the glyphs Dutch text needs, rasterised at device pixels. The
// platform fetches the files; the native tests read them from disk.
#pragma once

#include "ui/app_state.hpp"

#include <string>

namespace pw::ui {

struct FontFiles {
    std::string regular;
    std::string bold;
};

// Clears the atlas and adds the UI fonts at `scale` (device pixels per UI unit).
// Without font files it falls back to ImGui's built-in font. The caller
// re-uploads the texture.
Fonts build_fonts(const FontFiles& files, float scale);

} // namespace pw::ui
