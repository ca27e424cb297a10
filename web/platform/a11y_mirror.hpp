// The screen-reader mirror: the frame's accessibility tree (ui/a11y.hpp) as
// hidden DOM over the canvas, updated by a keyed diff when it changes. A click
// on a mirrored widget (a screen reader's "activate", or a test) reaches the
// app as a click at the widget's place; keyboard focus follows ImGui's
// navigation. Browser tests find widgets here by role and name.
#pragma once

#include "platform_only.hpp"

#include "ui/a11y.hpp"

#include <vector>

namespace pw::platform {

void install_a11y_mirror();
void update_a11y_mirror(const std::vector<ui::A11yNode>& nodes, unsigned focused_id);

// A widget activated through the mirror, waiting to be clicked; 0 if none.
unsigned take_a11y_activation();

} // namespace pw::platform
