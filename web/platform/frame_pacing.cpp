#include "platform/frame_pacing.hpp"

#include <emscripten.h>

namespace {

constexpr double kActiveMs = 1000;      // full rate this long after the last input
constexpr double kIdleIntervalMs = 100; // then ten frames a second
double g_last_activity = 0;
double g_last_drawn = -kIdleIntervalMs;

// clang-format off
EM_JS(void, js_install_activity_listeners, (), {
    Module.pwLastActivity = performance.now();
    const wake = () => { Module.pwLastActivity = performance.now(); };
    document.addEventListener("visibilitychange", () => { Module.pwRepaint = true; });
    for (const type of ["pointerdown", "pointerup", "pointermove", "pointercancel", "mousedown",
                        "mouseup", "mousemove", "wheel", "touchstart", "touchmove", "touchend",
                        "keydown", "keyup", "input", "compositionupdate", "paste", "focusin",
                        "focusout", "click", "resize", "hashchange", "visibilitychange"])
        window.addEventListener(type, wake, {capture: true, passive: true});
});
EM_JS(double, js_last_activity, (), {
    return Module.pwLastActivity || 0;
});
EM_JS(int, js_take_repaint, (), {
    const asked = Module.pwRepaint;
    Module.pwRepaint = false;
    return asked ? 1 : 0;
});
// The benchmark measures frame times back to back: protocolwijzer.drawEveryFrame.
EM_JS(int, js_draw_every_frame, (), {
    const hook = window.protocolwijzer;
    return hook && hook.drawEveryFrame ? 1 : 0;
});
// clang-format on

} // namespace

namespace pw::platform {

void install_activity_listeners() {
    js_install_activity_listeners();
}

bool repaint_requested() {
    return js_take_repaint() != 0 || js_draw_every_frame() != 0;
}

void note_activity() {
    g_last_activity = emscripten_get_now();
}

bool frame_due(double now_ms, bool busy) {
    const double seen = js_last_activity();
    const double last = g_last_activity > seen ? g_last_activity : seen;
    const bool due = busy || js_draw_every_frame() != 0 || now_ms - last < kActiveMs ||
                     now_ms - g_last_drawn >= kIdleIntervalMs;
    if (due) g_last_drawn = now_ms;
    return due;
}

} // namespace pw::platform
