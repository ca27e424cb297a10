// A headless Dear ImGui context around the app, for native UI tests: the real
// content, the real fonts, a display of a given size, frames drawn without a
// backend. What a frame showed is read from the accessibility tree, the same
// semantic tree the browser's screen-reader mirror is built from.
#pragma once

#include "ui/a11y.hpp"
#include "ui/app_state.hpp"

#include <string>
#include <vector>

namespace pw::ui::test {

struct Display {
    float width = 1280, height = 720;
};

class Harness {
  public:
    explicit Harness(Display display = {});
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    AppState& state() { return state_; }
    // Draws `n` frames; returns the accessibility tree of the last one.
    const std::vector<A11yNode>& frames(int n = 1);
    // Goes to a route as a deep link does, then draws a few frames.
    void open(const std::string& hash, int n = 3);
    void resize(Display display);
    const std::vector<A11yNode>& tree() const { return tree_; }

    // Whether some node's name contains `text`.
    bool shows(const std::string& text) const;

  private:
    AppState state_;
    Display display_;
    std::vector<A11yNode> tree_;
};

// Every route of the content: home, search, the training list, each process,
// step and worked example, each exercise (trainee and trainer), each entity.
std::vector<std::string> every_route(const Model& model);

} // namespace pw::ui::test
