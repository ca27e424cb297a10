// The whole UI as one object the platform drives: per frame prepare_frame()
// before ImGui::NewFrame() and draw() before ImGui::Render(); between frames
// handle() for what the browser reports and shortcut() for the keys that work
// everywhere; after each frame take_commands() for what the UI asks of the
// browser. The App owns the shared state and every view's own state, and
// holds the app's rules: when to save, when the address bar follows, which
// key does what, when the app counts as ready.
#pragma once

#include "ui/a11y.hpp"
#include "ui/app_state.hpp"
#include "ui/edge.hpp"
#include "ui/main_window.hpp"
#include "ui/theme.hpp"

#include <string>
#include <vector>

namespace pw::ui {

class App {
  public:
    // `text_version_url`: where the text version is ("tekst.html"), or empty
    // when there is none (the single-file build).
    explicit App(std::string text_version_url = {}, std::string page_address = {});

    // Before ImGui::NewFrame(): this frame's device pixel ratio and clock.
    // Builds the fonts and applies the theme for the user's settings; true
    // when the font atlas was rebuilt (the platform uploads its texture again).
    bool prepare_frame(float dpr, double time);
    // The fonts are built: frames draw the app, not only the background.
    bool fonts_ready() const { return fonts_built_for_ > 0.0f; }
    // The fonts and the content are in and the first screen is not drawn yet:
    // the next frame draws it and the app is ready.
    bool first_screen_due() const;
    // Between ImGui::NewFrame() and ImGui::Render().
    void draw();
    // By value: a loaded content moves into the state instead of being copied.
    void handle(Event event);
    // True when the key did something (the browser's default is then prevented).
    bool shortcut(Shortcut key);
    // What the UI asked of the platform since the last call, in order.
    std::vector<Command> take_commands();

    // The last frame's accessibility tree (the screen-reader mirror shows it).
    const std::vector<A11yNode>& semantic_tree() const { return tree_; }
    // The view the last frame showed.
    View shown_view() const { return shown_; }
    // window.protocolwijzer.state() for the end-to-end tests (test_hook.hpp).
    std::string test_state_json();

    AppState& state() { return state_; }
    const AppState& state() const { return state_; }
    Views& views() { return views_; }
    const Views& views() const { return views_; }

  private:
    void take_content(LoadResult content);
    void rest_in(); // the rest of the shipped content arrived (rest_arrival.hpp)
    void load_progress(std::string_view stored);
    void take_file(const FilePicked& file); // an exercise to import
    // Makes the move a view, a key or an event asked for, and lets the views follow.
    void move();
    void after_frame();
    // The page's title and language, and what the screen reader is told.
    void describe_page();
    // The name of the place shown ("Melding", "Niet gevonden").
    std::string place_title() const;

    AppState state_;
    Views views_;
    FontFiles font_files_;
    bool fonts_arrived_ = false;
    float fonts_built_for_ = 0.0f; // scale of the current atlas, 0 = none yet
    Theme theme_applied_ = Theme::light;
    bool announced_ = false;
    bool search_ready_said_ = false; // SearchReady asked for this content
    View shown_ = View::loading;     // what the last frame showed
    DescribePage described_;         // the title and language the page was given
    std::string announced_notice_;
    std::vector<A11yNode> tree_; // and its accessibility tree
    std::string focused_route_;  // the place whose h1 the focus went to
};

} // namespace pw::ui
