// Entry point in the browser: GLFW emulation + WebGL2 and the main loop. The
// platform drives the UI (ui/app.hpp) and holds no rules of its own: it
// passes what the browser reports as events, draws the frames, and carries
// out the commands the UI gives (ui/edge.hpp).
#include "platform/a11y_mirror.hpp"
#include "platform/browser.hpp"
#include "platform/frame_pacing.hpp"
#include "platform/frame_picture.hpp"
#include "platform/frame_stats.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/http.hpp"
#include "pw/content_pack.hpp"
#include "ui/app.hpp"
#include "ui/authored_exercises.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

constexpr const char* kStorageKey = "protocolwijzer";
constexpr const char* kTabStorageKey = "protocolwijzer-klas";
constexpr const char* kDraftsKey = "protocolwijzer-oefeningen";
constexpr const char* kDamagedDraftsKey = "protocolwijzer-oefeningen-onleesbaar";

struct Platform {
    GLFWwindow* window = nullptr;
    std::unique_ptr<pw::ui::App> app;
    pw::ui::FontFiles font_files;
    int font_fetches_pending = 2;
    bool fonts_marked = false;
    bool text_input_focused = false;
    // Text typed after "/" before the search box is active (see pw_shortcut):
    // handed to ImGui once it is, or after kAwaitFrames frames in any case.
    bool awaiting_text_field = false;
    int awaited_frames = 0;
    std::string pending_text;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
    std::string clipboard; // what ImGui last copied
    unsigned click_id = 0; // a widget activated through the mirror, not yet pressed
    int click_waited = 0;  // frames it waited for a scroll
    int click_phase = 0;   // 1: press next frame, 2: release
    ImVec2 click_at;
    pw::ui::Rect click_seen;        // where the widget was drawn when last looked at
    bool ready = false;             // the app said it is ready: until then every frame is drawn
    std::uint64_t last_picture = 0; // what the canvas shows (frame_picture.hpp)
};

Platform g;

// An event for the app: also activity, so the next frames are drawn.
void deliver(pw::ui::Event event) {
    pw::platform::note_activity();
    g.app->handle(std::move(event));
}

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

void frame();

// The first screen drawn as soon as the fonts and the content are in, which
// arrive between frames, not in the next animation frame: the page would
// wait for it (tests/bench: ready).
void draw_first_screen_if_due() {
    if (g.app->first_screen_due()) frame();
}

// The app's work before a frame; a new font atlas is uploaded (and the first
// one marked for the benchmark).
void prepare_app(float dpr) {
    if (!g.app->prepare_frame(dpr, ImGui::GetTime())) return;
    pw::platform::renderer_upload_fonts();
    g.last_picture = 0; // a new font texture: draw again
    if (!g.fonts_marked) pw::platform::performance_mark(pw::platform::Mark::fonts_built);
    g.fonts_marked = true;
}

void font_fetched() {
    if (--g.font_fetches_pending != 0) return;
    if (g.font_files.regular.empty() && g.font_files.bold.empty())
        pw::platform::show_fonts_failed(); // the app waits for fonts and draws nothing
    else
        deliver(pw::ui::FontsArrived{g.font_files});
    // The atlas built now, between frames, not in the next frame: the page
    // would wait for that frame before it began (tests/bench: ready).
    prepare_app(pw::platform::sync_canvas_size().dpr);
    draw_first_screen_if_due();
}

// Carries out one thing the UI asked for.
// The rest of the content, asked for by the app once its first screen is drawn
// (content_pack.hpp): rest.pack, or content.json when the pack was refused.
void fetch_rest(bool from_json) {
    const char* name = from_json ? "content.json" : pw::kRestPackName;
    pw::platform::load_asset(
        name,
        [from_json](std::string_view bytes) {
            deliver(pw::ui::RestArrived{bytes, from_json});
        },
        [from_json] {
            deliver(pw::ui::RestArrived{{}, from_json, true});
        });
}

