// The browser edge: everything that talks to emscripten or JavaScript.
#pragma once

#include "platform_only.hpp"

#include "ui/edge.hpp"

#include <functional>
#include <optional>
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
std::string location_href();
// push: a new history entry (back returns); otherwise the current one is replaced.
void set_location_hash(const std::string& hash, bool push);
// Calls the exported pw_on_hash_change() on every hashchange (back/forward, links).
void listen_for_hash_changes();
// Calls the exported pw_on_contrast() now and whenever the system's wish for
// more contrast (prefers-contrast: more, forced-colors: active) changes.
void listen_for_contrast_preference();
// Calls the exported pw_on_color_scheme() now and whenever the system's
// colour scheme (prefers-color-scheme: dark) changes.
void listen_for_color_scheme();

void set_css_cursor(const char* cursor);
// Sets window.protocolwijzer.ready and logs it, once the first real frame is drawn.
void announce_ready();
// The app is ready and the rest of its content is in: the service worker may copy the
// files for offline use now (boot.js).
void start_offline_copy();
// Neither font file arrived: the canvas cannot show text (the module holds
// no font of its own), so the page says so and points to the text version.
void show_fonts_failed();
// The document's title and the <html lang> attribute.
void describe_page(const std::string& title, const std::string& language,
                   const std::string& skip_link);
// Says `text` through the polite live region (#announce).
void announce(const std::string& text);

// An asset by its logical name ("content.json"): boot.js maps it to the
// build's hashed file, or to the bytes embedded in the single-file build.
void load_asset(const char* name, std::function<void(std::string_view)> on_load,
                std::function<void()> on_error);

// Calls the exported pw_update_ready() once the service worker holds a newer build.
void listen_for_update();
// Activates the waiting build; the page reloads into it.
void apply_update();
// The app runs from the single-file build (no text version, no service worker beside it).
bool single_file();
void open_url(const std::string& url, bool new_tab);

// Wheel input, normalised (the GLFW emulation passes raw pixel deltas). Ctrl+wheel
// (and a trackpad pinch, which browsers report as such) is collected as zoom.
void install_wheel_handler();
float take_wheel_zoom();

// localStorage; empty when absent or when storage is not allowed.
std::string storage_get(const char* key);
void storage_set(const char* key, const std::string& value);
// sessionStorage: this tab only, kept over a reload.
std::string tab_storage_get(const char* key);
void tab_storage_set(const char* key, const std::string& value);

void copy_to_clipboard(const std::string& text);
// Opens the browser's file chooser; the chosen file's text is handed to
// pw_file_picked (main_web.cpp).
void pick_file(const std::string& accept);
// Offers `data` as a file download (results, session summaries).
void download_file(const std::string& name, const std::string& mime, const std::string& data);

// Text arrives through a hidden textarea (dead keys, IME, paste all work there);
// it is focused while ImGui edits text. Every key pressed without a modifier
// goes to pw_key() by its DOM name. Both call exported functions of main_web.cpp.
void install_text_input();
void focus_text_input(bool focused);
// The shortcut a key (KeyboardEvent.key) stands for: "/", "+", "=", "-", "0", "Escape".
std::optional<ui::Shortcut> shortcut_for_key(std::string_view key);

} // namespace pw::platform
