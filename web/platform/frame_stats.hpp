// Figures for the benchmark (tests/bench): CPU time per frame, measured inside
// the app, the heap, and how long the content took to load. Read from the page
// through pw_bench_figures() (window.protocolwijzer.benchFigures()).
#pragma once

#include "platform_only.hpp"

namespace pw::platform {

void frame_started();
// `drew_ui`: the frame drew the app, not only the background while fonts load.
// The first such frame sets the performance mark "pw-first-frame".
void frame_finished(bool drew_ui);
void content_loaded_in(double ms);
// A performance.mark() the benchmark reads ("pw-main", "pw-content-loaded", ...).
void performance_mark(const char* name);
double now_ms();

} // namespace pw::platform
