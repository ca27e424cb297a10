// Fonts for the UI: DejaVu Sans (Debian's fonts-dejavu-core), subsetted at
// build time to the glyphs Dutch text needs, rasterised at device pixels.
#pragma once

#include "ui/app_state.hpp"

#include <string>

namespace pw::platform {

struct FontFiles {
    std::string regular;
    std::string bold;
};

// Clears the atlas and adds the UI fonts at `scale` (device pixels per UI unit).
// Without font files it falls back to ImGui's built-in font. The caller
// re-uploads the texture.
ui::Fonts build_fonts(const FontFiles& files, float scale);

} // namespace pw::platform
