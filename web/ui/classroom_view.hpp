// What the classroom session looks like: the trainee's join panel and badge,
// the trainer's session panel, and the spread of the class's choices.
#pragma once

#include "ui/app_state.hpp"
#include "ui/training_state.hpp"

namespace pw::ui {

void draw_join_panel(AppState& state, ClassroomState& classroom); // training list
// A trainee's exercise: the class they take part in.
void draw_classroom_badge(AppState& state, const ClassroomState& classroom,
                          const Scenario& scenario);
// Trainer mode: start a session, show its code, the trainees and the spread
// of choices at `decision`; `protocol_visible` marks the protocol's choices.
void draw_trainer_classroom(AppState& state, ClassroomState& classroom, const Scenario& scenario,
                            const std::string& decision, bool protocol_visible);

} // namespace pw::ui
