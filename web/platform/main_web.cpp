// Entry point in the browser: GLFW emulation + WebGL2, the main loop, and the
// glue between browser events and the app state.
#include "platform/a11y_mirror.hpp"
#include "platform/browser.hpp"
#include "ui/fonts.hpp"
#include "platform/frame_stats.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/http.hpp"
#include "ui/app.hpp"
#include "ui/classroom_actions.hpp"
#include "ui/map_geometry.hpp"
#include "ui/navigation.hpp"
#include "ui/theme.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace {

constexpr const char* kStorageKey = "protocolwijzer";

struct Platform {
    GLFWwindow* window = nullptr;
    pw::ui::AppState state;
    pw::ui::FontFiles font_files;
    int font_fetches_pending = 2;
    float fonts_built_for = 0.0f; // scale of the current atlas, 0 = none yet
    pw::ui::Theme theme_applied = pw::ui::Theme::light;
    bool announced = false;
    bool text_input_focused = false;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
    std::string clipboard;              // what ImGui last copied
    std::vector<pw::ui::A11yNode> a11y; // last frame's accessibility tree
    unsigned click_id = 0;              // a widget activated through the mirror
    int click_phase = 0;                // 1: press next frame, 2: release
    ImVec2 click_at;
};

Platform g;

// ImGui 1.86 samples key state once per frame: a key pressed and released
// between two frames (a quick tap while a frame is slow) would be lost. A
// release that comes before ImGui has seen the press waits for the end of the frame.
std::vector<int> g_pressed_since_frame;
std::vector<std::array<int, 4>> g_deferred_releases; // key, scancode, action, mods

void key_callback(GLFWwindow* window, int key, int scancode, int action, int mods) {
    const bool unseen = std::find(g_pressed_since_frame.begin(), g_pressed_since_frame.end(),
                                  key) != g_pressed_since_frame.end();
    if (action == GLFW_RELEASE && unseen) {
        g_deferred_releases.push_back({key, scancode, action, mods});
        return;
    }
    if (action == GLFW_PRESS) g_pressed_since_frame.push_back(key);
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

void release_deferred_keys() {
    g_pressed_since_frame.clear();
    for (const auto& k : g_deferred_releases)
        ImGui_ImplGlfw_KeyCallback(g.window, k[0], k[1], k[2], k[3]);
    g_deferred_releases.clear();
}

const char* css_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_TextInput:
        return "text";
    case ImGuiMouseCursor_Hand:
        return "pointer";
    case ImGuiMouseCursor_ResizeAll:
        return "move";
    case ImGuiMouseCursor_ResizeEW:
        return "ew-resize";
    case ImGuiMouseCursor_ResizeNS:
        return "ns-resize";
    case ImGuiMouseCursor_NotAllowed:
        return "not-allowed";
    default:
        return "default";
    }
}

void on_content(std::string_view bundle) {
    pw::platform::performance_mark("pw-content-arrived");
    const double started = pw::platform::now_ms();
    pw::ui::load_content_bundle(g.state, bundle);
    pw::platform::content_loaded_in(pw::platform::now_ms() - started);
    pw::platform::performance_mark("pw-content-loaded");
    pw::ui::apply_route(g.state, pw::platform::location_hash());
}

void on_content_failed() {
    g.state.status = pw::ui::ContentStatus::fetch_failed;
}

void font_fetched() {
    --g.font_fetches_pending;
}

void apply_settings() {
    const float scale = g.state.scale();
    const pw::ui::Theme theme =
        g.state.progress.settings.theme == "dark" ? pw::ui::Theme::dark : pw::ui::Theme::light;
    if (g.font_fetches_pending > 0) return;
    if (g.fonts_built_for != scale) {
        g.state.fonts = pw::ui::build_fonts(g.font_files, scale);
        pw::platform::renderer_upload_fonts();
        if (g.fonts_built_for == 0.0f) pw::platform::performance_mark("pw-fonts-built");
        g.fonts_built_for = scale;
        g.theme_applied = theme;
        pw::ui::apply_theme(theme, scale);
    } else if (g.theme_applied != theme) {
        g.theme_applied = theme;
        pw::ui::apply_theme(theme, scale);
    }
}

void publish_route() {
    const std::string route = pw::ui::current_route(g.state);
    if (g.state.status != pw::ui::ContentStatus::ready || route == g.state.published_route) return;
    pw::platform::set_location_hash(route, !g.state.replace_history);
    g.state.replace_history = false;
    g.state.published_route = route;
}

void save_progress() {
    if (!g.state.progress_dirty) return;
    pw::platform::storage_set(kStorageKey, pw::serialize_progress(g.state.progress));
    g.state.progress_dirty = false;
}

