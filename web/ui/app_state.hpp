// Everything the views read and change. Plain data: the platform layer fills
// in what comes from the browser (content, size, route, stored progress), the
// views the rest.
#pragma once

#include "pw/content_loader.hpp"
#include "pw/onboarding.hpp"
#include "pw/progress.hpp"
#include "pw/routes.hpp"
#include "pw/search.hpp"
#include "pw/swimlane_layout.hpp"
#include "pw/walkthrough.hpp"
#include "ui/training_state.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct ImFont;

namespace pw::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* small = nullptr;
    ImFont* large = nullptr; // running text in trainer mode
};

enum class ContentStatus { loading, ready, invalid, fetch_failed };

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
};

// What the end-to-end tests can ask through window.protocolwijzer.state().
// Filled in while drawing, in CSS pixels.
struct TestProbe {
    std::map<std::string, Rect> step_rects;        // visible step boxes on the map
    std::map<std::string, Rect> items;             // named controls (see probe_item)
    std::map<std::string, std::string> texts;      // text shown in named places (score)
    std::map<std::string, std::string> lens_steps; // step -> "voert uit, stuurt, ontvangt"
    Rect map_rect;
    std::string detail_title; // the heading the main panel shows
    std::string view;         // home, map, search, role, term, ..., not_found
    std::vector<std::string> search_titles;
    float map_scroll_x = 0, map_scroll_y = 0, map_zoom = 1;
    int frames = 0;
};

struct MapView {
    float zoom = 1.0f;
    bool fit_requested = true;      // opening a process: all lanes in view on the next frame
    bool fit_all_requested = false; // "Passend": the whole map in view on the next frame
    bool dragging = false;
    float pending_zoom = 0; // ctrl+wheel notches since the last frame
};

struct SearchState {
    std::string query;
    std::vector<SearchHit> hits;
    std::string hits_for; // the query `hits` belong to
    bool focus_requested = false;
    Route return_to; // where Escape goes back to
};

struct AppState {
    ContentStatus status = ContentStatus::loading;
    LoadResult content;
    // Built on first use, so that the first frame does not wait for it
    // (main_web.cpp builds it in the frame after the app is ready).
    std::optional<SearchIndex> search_index_built;
    const SearchIndex& search_index() {
        if (!search_index_built) search_index_built = SearchIndex::build(content.model);
        return *search_index_built;
    }
    std::vector<OnboardingItem> onboarding;
    // Text that is explained on hover: abbreviation or term -> glossary id.
    std::unordered_map<std::string, std::string> glossary_lookup;

    Route route;                  // where the user is
    std::string not_found;        // a route that could not be opened, or empty
    std::string published_route;  // the hash the browser shows
    bool replace_history = false; // publish the next route without a history entry

    std::string case_type; // the process on the map (kept while visiting other places)
    std::string lens;      // role or organisation whose part is highlighted, or empty
    bool scroll_to_step = false;
    MapView map;
    std::optional<Walkthrough> walkthrough;
    SearchState search;
    TrainingState training;
    ClassroomState classroom;
    std::vector<HttpCall> http_out; // requests for the platform to send, once

    Progress progress;
    bool progress_dirty = false;
    std::string notice; // a message for the user (stored progress reset, link copied)
    double notice_until = 0;
    std::string clipboard_request;           // text the platform puts on the clipboard
    std::optional<DownloadRequest> download; // a file the platform offers, once
    std::string text_version_url;            // "tekst.html" when served (not in the single file)
    std::string open_url_request;            // a page the platform opens in this tab, once
    bool update_ready = false;     // a newer build is installed and waits (service worker)
    bool update_requested = false; // the user asked to switch to it

    float top_bar_widths[3] = {320, 230,
                               230}; // search, process, lens: fitted to the window each frame
    float dpr = 1.0f;                // device pixels per CSS pixel
    Fonts fonts;
    double time = 0; // seconds, for notices

    SwimlaneLayout layout; // of case_type, recomputed when it changes
    std::string layout_for;

    TestProbe probe;

    // Trainer mode is for a projector: text at least this large.
    static constexpr float kTrainerTextScale = 1.5f;
    float text_scale() const {
        return route.kind == Route::Kind::trainer && not_found.empty()
                   ? std::max(progress.settings.text_scale, kTrainerTextScale)
                   : progress.settings.text_scale;
    }
    float scale() const { return dpr * text_scale(); } // UI units -> device pixels
};

} // namespace pw::ui