void run(const pw::ui::Command& command) {
    using namespace pw::ui;
    std::visit(
        [](const auto& c) {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, ShowRoute>) {
                pw::platform::set_location_hash(c.hash, c.new_history_entry);
            } else if constexpr (std::is_same_v<C, CopyLink>) {
                pw::platform::copy_to_clipboard(pw::platform::location_href());
            } else if constexpr (std::is_same_v<C, CopyText>) {
                pw::platform::copy_to_clipboard(c.text);
            } else if constexpr (std::is_same_v<C, OpenUrl>) {
                pw::platform::open_url(c.url, c.new_tab);
            } else if constexpr (std::is_same_v<C, Download>) {
                pw::platform::download_file(c.filename, c.mime, c.data);
            } else if constexpr (std::is_same_v<C, SaveProgress>) {
                pw::platform::storage_set(kStorageKey, c.text);
            } else if constexpr (std::is_same_v<C, SaveDrafts>) {
                pw::platform::storage_set(c.damaged ? kDamagedDraftsKey : kDraftsKey, c.text);
            } else if constexpr (std::is_same_v<C, PickFile>) {
                pw::platform::pick_file(c.accept);
            } else if constexpr (std::is_same_v<C, SaveTabState>) {
                pw::platform::tab_storage_set(kTabStorageKey, c.text);
            } else if constexpr (std::is_same_v<C, ApplyUpdate>) {
                pw::platform::apply_update();
            } else if constexpr (std::is_same_v<C, AnnounceReady>) {
                g.ready = true;
                pw::platform::announce_ready();
            } else if constexpr (std::is_same_v<C, SearchReady>) {
                pw::platform::performance_mark(pw::platform::Mark::search_ready);
            } else if constexpr (std::is_same_v<C, FetchRest>) {
                fetch_rest(c.from_json);
            } else if constexpr (std::is_same_v<C, RestReady>) {
                pw::platform::performance_mark(pw::platform::Mark::rest_ready);
                pw::platform::start_offline_copy();
            } else if constexpr (std::is_same_v<C, DescribePage>) {
                pw::platform::describe_page(c.title, c.language, c.skip_link);
            } else if constexpr (std::is_same_v<C, Announce>) {
                pw::platform::announce(c.text);
            } else if constexpr (std::is_same_v<C, HttpRequest>) {
                const RequestId id = c.id;
                pw::platform::http_request(c, [id](int status, std::string body) {
                    deliver(HttpResponse{id, status, std::move(body)});
                });
            }
        },
        command);
}

// A widget activated through the mirror gets a real click at its centre:
// pressed in one frame, released in the next, as a mouse would. Tab then
// Enter in quick succession asks for the click before the focus has scrolled
// the widget into view: a press before that scroll and a release after it
// would miss, so the click waits while a scroll is pending (a few frames at
// most) and is then pressed where the widget was last drawn, once it stayed
// put for a frame (ImGui's navigation can scroll it once more, to its
// margin). A control scrolled out of its window (in the mirror, not drawn) is
// focused first, which scrolls it into view, and clicked once it is drawn.
constexpr int kClickWaitFrames = 10;
void inject_mirror_click(ImGuiIO& io, float dpr) {
    if (g.click_phase == 0) {
        if (g.click_id == 0) {
            g.click_id = pw::platform::take_a11y_activation();
            g.click_waited = 0;
            g.click_seen = {};
        }
        if (g.click_id == 0) return;
        const pw::ui::A11yNode* node = nullptr;
        for (const auto& n : g.app->semantic_tree())
            if (n.id == g.click_id) node = &n;
        if (node && !node->drawn && g.click_waited == 0) pw::ui::a11y_request_focus(node->id);
        const bool moving = node && (!node->drawn || !(node->rect == g.click_seen));
        if (node) g.click_seen = node->rect;
        const bool waiting = pw::ui::a11y_scroll_pending() || moving;
        if (waiting && ++g.click_waited < kClickWaitFrames) return;
        g.click_id = 0;
        if (!node || !node->drawn) return; // gone, or never came into view: no click at random
        g.click_at = ImVec2((node->rect.x + node->rect.w * 0.5f) * dpr,
                            (node->rect.y + node->rect.h * 0.5f) * dpr);
        g.click_phase = 1;
    }
    if (g.click_phase == 0) return;
    io.MousePos = g.click_at;
    io.MouseDown[0] = g.click_phase == 1;
    g.click_phase = g.click_phase == 1 ? 2 : 0;
}

// ImGui 1.86 drops typed characters that arrive while no text field is
// active (at the end of each frame). After "/", the search box becomes active
// only in a later frame, so what was typed in between waits here until the
// field has the keyboard (the textarea is focused for it then).
constexpr int kAwaitFrames = 30;
void hand_over_pending_text(ImGuiIO& io) {
    if (!g.awaiting_text_field) return;
    if (!g.text_input_focused && ++g.awaited_frames < kAwaitFrames) return;
    if (!g.pending_text.empty()) io.AddInputCharactersUTF8(g.pending_text.c_str());
    g.pending_text.clear();
    g.awaiting_text_field = false;
}

// The browser's cursor, and its focus on the hidden text field while ImGui edits text.
void sync_cursor_and_text_input(const ImGuiIO& io) {
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
}