// A widget activated through the mirror gets a real click at its centre:
// pressed in one frame, released in the next, as a mouse would.
void inject_mirror_click(ImGuiIO& io) {
    if (g.click_phase == 0) {
        const unsigned id = pw::platform::take_a11y_activation();
        for (const auto& node : g.a11y)
            if (id != 0 && node.id == id) {
                g.click_at = ImVec2((node.rect.x + node.rect.w * 0.5f) * g.state.dpr,
                                    (node.rect.y + node.rect.h * 0.5f) * g.state.dpr);
                g.click_phase = 1;
            }
    }
    if (g.click_phase == 0) return;
    io.MousePos = g.click_at;
    io.MouseDown[0] = g.click_phase == 1;
    g.click_phase = g.click_phase == 1 ? 2 : 0;
}

void frame() {
    pw::platform::frame_started();
    const pw::platform::CanvasSize canvas = pw::platform::sync_canvas_size();
    g.state.dpr = canvas.dpr;
    g.state.time = ImGui::GetTime();
    g.state.map.pending_zoom += pw::platform::take_wheel_zoom();
    apply_settings();

    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    inject_mirror_click(io);
    // ImGui works in device pixels: the canvas backing store is CSS size x DPR
    // and the fonts are rasterised at that size, so nothing is scaled up.
    io.DisplaySize =
        ImVec2(static_cast<float>(canvas.pixel_width), static_cast<float>(canvas.pixel_height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    ImGui::NewFrame();
    const bool fonts_ready = g.fonts_built_for > 0.0f;
    pw::ui::a11y_begin_frame();
    if (fonts_ready) pw::ui::draw_app(g.state);
    g.a11y = pw::ui::a11y_end_frame(g.state.dpr);
    pw::platform::update_a11y_mirror(g.a11y, pw::ui::a11y_focused_id());
    ImGui::Render();
    release_deferred_keys();

    glViewport(0, 0, canvas.pixel_width, canvas.pixel_height);
    const ImVec4 clear = ImGui::ColorConvertU32ToFloat4(pw::ui::colours().page);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    pw::platform::renderer_draw(ImGui::GetDrawData(), canvas.pixel_width, canvas.pixel_height);

    if (ImGui::GetMouseCursor() != g.cursor) {
        g.cursor = ImGui::GetMouseCursor();
        pw::platform::set_css_cursor(css_cursor(g.cursor));
    }
    // A click on the canvas takes the browser's focus from the textarea, also
    // when it moves ImGui from one text field to another: focus it again then.
    const bool clicked = io.MouseClicked[0] || io.MouseReleased[0];
    if (io.WantTextInput != g.text_input_focused || (io.WantTextInput && clicked)) {
        g.text_input_focused = io.WantTextInput;
        pw::platform::focus_text_input(g.text_input_focused);
    }
    if (g.state.clipboard_request == "copy-link")
        pw::platform::copy_to_clipboard(pw::platform::location_href());
    g.state.clipboard_request.clear();
    for (const pw::ui::HttpCall& call : g.state.http_out)
        pw::platform::http_request(call.method, call.path, call.body, call.trainer_key,
                                   [call](int status, std::string body) {
                                       pw::ui::apply_http_response(g.state, call, status, body);
                                   });
    g.state.http_out.clear();
    if (g.state.download) {
        pw::platform::download_file(g.state.download->filename, g.state.download->mime,
                                    g.state.download->text);
        g.state.download.reset();
    }
    publish_route();
    save_progress();
    // The service worker's news is checked about once a second, not every frame.
    if (g.state.probe.frames % 60 == 0) g.state.update_ready = pw::platform::update_ready();
    if (!g.state.open_url_request.empty()) {
        pw::platform::open_url(g.state.open_url_request);
        g.state.open_url_request.clear();
    }
    if (g.state.update_requested) {
        g.state.update_requested = false;
        pw::platform::apply_update();
    }
    // The search index is built in the frame after the first full one.
    if (g.announced && g.state.status == pw::ui::ContentStatus::ready) g.state.search_index();
    if (!g.announced && fonts_ready && g.state.status != pw::ui::ContentStatus::loading) {
        g.announced = true;
        pw::platform::announce_ready();
    }
    pw::platform::frame_finished(fonts_ready);
}

void set_clipboard(void*, const char* text) {
    g.clipboard = text;
    pw::platform::copy_to_clipboard(g.clipboard);
}

// Pasting goes through the browser's paste event (pw_paste), never through ImGui.
const char* get_clipboard(void*) {
    return "";
}

} // namespace

extern "C" {

// window.protocolwijzer.state() for end-to-end tests (see web/README.md).
EMSCRIPTEN_KEEPALIVE const char* pw_test_state() {
    static std::string json;
    json = pw::ui::test_state_json(g.state);
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE void pw_on_hash_change() {
    const std::string hash = pw::platform::location_hash();
    if (hash != g.state.published_route) pw::ui::apply_route(g.state, hash);
}

// Text typed, composed (dead keys, IME) or pasted into the hidden textarea.
EMSCRIPTEN_KEEPALIVE void pw_text_input(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

// Pasted text (Ctrl+V, or the context menu). ImGui ignores typed characters
// while Ctrl is down, so Ctrl is released for ImGui here; its own Ctrl+V reads
// an always-empty clipboard, so nothing is pasted twice.
EMSCRIPTEN_KEEPALIVE void pw_paste(const char* utf8) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[GLFW_KEY_LEFT_CONTROL] = io.KeysDown[GLFW_KEY_RIGHT_CONTROL] = false;
    io.KeysDown[GLFW_KEY_LEFT_SUPER] = io.KeysDown[GLFW_KEY_RIGHT_SUPER] = false;
    io.KeyCtrl = io.KeySuper = false;
    io.AddInputCharactersUTF8(utf8);
}

// Keys that work anywhere outside a text field: / search, + - 0 zoom, Escape back.
// Returns 1 when handled (the browser default is then prevented).
EMSCRIPTEN_KEEPALIVE int pw_shortcut(int code) {
    if (ImGui::GetCurrentContext() == nullptr || ImGui::GetIO().WantTextInput) return 0;
    // With a popup or combo open, keys (Escape above all) are ImGui's.
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
        return 0;
    pw::ui::AppState& s = g.state;
    if (s.status != pw::ui::ContentStatus::ready) return 0;
    const bool on_map = s.route.kind == pw::Route::Kind::case_type ||
                        s.route.kind == pw::Route::Kind::step ||
                        s.route.kind == pw::Route::Kind::example;
    switch (code) {
    case 1:
        s.search.focus_requested = true;
        return 1;
    case 2:
        if (on_map) s.map.zoom = std::min(pw::ui::kMaxZoom, s.map.zoom * 1.2f);
        return on_map;
    case 3:
        if (on_map) s.map.zoom = std::max(pw::ui::kMinZoom, s.map.zoom / 1.2f);
        return on_map;
    case 4:
        if (on_map) s.map.fit_all_requested = true;
        return on_map;
    case 5:
        // Escape leaves a step or a search for the place around it.
        if (s.route.kind == pw::Route::Kind::step) {
            pw::ui::navigate(s,
                             pw::Route{pw::Route::Kind::case_type, s.route.case_type, {}, {}, {}});
            return 1;
        }
        if (s.route.kind == pw::Route::Kind::search) {
            pw::ui::navigate(s, s.search.return_to);
            return 1;
        }
        return 0;
    default:
        return 0;
    }
}

} // extern "C"

int main() {
    pw::platform::performance_mark("pw-main");
    if (!glfwInit()) return 1;
    const pw::platform::CanvasSize canvas = pw::platform::sync_canvas_size();
    g.window = glfwCreateWindow(canvas.pixel_width, canvas.pixel_height, "Protocolwijzer", nullptr,
                                nullptr);
    if (!g.window) return 1;
    glfwMakeContextCurrent(g.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // settings belong to the app, not to imgui.ini
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NoMouseCursorChange;
    ImGui_ImplGlfw_InitForOpenGL(g.window, true);
    glfwSetScrollCallback(g.window, nullptr); // replaced by the normalised wheel handler
    glfwSetCharCallback(g.window, nullptr);   // text comes through the hidden textarea
    glfwSetKeyCallback(g.window, key_callback);
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    if (!pw::platform::renderer_init()) return 1;
    pw::platform::performance_mark("pw-gl-ready");
    pw::platform::install_wheel_handler();
    pw::platform::install_text_input();
    pw::platform::install_a11y_mirror();

    // Settings and progress first, so the first frame already has the user's text size and theme.
    pw::ui::load_progress(g.state, pw::platform::storage_get(kStorageKey));
    if (!pw::platform::single_file()) g.state.text_version_url = "tekst.html";

    pw::platform::load_asset("content.json", on_content, on_content_failed);
    pw::platform::load_asset(
        "fonts/ui-regular.ttf",
        [](std::string_view d) {
            g.font_files.regular = std::string(d);
            font_fetched();
        },
        font_fetched);
    pw::platform::load_asset(
        "fonts/ui-bold.ttf",
        [](std::string_view d) {
            g.font_files.bold = std::string(d);
            font_fetched();
        },
        font_fetched);
    pw::platform::listen_for_hash_changes();

    emscripten_set_main_loop(frame, 0, false);
    pw::platform::performance_mark("pw-main-done");
    return 0;
}
