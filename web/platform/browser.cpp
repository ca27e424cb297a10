#include "platform/browser.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <cstring>
#include <memory>

namespace pw::platform {
namespace {

// clang-format off
EM_JS(char*, js_location_hash, (), {
    return allocateUTF8(window.location.hash || "");
});
EM_JS(void, js_set_location_hash, (const char* hash, int push), {
    const h = UTF8ToString(hash);
    if (window.location.hash === h) return;
    if (push) window.history.pushState(null, "", h);
    else window.history.replaceState(null, "", h);
});
EM_JS(void, js_listen_for_hash_changes, (), {
    const notify = () => Module._pw_on_hash_change();
    window.addEventListener("hashchange", notify);
    window.addEventListener("popstate", notify);
});
EM_JS(void, js_set_cursor, (const char* cursor), {
    Module.canvas.style.cursor = UTF8ToString(cursor);
});
EM_JS(void, js_announce_ready, (), {
    const hook = window.protocolwijzer || (window.protocolwijzer = {});
    hook.ready = true;
    const status = document.getElementById("status");
    if (status) status.textContent = "";
    console.log("[protocolwijzer] ready");
});
// clang-format on

struct FetchCallbacks {
    std::function<void(std::string_view)> on_load;
    std::function<void()> on_error;
};

void on_fetch_load(void* arg, void* data, int size) {
    std::unique_ptr<FetchCallbacks> cb(static_cast<FetchCallbacks*>(arg));
    cb->on_load(std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(size)));
}

void on_fetch_error(void* arg) {
    std::unique_ptr<FetchCallbacks> cb(static_cast<FetchCallbacks*>(arg));
    cb->on_error();
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // deltaMode 0: pixels (about 100 per notch), 1: lines (3 per notch), 2: pages.
    double scale = 1.0 / 100.0;
    if (e->deltaMode == DOM_DELTA_LINE) scale = 1.0 / 3.0;
    if (e->deltaMode == DOM_DELTA_PAGE) scale = 10.0;
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= static_cast<float>(e->deltaY * scale);
    io.MouseWheelH -= static_cast<float>(e->deltaX * scale);
    return EM_TRUE; // the page itself never scrolls
}

} // namespace

CanvasSize sync_canvas_size() {
    CanvasSize c;
    emscripten_get_element_css_size("#canvas", &c.css_width, &c.css_height);
    c.dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
    c.pixel_width = static_cast<int>(std::lround(c.css_width * c.dpr));
    c.pixel_height = static_cast<int>(std::lround(c.css_height * c.dpr));
    int current_w = 0, current_h = 0;
    emscripten_get_canvas_element_size("#canvas", &current_w, &current_h);
    if (current_w != c.pixel_width || current_h != c.pixel_height)
        emscripten_set_canvas_element_size("#canvas", c.pixel_width, c.pixel_height);
    return c;
}

std::string location_hash() {
    char* raw = js_location_hash();
    std::string out(raw);
    std::free(raw);
    return out;
}

void set_location_hash(const std::string& hash, bool push) {
    js_set_location_hash(hash.c_str(), push ? 1 : 0);
}
void listen_for_hash_changes() {
    js_listen_for_hash_changes();
}
void set_css_cursor(const char* cursor) {
    js_set_cursor(cursor);
}
void announce_ready() {
    js_announce_ready();
}

void fetch_bytes(const char* url, std::function<void(std::string_view)> on_load,
                 std::function<void()> on_error) {
    auto* cb = new FetchCallbacks{std::move(on_load), std::move(on_error)};
    emscripten_async_wget_data(url, cb, on_fetch_load, on_fetch_error);
}

void install_wheel_handler() {
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
}

} // namespace pw::platform