void frame() {
    const bool busy = !g.ready || g.click_id != 0 || g.click_phase != 0 || g.awaiting_text_field;
    if (!pw::platform::frame_due(pw::platform::now_ms(), busy)) return;
    pw::platform::frame_started();
    const pw::platform::CanvasSize canvas = pw::platform::sync_canvas_size();
    if (const float zoom = pw::platform::take_wheel_zoom(); zoom != 0.0f)
        deliver(pw::ui::ZoomGesture{zoom});
    prepare_app(canvas.dpr);

    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    inject_mirror_click(io, canvas.dpr);
    hand_over_pending_text(io);
    // ImGui works in device pixels: the canvas backing store is CSS size x DPR
    // and the fonts are rasterised at that size, so nothing is scaled up.
    io.DisplaySize =
        ImVec2(static_cast<float>(canvas.pixel_width), static_cast<float>(canvas.pixel_height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    ImGui::NewFrame();
    g.app->draw();
    pw::platform::update_a11y_mirror(g.app->semantic_tree(), pw::ui::a11y_focused_id());
    ImGui::Render();
    release_deferred_keys();

    // The same picture as the canvas shows: nothing to draw or to composite.
    const std::uint32_t page = pw::ui::colours().page;
    const std::uint64_t picture = pw::platform::frame_picture(
        ImGui::GetDrawData(), page, canvas.pixel_width, canvas.pixel_height);
    if (picture != g.last_picture || pw::platform::repaint_requested()) {
        g.last_picture = picture;
        glViewport(0, 0, canvas.pixel_width, canvas.pixel_height);
        const ImVec4 clear = ImGui::ColorConvertU32ToFloat4(page);
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        pw::platform::renderer_draw(ImGui::GetDrawData(), canvas.pixel_width, canvas.pixel_height);
    }

    sync_cursor_and_text_input(io);
    for (const pw::ui::Command& command : g.app->take_commands())
        run(command);
    pw::platform::frame_finished(g.app->fonts_ready());
}

void set_clipboard(void*, const char* text) {
    g.clipboard = text;
    pw::platform::copy_to_clipboard(g.clipboard);
}

// Pasting goes through the browser's paste event (pw_paste), never through ImGui.
const char* get_clipboard(void*) {
    return "";
}

// The content handed to the app, either way: its time and mark for the benchmark.
void content_taken(double started) {
    pw::platform::content_loaded_in(pw::platform::now_ms() - started);
    pw::platform::performance_mark(pw::platform::Mark::content_loaded);
}

// The JSON bundle: parsed, loaded and validated as the CLI does. Only when
// the pack is refused (a damaged or foreign file), so the guide still opens.
void fetch_content_json() {
    pw::platform::load_asset(
        "content.json",
        [](std::string_view bundle) {
            const double started = pw::platform::now_ms();
            deliver(pw::ui::ContentArrived{bundle});
            content_taken(started);
            draw_first_screen_if_due();
        },
        [] {
            deliver(pw::ui::ContentFailed{});
            draw_first_screen_if_due();
        });
}

void fetch_assets() {
    // The shipped content as the build checked it (content.pack): mapped into
    // the model without a JSON parse or a validation pass.
    pw::platform::load_asset(
        pw::kContentPackName,
        [](std::string_view packed) {
            pw::platform::performance_mark(pw::platform::Mark::content_arrived);
            const double started = pw::platform::now_ms();
            // Content with problems (an author's build): the JSON, whose problems the app lists.
            if (pw::defers_to_json(packed)) return fetch_content_json();
            pw::LoadResult content = pw::unpack_content(packed);
            if (!content.ok()) {
                std::fprintf(stderr, "%s\n",
                             pw::format_diagnostic(content.diagnostics.front()).c_str());
                return fetch_content_json();
            }
            deliver(pw::ui::ContentLoaded{std::move(content)});
            content_taken(started);
            draw_first_screen_if_due();
        },
        fetch_content_json);
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
}

} // namespace

extern "C" {

#ifdef PW_TEST_HOOK
// window.protocolwijzer.state() for end-to-end tests (see web/README.md); only
// in app_test, the build the tests load, not in the shipped app.
EMSCRIPTEN_KEEPALIVE const char* pw_test_state() {
    static std::string json;
    json = g.app->test_state_json();
    return json.c_str();
}

// window.protocolwijzer.addExercise(text): an exercise of the trainer's own,
// as a class session adds one (authored_exercises.hpp). Returns the Dutch
// problem, empty when it was added.
EMSCRIPTEN_KEEPALIVE const char* pw_test_add_exercise(const char* text) {
    static std::string problem;
    problem = pw::ui::add_authored_exercise(g.app->state(), text).problem;
    return problem.c_str();
}
#endif

// The file the user chose (pick_file), or why it could not be read.
EMSCRIPTEN_KEEPALIVE void pw_file_picked(const char* name, const char* text, const char* problem) {
    deliver(pw::ui::FilePicked{name, text, problem});
}

EMSCRIPTEN_KEEPALIVE void pw_on_hash_change() {
    deliver(pw::ui::HashChanged{pw::platform::location_hash()});
}

// Tab moved the focus to a mirrored control (0: to a described link).
EMSCRIPTEN_KEEPALIVE void pw_a11y_focus(double id) {
    deliver(pw::ui::FocusRequest{static_cast<unsigned>(id)});
}

// Tab past the last control a scrolling view shows (Shift+Tab: before the first).
EMSCRIPTEN_KEEPALIVE void pw_a11y_onward(double from, int backward) {
    deliver(pw::ui::FocusOnward{static_cast<unsigned>(from), backward != 0});
}

// The system's wish for more contrast, at the start and on every change.
EMSCRIPTEN_KEEPALIVE void pw_on_contrast(int more) {
    deliver(pw::ui::ContrastPreference{more != 0});
}

// The system's colour scheme (dark or not), at the start and on every change.
EMSCRIPTEN_KEEPALIVE void pw_on_color_scheme(int dark) {
    deliver(pw::ui::ColorSchemePreference{dark != 0});
}

EMSCRIPTEN_KEEPALIVE void pw_update_ready() {
    deliver(pw::ui::UpdateReady{});
}

// Text typed, composed (dead keys, IME) or pasted into the hidden textarea.
EMSCRIPTEN_KEEPALIVE void pw_text_input(const char* utf8) {
    if (g.awaiting_text_field)
        g.pending_text += utf8;
    else
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

// A key pressed without a modifier, by its DOM name (KeyboardEvent.key).
// Returns 1 when it was a shortcut the UI used (the browser default is then prevented).
EMSCRIPTEN_KEEPALIVE int pw_key(const char* key) {
    const std::optional<pw::ui::Shortcut> shortcut = pw::platform::shortcut_for_key(key);
    if (!g.app || !shortcut || !g.app->shortcut(*shortcut)) return 0;
    if (*shortcut == pw::ui::Shortcut::focus_search) {
        // The search box is active only a frame or two later; letters typed
        // before that went to the canvas and were lost ("/warme" gave "arme").
        // The text field takes them now, and they wait (hand_over_pending_text).
        pw::platform::focus_text_input(true);
        g.awaiting_text_field = true;
        g.awaited_frames = 0;
    }
    return 1;
}

} // extern "C"

int main() {
    pw::platform::performance_mark(pw::platform::Mark::main);
    if (!glfwInit()) return 1;
    const pw::platform::CanvasSize canvas = pw::platform::sync_canvas_size();
    // ImGui draws with blending and scissor rectangles alone: no depth or
    // stencil buffer, which WebGL would otherwise allocate and clear with every
    // frame. With software GL that made WebGL's set-up and the frames faster
    // (tests/bench, A/B: BENCHMARKS.md "What changed").
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
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
    pw::platform::performance_mark(pw::platform::Mark::gl_ready);
    pw::platform::install_wheel_handler();
    pw::platform::install_text_input();
    pw::platform::install_a11y_mirror();
    pw::platform::install_activity_listeners();

    // No text version beside the single file.
    // Trainees join a class at the page's own address.
    const std::string href = pw::platform::location_href();
    g.app = std::make_unique<pw::ui::App>(pw::platform::single_file() ? "" : "tekst.html",
                                          href.substr(0, href.find('#')));
    // Settings and progress first, so the first frame already has the user's text size and theme.
    deliver(pw::ui::ProgressRead{pw::platform::storage_get(kStorageKey)});
    deliver(pw::ui::TabStateRead{pw::platform::tab_storage_get(kTabStorageKey)});
    deliver(pw::ui::DraftsRead{pw::platform::storage_get(kDraftsKey)});
    deliver(pw::ui::HashChanged{pw::platform::location_hash()});
    fetch_assets();
    pw::platform::listen_for_hash_changes();
    pw::platform::listen_for_contrast_preference();
    pw::platform::listen_for_color_scheme();
    pw::platform::listen_for_update();

    emscripten_set_main_loop(frame, 0, false);
    pw::platform::performance_mark(pw::platform::Mark::main_done);
    return 0;
}
