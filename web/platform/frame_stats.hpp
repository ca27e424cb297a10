// Figures for the benchmark (tests/bench): CPU time per frame, measured inside
// the app, the heap, and how long the content took to load. Read from the page
// through pw_bench_figures() (window.protocolwijzer.benchFigures()).
#pragma once

#include "platform_only.hpp"

namespace pw::platform {

// The performance marks the benchmark reads (tests/bench/browser_figures.mjs).
enum class Mark {
    main,
    gl_ready,
    content_arrived,
    content_loaded,
    fonts_built,
    search_ready,
    rest_ready,
    main_done
};

void frame_started();
// `drew_ui`: the frame drew the app, not only the background while fonts load.
// The first such frame sets the performance mark "pw-first-frame".
void frame_finished(bool drew_ui);
void content_loaded_in(double ms);
// performance.mark("pw-main"), "pw-content-loaded", ...
void performance_mark(Mark mark);
double now_ms();

} // namespace pw::platform
