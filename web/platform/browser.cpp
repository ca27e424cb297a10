#include "platform/browser.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace pw::platform {
namespace {

// clang-format off
// The canvas's size in CSS pixels, kept by a ResizeObserver: read from the
// layout every frame (getBoundingClientRect), it forced a layout whenever the
// frame before had changed the page (the mirror). A resize reaches the app
// one frame late; a zoom (a new device pixel ratio, which the app reads each
// frame) is measured at once, so that size and ratio always belong together.
// One call a frame: the CSS size, the device pixel ratio and the canvas's
// backing store size (emscripten's own getter looks the canvas up by selector).
EM_JS(void, js_canvas_size, (double* width, double* height, double* dpr, int* pixels), {
    let size = Module.pwCanvasSize;
    if (!size || size[2] !== window.devicePixelRatio) {
        const box = Module.canvas.getBoundingClientRect();
        size = [box.width, box.height, window.devicePixelRatio];
        if (typeof ResizeObserver === "function") {
            if (!Module.pwCanvasSize) {
                new ResizeObserver((entries) => {
                    const box = entries[entries.length - 1].contentRect;
                    Module.pwCanvasSize = [box.width, box.height, window.devicePixelRatio];
                }).observe(Module.canvas);
            }
            Module.pwCanvasSize = size;
        }
    }
    HEAPF64[width >> 3] = size[0];
    HEAPF64[height >> 3] = size[1];
    HEAPF64[dpr >> 3] = size[2];
    HEAP32[pixels >> 2] = Module.canvas.width;
    HEAP32[(pixels >> 2) + 1] = Module.canvas.height;
});
EM_JS(char*, js_location_hash, (), {
    return allocateUTF8(window.location.hash || "");
});
EM_JS(char*, js_location_href, (), {
    return allocateUTF8(window.location.href);
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
// More contrast: asked for (prefers-contrast: more) or forced (forced-colors:
// active, e.g. Windows' contrast themes). Told now and on every change.
EM_JS(void, js_listen_for_contrast_preference, (), {
    if (!window.matchMedia) return;
    const queries = ["(prefers-contrast: more)", "(forced-colors: active)"].map((q) => window.matchMedia(q));
    const notify = () => Module._pw_on_contrast(queries.some((q) => q.matches) ? 1 : 0);
    for (const q of queries) q.addEventListener("change", notify);
    notify();
});
// The system's light or dark (prefers-color-scheme), followed while the user
// chose no theme. Told now and on every change.
EM_JS(void, js_listen_for_color_scheme, (), {
    if (!window.matchMedia) return;
    const dark = window.matchMedia("(prefers-color-scheme: dark)");
    const notify = () => Module._pw_on_color_scheme(dark.matches ? 1 : 0);
    dark.addEventListener("change", notify);
    notify();
});
EM_JS(void, js_set_cursor, (const char* cursor), {
    Module.canvas.style.cursor = UTF8ToString(cursor);
});
EM_JS(void, js_announce_ready, (), {
    const hook = window.protocolwijzer || (window.protocolwijzer = {});
    hook.ready = true;
    if (typeof performance !== "undefined" && performance.mark) performance.mark("pw-ready");
    const status = document.getElementById("status");
    if (status) status.textContent = "";
    console.log("[protocolwijzer] ready");
});
EM_JS(void, js_show_fonts_failed, (), {
    const status = document.getElementById("status");
    if (!status) return;
    status.textContent = "De lettertypen van Protocolwijzer konden niet worden geladen. " +
                         "Laad de pagina opnieuw, of lees de ";
    const link = document.createElement("a");
    link.href = "tekst.html";
    link.textContent = "tekstversie";
    status.append(link, ".");
    console.warn("[protocolwijzer] fonts failed to load");
});
EM_JS(void, js_describe_page, (const char* title, const char* language, const char* skip), {
    document.title = UTF8ToString(title);
    document.documentElement.lang = UTF8ToString(language);
    const link = document.getElementById("skip-link");
    if (link) link.textContent = UTF8ToString(skip);
});
// Emptied first, then filled in the next task: the same message twice is said twice.
EM_JS(void, js_announce, (const char* text), {
    const region = document.getElementById("announce");
    if (!region) return;
    const message = UTF8ToString(text);
    region.textContent = "";
    // Emptied first so that the same words are said again; a message still
    // waiting is dropped, so that an older place is never said after a newer one.
    clearTimeout(Module.pwAnnounceTimer);
    Module.pwAnnounceTimer = setTimeout(() => { region.textContent = message; }, 50);
});
// which: 0 localStorage (the user's progress), 1 sessionStorage (this tab's class).
EM_JS(char*, js_storage_get, (int which, const char* key), {
    try {
        const store = which ? window.sessionStorage : window.localStorage;
        const v = store.getItem(UTF8ToString(key));
        return v === null ? 0 : allocateUTF8(v);
    } catch (e) {
        return 0;
    }
});
EM_JS(void, js_storage_set, (int which, const char* key, const char* value), {
    try {
        const store = which ? window.sessionStorage : window.localStorage;
        const v = UTF8ToString(value);
        if (v) store.setItem(UTF8ToString(key), v); else store.removeItem(UTF8ToString(key));
    } catch (e) {
        // Storage can be full or forbidden (private mode): the app works on without it.
    }
});
EM_JS(void, js_copy_to_clipboard, (const char* text), {
    const t = UTF8ToString(text);
    const fallback = () => {
        const area = document.createElement("textarea");
        area.value = t;
        area.setAttribute("readonly", "");
        area.className = "offscreen";
        document.body.appendChild(area);
        area.select();
        try { document.execCommand("copy"); } catch (e) {}
        area.remove();
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(t).catch(fallback);
    else fallback();
});
// The bytes are copied into a Blob and offered through a temporary link.
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
    const blob = new Blob([HEAPU8.slice(data, data + size)], {type: UTF8ToString(mime)});
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = UTF8ToString(name);
    link.className = "offscreen";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
});
// A file chosen by the user, read as text in the page: nothing leaves the
// browser. Larger than a content file can be: refused before it is read.
EM_JS(void, js_pick_file, (const char* accept), {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = UTF8ToString(accept);
    input.className = "offscreen";
    document.body.appendChild(input);
    const done = (name, text, problem) => {
        input.remove();
        const n = allocateUTF8(name), t = allocateUTF8(text), p = allocateUTF8(problem);
        Module._pw_file_picked(n, t, p);
        _free(n); _free(t); _free(p);
    };
    input.addEventListener("change", () => {
        const file = input.files && input.files[0];
        if (!file) return input.remove();
        if (file.size > 1048576)
            return done(file.name, "", "Dit bestand is te groot voor een oefening (meer dan 1 MB).");
        file.text().then((text) => done(file.name, text, ""),
                         () => done(file.name, "", "Dit bestand kon niet worden gelezen."));
    });
    input.addEventListener("cancel", () => input.remove());
    input.click();
});
EM_JS(void, js_install_text_input, (), {
    const input = document.getElementById("text-input");
    if (input) {
        input.addEventListener("input", (e) => {
            const value = input.value;
            input.value = "";
            if (!value) return;
            const p = allocateUTF8(value);
            if (e.inputType === "insertFromPaste") Module._pw_paste(p);
            else Module._pw_text_input(p);
            Module._free(p);
        });
    }
    window.addEventListener("keydown", (e) => {
        if (e.ctrlKey || e.metaKey || e.altKey || !e.key) return;
        const key = allocateUTF8(e.key);
        if (Module._pw_key(key)) e.preventDefault();
        Module._free(key);
    }, true);
});
EM_JS(void, js_focus_text_input, (int focused), {
    const input = document.getElementById("text-input");
    if (!input) return;
    if (focused) input.focus({ preventScroll: true });
    else if (document.activeElement === input) Module.canvas.focus({ preventScroll: true });
});
// clang-format on

std::string take_js_string(char* raw) {
    if (!raw) return {};
    std::string out(raw);
    std::free(raw);
    return out;
}

struct FetchCallbacks {
    std::function<void(std::string_view)> on_load;
    std::function<void()> on_error;
};

// Asks boot.js for an asset's bytes (hashed name, or embedded in the single
// file) and hands them to pw_asset_loaded / pw_asset_failed below.
// clang-format off
EM_JS(void, js_load_asset, (const char* name, void* context), {
    window.protocolwijzer.loadAsset(UTF8ToString(name)).then((bytes) => {
        const data = _malloc(bytes.length);
        HEAPU8.set(bytes, data);
        Module._pw_asset_loaded(context, data, bytes.length);
        _free(data);
    }, () => {
        Module._pw_asset_failed(context); // the app says what failed
    });
});
EM_JS(void, js_listen_for_update, (), {
    const hook = window.protocolwijzer;
    hook.onUpdateReady = () => Module._pw_update_ready();
    if (hook.updateReady) hook.onUpdateReady();
});
EM_JS(void, js_apply_update, (), {
    window.protocolwijzer.applyUpdate();
});
EM_JS(int, js_single_file, (), {
    return window.PW_EMBEDDED ? 1 : 0;
});
EM_JS(void, js_open_url, (const char* url, int new_tab), {
    var address = UTF8ToString(url);
    // A blocked pop-up opens the page here instead: the user gets it either way.
    if (!new_tab || !window.open(address, "_blank")) window.location.href = address;
});
// clang-format on

float g_wheel_zoom = 0.0f;

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // deltaMode 0: pixels (about 100 per notch), 1: lines (3 per notch), 2: pages.
    double scale = 1.0 / 100.0;
    if (e->deltaMode == DOM_DELTA_LINE) scale = 1.0 / 3.0;
    if (e->deltaMode == DOM_DELTA_PAGE) scale = 10.0;
    if (e->mouse.ctrlKey) {
        g_wheel_zoom -= static_cast<float>(e->deltaY * scale);
        return EM_TRUE;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= static_cast<float>(e->deltaY * scale);
    io.MouseWheelH -= static_cast<float>(e->deltaX * scale);
    return EM_TRUE; // the page itself never scrolls
}

} // namespace

CanvasSize sync_canvas_size() {
    CanvasSize c;
    double dpr = 1;
    int current[2] = {0, 0};
    js_canvas_size(&c.css_width, &c.css_height, &dpr, current);
    c.dpr = static_cast<float>(dpr);
    c.pixel_width = static_cast<int>(std::lround(c.css_width * c.dpr));
    c.pixel_height = static_cast<int>(std::lround(c.css_height * c.dpr));
    if (current[0] != c.pixel_width || current[1] != c.pixel_height)
        emscripten_set_canvas_element_size("#canvas", c.pixel_width, c.pixel_height);
    return c;
}

std::string location_hash() {
    return take_js_string(js_location_hash());
}
std::string location_href() {
    return take_js_string(js_location_href());
}
void set_location_hash(const std::string& hash, bool push) {
    js_set_location_hash(hash.c_str(), push ? 1 : 0);
}
void listen_for_hash_changes() {
    js_listen_for_hash_changes();
}

void listen_for_contrast_preference() {
    js_listen_for_contrast_preference();
}

void listen_for_color_scheme() {
    js_listen_for_color_scheme();
}
void set_css_cursor(const char* cursor) {
    js_set_cursor(cursor);
}
// The service worker's copy for offline use (boot.js) starts once the rest of the content
// is in: its twenty-odd files would otherwise queue before rest.pack.
EM_JS(void, js_start_offline_copy, (), {
    const hook = window.protocolwijzer;
    if (hook && hook.afterReady) hook.afterReady();
});

void start_offline_copy() {
    js_start_offline_copy();
}

void announce_ready() {
    js_announce_ready();
}

void show_fonts_failed() {
    js_show_fonts_failed();
}

void describe_page(const std::string& title, const std::string& language,
                   const std::string& skip_link) {
    js_describe_page(title.c_str(), language.c_str(), skip_link.c_str());
}

void announce(const std::string& text) {
    js_announce(text.c_str());
}

void load_asset(const char* name, std::function<void(std::string_view)> on_load,
                std::function<void()> on_error) {
    js_load_asset(name, new FetchCallbacks{std::move(on_load), std::move(on_error)});
}

void listen_for_update() {
    js_listen_for_update();
}
void apply_update() {
    js_apply_update();
}
bool single_file() {
    return js_single_file() != 0;
}
void open_url(const std::string& url, bool new_tab) {
    js_open_url(url.c_str(), new_tab ? 1 : 0);
}

void install_wheel_handler() {
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, on_wheel);
}

