// The yardstick for the benchmark: the smallest Dear ImGui page, one window,
// built with the same library and link flags as the app (web/CMakeLists.txt).
// Its time to first frame is what any ImGui app pays; the app's is compared
// with it. Marks "pw-first-frame" and "pw-ready" like the app does.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

namespace {

GLFWwindow* g_window = nullptr;
bool g_marked = false;

// clang-format off
EM_JS(void, mark_ready, (), {
    performance.mark("pw-first-frame");
    performance.mark("pw-ready");
    window.minimalReady = true;
});
EM_JS(int, canvas_css_width, (), { return Module.canvas.clientWidth; });
EM_JS(int, canvas_css_height, (), { return Module.canvas.clientHeight; });
// clang-format on

void frame() {
    const int w = canvas_css_width(), h = canvas_css_height();
    glfwSetWindowSize(g_window, w, h);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("Minimal", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("Een minimale Dear ImGui-pagina.");
    ImGui::Button("Knop");
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, w, h);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!g_marked) {
        g_marked = true;
        mark_ready();
    }
}

} // namespace

// The ImGui library is built with IMGUI_ENABLE_TEST_ENGINE for the app's
// screen-reader mirror; a plain page does nothing in those hooks.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID, const char*, ImGuiItemStatusFlags) {}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}

int main() {
    if (!glfwInit()) return 1;
    g_window =
        glfwCreateWindow(canvas_css_width(), canvas_css_height(), "Minimal", nullptr, nullptr);
    if (!g_window) return 1;
    glfwMakeContextCurrent(g_window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
