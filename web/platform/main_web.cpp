// Entry point in the browser: GLFW emulation + WebGL2, the main loop, and the
// glue between browser events and the app state.
#include "platform/browser.hpp"
#include "platform/fonts.hpp"
#include "ui/app.hpp"
#include "ui/theme.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <string>

namespace {

struct Platform {
    GLFWwindow* window = nullptr;
    pw::ui::AppState state;
    pw::platform::FontFiles font_files;
    int font_fetches_pending = 2;
    float fonts_built_for = 0.0f; // scale of the current atlas, 0 = none yet
    bool announced = false;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;
};

Platform g;

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
    pw::ui::load_content_bundle(g.state, bundle);
    pw::ui::apply_route(g.state, pw::platform::location_hash());
}

void on_content_failed() {
    g.state.status = pw::ui::ContentStatus::fetch_failed;
}

void font_fetched() {
    --g.font_fetches_pending;
}

void rebuild_fonts_if_needed() {
    const float scale = g.state.scale();
    if (g.font_fetches_pending > 0 || g.fonts_built_for == scale) return;
    g.state.fonts = pw::platform::build_fonts(g.font_files, scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    pw::ui::apply_theme(scale);
    g.fonts_built_for = scale;
}

void publish_route() {
    const std::string route = pw::ui::current_route(g.state);
    if (g.state.status != pw::ui::ContentStatus::ready || route == g.state.published_route) return;
    // A place the user moved to gets a history entry; normalising the
    // initial (empty or unknown) hash does not.
    const bool push =
        pw::parse_route(g.state.published_route).has_value() && !g.state.published_route.empty();
    pw::platform::set_location_hash(route, push);
    g.state.published_route = route;
}

void frame() {
    const pw::platform::CanvasSize canvas = pw::platform::sync_canvas_size();
    g.state.dpr = canvas.dpr;
    rebuild_fonts_if_needed();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    // ImGui works in device pixels: the canvas backing store is CSS size x DPR
    // and the fonts are rasterised at that size, so nothing is scaled up.
    io.DisplaySize =
        ImVec2(static_cast<float>(canvas.pixel_width), static_cast<float>(canvas.pixel_height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    ImGui::NewFrame();
    const bool fonts_ready = g.fonts_built_for > 0.0f;
    if (fonts_ready) pw::ui::draw_app(g.state);
    ImGui::Render();

    glViewport(0, 0, canvas.pixel_width, canvas.pixel_height);
    glClearColor(0.953f, 0.957f, 0.965f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (ImGui::GetMouseCursor() != g.cursor) {
        g.cursor = ImGui::GetMouseCursor();
        pw::platform::set_css_cursor(css_cursor(g.cursor));
    }
    publish_route();
    if (!g.announced && fonts_ready && g.state.status != pw::ui::ContentStatus::loading) {
        g.announced = true;
        pw::platform::announce_ready();
    }
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

} // extern "C"

int main() {
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
    ImGui_ImplOpenGL3_Init("#version 300 es");
    pw::platform::install_wheel_handler();

    pw::platform::fetch_bytes("content.json", on_content, on_content_failed);
    pw::platform::fetch_bytes(
        "fonts/ui-regular.ttf",
        [](std::string_view d) {
            g.font_files.regular = std::string(d);
            font_fetched();
        },
        font_fetched);
    pw::platform::fetch_bytes(
        "fonts/ui-bold.ttf",
        [](std::string_view d) {
            g.font_files.bold = std::string(d);
            font_fetched();
        },
        font_fetched);
    pw::platform::listen_for_hash_changes();

    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
