// Everything the views read and change. Plain data: the platform layer fills
// in what comes from the browser (content, size, route), the views the rest.
#pragma once

#include "pw/content_loader.hpp"
#include "pw/routes.hpp"
#include "pw/swimlane_layout.hpp"

#include <map>
#include <string>
#include <vector>

struct ImFont;

namespace pw::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* small = nullptr;
};

enum class ContentStatus { loading, ready, invalid, fetch_failed };

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

// What the end-to-end tests can ask through window.protocolwijzer.state().
// Filled in while drawing, in CSS pixels.
struct TestProbe {
    std::map<std::string, Rect> step_rects; // visible step boxes on the map
    Rect map_rect;
    std::string detail_title; // the heading the detail panel shows
    float map_scroll_x = 0, map_scroll_y = 0;
    int frames = 0;
};

struct AppState {
    ContentStatus status = ContentStatus::loading;
    LoadResult content;

    std::string case_type;       // id of the case type on the map
    std::string step;            // id of the selected step, or empty
    std::string published_route; // the hash the browser shows
    bool scroll_to_step = false; // bring the selected step into view once

    float dpr = 1.0f;        // device pixels per CSS pixel
    float text_scale = 1.0f; // user preference
    Fonts fonts;

    SwimlaneLayout layout; // of case_type, recomputed when it changes
    std::string layout_for;

    TestProbe probe;

    float scale() const { return dpr * text_scale; } // UI units -> device pixels
};

} // namespace pw::ui
