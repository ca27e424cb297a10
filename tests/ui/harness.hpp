// A headless Dear ImGui context around the App, for native UI tests: the real
// content, the real fonts, a display of a given size, frames drawn without a
// backend, the mouse and keyboard driven as a user would. What a frame showed
// is read from the accessibility tree, the semantic tree the browser's
// screen-reader mirror is built from.
#pragma once

#include "pw/content_pack.hpp"
#include "ui/app.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct ImGuiContext;

namespace pw::ui::test {

struct Display {
    float width = 1280, height = 720;
};

class Harness {
  public:
    // Starts as the browser does: what was saved, the address bar's hash, the
    // fonts, then the content: `bundle` as the browser fetches it, or when
    // empty the shipped content, loaded and validated once per process.
    explicit Harness(Display display = {}, std::string_view stored_progress = {},
                     std::string_view hash = {}, std::string_view bundle = {});
    // Starts as the browser does from content.pack: what the first screen
    // draws; the test hands over the rest (RestArrived) when it likes.
    // `tab_state` is what the tab kept (TabStateRead), delivered before the
    // content as the browser does.
    static std::unique_ptr<Harness> before_rest(std::string_view stored_progress,
                                                std::string_view hash,
                                                std::string_view tab_state = {});
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    App& app() { return app_; }
    AppState& state() { return app_.state(); }
    Views& views() { return app_.views(); }
    const Model& model() { return app_.state().content.model; }

    // Draws `n` frames; returns the accessibility tree of the last one.
    const std::vector<A11yNode>& frames(int n = 1);
    // Goes to a route as the address bar does (a deep link), then draws a few frames.
    void open(const std::string& hash, int n = 3);
    void resize(Display display) { display_ = display; }
    const Display& display() const { return display_; }
    const std::vector<A11yNode>& tree() const { return app_.semantic_tree(); }

    // The node of the control known by `tag` in the last frame, or nullptr.
    const A11yNode* control(std::string_view tag) const;
    // Scrolls the page with the mouse wheel until the control known by `tag` is on screen.
    bool scroll_to(std::string_view tag);
    // Clicks the control known by `tag` with the mouse (scrolled to first if
    // need be), then draws a few frames; false when it was not there.
    bool click(std::string_view tag);
    // Types text into the focused text field.
    void type(std::string_view text);
    // Presses and releases a key (an ImGuiKey: the harness maps keys to themselves).
    void press(int imgui_key);
    // Whether some node's text contains `text`.
    bool shows(std::string_view text) const;
    // The name of the last node that took the browser's focus (A11yNode::take_focus).
    const std::string& focus_taken_by() const { return focus_taken_by_; }
    // What the UI asked of the platform since the harness started.
    const std::vector<Command>& commands() const { return commands_; }
    // A copy of the last command of type C, if there was one.
    template <class C> std::optional<C> last() const {
        for (auto it = commands_.rbegin(); it != commands_.rend(); ++it)
            if (const C* c = std::get_if<C>(&*it)) return *c;
        return std::nullopt;
    }

  private:
    struct BeforeRest {};
    explicit Harness(BeforeRest);
    void start(std::string_view stored_progress, std::string_view hash,
               std::string_view tab_state = {});
    ImGuiContext* context_; // each harness its own: two may live at once
    App app_;
    Display display_;
    std::vector<Command> commands_;
    std::string focus_taken_by_;
    double time_ = 0;
};

// The route of an exercise, for the trainee or in trainer mode.
std::string exercise_route(const std::string& id, bool trainer = false);

// Every route of the content: home, search, the training list, each process,
// step and worked example, each exercise (trainee and trainer), each entity.
std::vector<std::string> every_route(const Model& model);

// The real content as the browser gets it.
const std::string& content_bundle();
// The UI's font files (Debian's DejaVu Sans, whole: not subset as the build does).
const FontFiles& font_files();
// ... and as the build packs it for the app: content.pack, rest.pack.
const SplitPack& content_packs();
// How many exercises the shipped content has.
std::size_t shipped_exercise_count();
// One of them, as the content has it.
const Scenario& shipped_scenario(std::string_view id);
// The same, with `from` replaced by `to` in the file `path` (to break it on
// purpose).
std::string content_bundle_with(std::string_view path, std::string_view from, std::string_view to);
// Another edition of the real content: `edit` changes its files (or adds
// some), `version` names it.
std::string content_bundle_edition(const std::function<void(std::vector<ContentSource>&)>& edit,
                                   const ContentVersion& version);

} // namespace pw::ui::test
