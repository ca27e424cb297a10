// Pixels of the swimlane map at a given zoom, the map view's own state, and
// the parts of the map that are not boxes and flows: lane labels, the
// walkthrough token, pan and zoom input.
#pragma once

#include "pw/swimlane_layout.hpp"
#include "pw/walkthrough.hpp"
#include "ui/app_state.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace pw::ui {

// The layout of one process, computed again only when the process changes.
class LayoutCache {
  public:
    const SwimlaneLayout& of(const Model& model, const CaseType& case_type);

  private:
    SwimlaneLayout layout_;
    std::string case_type_;
};

// What the process map keeps between frames.
struct MapViewState {
    std::string shown_process; // opening another process fits it
    float zoom = 1.0f;
    bool fit_requested = true;      // opening a process: all lanes in view on the next frame
    bool fit_all_requested = false; // "Passend": the whole map in view on the next frame
    bool scroll_to_step = false;    // the selected step (or the token) into view, once
    bool dragging = false;
    float pending_zoom = 0; // ctrl+wheel notches since the last frame
    ImVec2 last_size;       // the map's size in the last frame: a resize keeps the step in view
    LayoutCache layout;
    // What the map showed in the last frame, CSS pixels (the test hook reports it).
    Rect shown;
    float scroll_x = 0, scroll_y = 0;
    // Each step in words for the screen reader (lane, flows, next steps), by
    // step index, made once per process and language (`described`), not per frame.
    std::vector<std::string> descriptions;
    std::vector<std::string> hrefs; // each step's route, by step index: its link in the mirror
    std::vector<std::string> names; // each step's name without the lens's or changes' marks
    std::string described;
};

// Zooming out past the readable size is allowed (an overview of a long
// process); below about a third of the normal size the map shows shapes only.
inline constexpr float kMinZoom = 0.1f;
inline constexpr float kMaxZoom = 1.6f;
// The smallest map text, in UI units (pixels at 100 % text size): the body
// text's smallest size. Opening a process and "Passend" never go below it.
inline constexpr float kReadableTextUnits = 11.0f;

// Sizes in device pixels: z = scale (device pixels per UI unit) x zoom.
struct MapMetrics {
    float zoom, z, label_w, lane_h, slot_w, pad, box_h, chip_h, chip_w, rounding;
    MapMetrics(float scale, float zoom_factor)
        : zoom(zoom_factor), z(scale * zoom_factor), label_w(176 * z), lane_h(120 * z),
          slot_w(212 * z), pad(14 * z), box_h(76 * z), chip_h(54 * z), chip_w(192 * z),
          rounding(6 * z) {}
};

struct MapExtent {
    float width = 0, height = 0;
};
MapExtent map_extent(const SwimlaneLayout& layout, const MapMetrics& metrics);

struct MapGeometry {
    ImVec2 origin; // top-left of the lanes' content (scrolled)
    MapMetrics m;
    float lane_top(int lane) const { return origin.y + static_cast<float>(lane) * m.lane_h; }
    float lane_mid(int lane) const { return lane_top(lane) + m.lane_h * 0.5f; }
    float slot_left(int slot) const {
        return origin.x + m.label_w + static_cast<float>(slot) * m.slot_w;
    }
    float slot_mid(int slot) const { return slot_left(slot) + m.slot_w * 0.5f; }
    ImVec2 box_min(const StepBox& b) const {
        return ImVec2(slot_left(b.first_slot) + m.pad * 0.5f, lane_mid(b.lane) - m.box_h * 0.5f);
    }
    ImVec2 box_max(const StepBox& b) const {
        return ImVec2(slot_left(b.first_slot + b.slot_count) - m.pad * 0.5f,
                      lane_mid(b.lane) + m.box_h * 0.5f);
    }
    // Fonts are rasterised at the UI scale; the zoom scales them when drawn.
    float font_size(ImFont* font) const;
    float text_height(ImFont* font, float wrap_width, std::string_view text) const;
    float text_width(ImFont* font, std::string_view text) const;
    // `text` on one line of at most `width` pixels, shortened with "…" when longer.
    std::string fit_line(ImFont* font, std::string_view text, float width) const;
    // `clip`, when given: the rectangle (min x, min y, max x, max y) the text
    // stays in, cut glyph by glyph. A clip rectangle of the draw list's own
    // would start a draw call (and a scissor change) per box.
    void text(ImDrawList* dl, ImFont* font, ImVec2 pos, float wrap_width, ImU32 colour,
              std::string_view text, const ImVec4* clip = nullptr) const;
};

// The next or previous level of an even ladder (50, 67, 75, 90, 100, 110,
// 125 % ...): the buttons and the + and - keys.
void step_zoom(MapViewState& map, int direction);
// The zoom at which the map's smallest text is readable (kReadableTextUnits).
float readable_zoom(float small_font_size, float scale);
// Drag to pan, ctrl+wheel (or a pinch) to zoom around the pointer; the wheel
// scrolls, as everywhere on the page; call inside the map child window.
void apply_map_input(MapViewState& map);
// Call after the steps are submitted: a press on the background starts a drag.
void start_map_drag(MapViewState& map);
// The token on the current walkthrough step and ticks on the steps passed.
void draw_walkthrough_marks(ImDrawList* dl, const AppState& state, const Walkthrough& walkthrough,
                            const Step& step, ImVec2 box_min, ImVec2 box_max, float z);
// Organisation names in a column that stays put while the map scrolls sideways.
void draw_lane_labels(ImDrawList* dl, const AppState& state, const Model& model,
                      const SwimlaneLayout& layout, const MapGeometry& g, ImVec2 window_pos);

} // namespace pw::ui
