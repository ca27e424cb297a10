// Draws ImGui's draw data with WebGL2. Our own, instead of imgui_impl_opengl3:
// that backend saves and restores the GL state around every frame with about
// twenty glGet calls, and in a browser each is a synchronous round trip to the
// GPU process (tests/bench measured 2-3 ms of a frame in getParameter). The app
// owns the whole context, so there is no state to save: this sets what it needs.
#pragma once

#include "platform_only.hpp"

struct ImDrawData;

namespace pw::platform {

bool renderer_init();
// (Re)builds the font atlas texture from ImGui's font atlas.
void renderer_upload_fonts();
void renderer_draw(const ImDrawData* draw_data, int framebuffer_width, int framebuffer_height);

} // namespace pw::platform
