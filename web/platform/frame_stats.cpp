#include "platform/frame_stats.hpp"

#include <emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>

#include <array>
#include <nlohmann/json.hpp>
#include <string>

namespace {

// The last frames' CPU times in a ring: enough for a benchmark's 300-frame window.
constexpr std::size_t kKept = 2048;
std::array<float, kKept> g_frame_ms{};
std::size_t g_frames = 0;
double g_frame_start = 0;
bool g_first_drawn = false;
double g_content_load_ms = -1;

// clang-format off
EM_JS(void, js_performance_mark, (const char* name), {
    if (typeof performance !== "undefined" && performance.mark) performance.mark(UTF8ToString(name));
});
// clang-format on

} // namespace

namespace pw::platform {

double now_ms() {
    return emscripten_get_now();
}

void frame_started() {
    g_frame_start = emscripten_get_now();
}

void frame_finished(bool drew_ui) {
    g_frame_ms[g_frames % kKept] = static_cast<float>(emscripten_get_now() - g_frame_start);
    ++g_frames;
    if (drew_ui && !g_first_drawn) {
        g_first_drawn = true;
        js_performance_mark("pw-first-frame");
    }
}

void performance_mark(Mark mark) {
    switch (mark) {
    case Mark::main:
        return js_performance_mark("pw-main");
    case Mark::gl_ready:
        return js_performance_mark("pw-gl-ready");
    case Mark::content_arrived:
        return js_performance_mark("pw-content-arrived");
    case Mark::content_loaded:
        return js_performance_mark("pw-content-loaded");
    case Mark::fonts_built:
        return js_performance_mark("pw-fonts-built");
    case Mark::search_ready:
        return js_performance_mark("pw-search-ready");
    case Mark::rest_ready:
        return js_performance_mark("pw-rest-ready");
    case Mark::main_done:
        return js_performance_mark("pw-main-done");
    }
}

void content_loaded_in(double ms) {
    g_content_load_ms = ms;
}

} // namespace pw::platform

#ifdef PW_TEST_HOOK
extern "C" {

// window.protocolwijzer.benchFigures(): only in app_test, which the benchmark loads.
EMSCRIPTEN_KEEPALIVE const char* pw_bench_figures() {
    static std::string json;
    nlohmann::json times = nlohmann::json::array();
    const std::size_t n = std::min(g_frames, kKept);
    for (std::size_t i = g_frames - n; i < g_frames; ++i)
        times.push_back(g_frame_ms[i % kKept]);
    const struct mallinfo heap = mallinfo();
    json = nlohmann::json{{"frames", g_frames},
                          {"frameMs", times},
                          {"heapBytes", emscripten_get_heap_size()},
                          {"heapUsedBytes", heap.uordblks},
                          {"contentLoadMs", g_content_load_ms}}
               .dump();
    return json.c_str();
}

} // extern "C"
#endif
