// The app's side of a classroom session: the requests to pw-serve's classroom
// API it asks the platform to send (HttpRequest) and what it does with the
// answers (HttpResponse).
#pragma once

#include "ui/app_state.hpp"
#include "ui/training_state.hpp"

namespace pw::ui {

void start_classroom(AppState& state, ClassroomState& classroom, const std::string& scenario);
void join_classroom(AppState& state, ClassroomState& classroom);
void leave_classroom(AppState& state, ClassroomState& classroom);
// After a reload: the trainer's session and the trainee's membership that this
// tab kept (SaveTabState), taken up again; the trainee's class is asked
// whether it still runs (send_due_classroom_check), and the user is told either way.
void restore_classroom(AppState& state, ClassroomState& classroom, std::string_view kept);
// After every frame: the check restore_classroom left due, once the content
// is in whole (or its rest could not be had).
void send_due_classroom_check(AppState& state, ClassroomState& classroom);
// The trainer takes a nickname out of the class (a stray or a bot), or ends the session.
void remove_participant(AppState& state, ClassroomState& classroom, const std::string& nickname);
void end_classroom(AppState& state, ClassroomState& classroom);
// Trainer mode, every frame: tells the server which decision the group is on,
// and asks for the spread of choices every two seconds.
void classroom_tick(AppState& state, ClassroomState& classroom, const std::string& scenario,
                    const std::string& current_decision);
// A trainee in a class shares each answer with it.
void share_answer(AppState& state, ClassroomState& classroom, const std::string& scenario,
                  const std::string& decision, const ScenarioAnswer& answer);
// An answer to one of the classroom's requests; others are not its business.
void apply_http_response(AppState& state, ClassroomState& classroom, const HttpResponse& response);

} // namespace pw::ui