float take_wheel_zoom() {
    const float z = g_wheel_zoom;
    g_wheel_zoom = 0.0f;
    return z;
}

std::string storage_get(const char* key) {
    return take_js_string(js_storage_get(0, key));
}
void storage_set(const char* key, const std::string& value) {
    js_storage_set(0, key, value.c_str());
}
std::string tab_storage_get(const char* key) {
    return take_js_string(js_storage_get(1, key));
}
void tab_storage_set(const char* key, const std::string& value) {
    js_storage_set(1, key, value.c_str());
}
void copy_to_clipboard(const std::string& text) {
    js_copy_to_clipboard(text.c_str());
}
void pick_file(const std::string& accept) {
    js_pick_file(accept.c_str());
}
void download_file(const std::string& name, const std::string& mime, const std::string& data) {
    js_download(name.c_str(), mime.c_str(), data.data(), static_cast<int>(data.size()));
}
void install_text_input() {
    js_install_text_input();
}
void focus_text_input(bool focused) {
    js_focus_text_input(focused ? 1 : 0);
}

std::optional<ui::Shortcut> shortcut_for_key(std::string_view key) {
    using ui::Shortcut;
    if (key == "/") return Shortcut::focus_search;
    if (key == "+" || key == "=") return Shortcut::zoom_in; // "=" is "+" without Shift
    if (key == "-") return Shortcut::zoom_out;
    if (key == "0") return Shortcut::zoom_to_fit;
    if (key == "Escape") return Shortcut::leave;
    return std::nullopt;
}

} // namespace pw::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void pw_asset_loaded(void* context, const char* data, int size) {
    std::unique_ptr<pw::platform::FetchCallbacks> cb(
        static_cast<pw::platform::FetchCallbacks*>(context));
    cb->on_load(std::string_view(data, static_cast<std::size_t>(size)));
}

EMSCRIPTEN_KEEPALIVE void pw_asset_failed(void* context) {
    std::unique_ptr<pw::platform::FetchCallbacks> cb(
        static_cast<pw::platform::FetchCallbacks*>(context));
    cb->on_error();
}

} // extern "C"
