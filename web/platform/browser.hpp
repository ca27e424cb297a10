// The browser edge: everything that talks to emscripten or JavaScript.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace pw::platform {

struct CanvasSize {
    double css_width = 0, css_height = 0;
    float dpr = 1.0f;
    int pixel_width = 0, pixel_height = 0;
};

// Sizes the canvas backing store to CSS size x devicePixelRatio, so text is
// sharp on high-DPI screens, and reports the result.
CanvasSize sync_canvas_size();

std::string location_hash();
// push: a new history entry (back returns); otherwise the current one is replaced.
void set_location_hash(const std::string& hash, bool push);
// Calls the exported pw_on_hash_change() on every hashchange (back/forward, links).
void listen_for_hash_changes();

void set_css_cursor(const char* cursor);
// Sets window.protocolwijzer.ready and logs it, once the first real frame is drawn.
void announce_ready();

void fetch_bytes(const char* url, std::function<void(std::string_view)> on_load,
                 std::function<void()> on_error);

// Normalised wheel input (the GLFW emulation passes raw pixel deltas).
void install_wheel_handler();

} // namespace pw::platform
