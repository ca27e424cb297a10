// The one place the end-to-end tests read the app through:
// window.protocolwijzer.state() (web/README.md lists the fields). Shared and
// view state are read as they are; what is on screen (named controls, step
// boxes, the main heading) comes from the frame's accessibility tree, the same
// tree the screen-reader mirror shows. No view writes anything for the tests.
#pragma once

#include "ui/a11y.hpp"
#include "ui/main_window.hpp"

#include <string>
#include <vector>

namespace pw::ui {

// `shown` and `tree`: the view the last frame drew and its accessibility tree.
// Non-const state: the search index is built on first use.
std::string test_state_json(AppState& state, const Views& views, View shown,
                            const std::vector<A11yNode>& tree);

} // namespace pw::ui
