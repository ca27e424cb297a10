// What the classroom session looks like: the trainee's join panel and badge,
// the trainer's session panel, and the spread of the class's choices.
#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

void draw_join_panel(AppState& state);                                // training list
void draw_classroom_badge(AppState& state, const Scenario& scenario); // a trainee's exercise
// Trainer mode: start a session, show its code, the trainees and the spread
// of choices at `decision`; `protocol_visible` marks the protocol's choices.
void draw_trainer_classroom(AppState& state, const Scenario& scenario, const std::string& decision,
                            bool protocol_visible);

} // namespace pw::ui
