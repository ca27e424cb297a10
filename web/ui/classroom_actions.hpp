// The app's side of a classroom session: requests it queues for the platform
// (AppState::http_out) and what it does with the answers.
#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

void start_classroom(AppState& state, const std::string& scenario);
void join_classroom(AppState& state);
void leave_classroom(AppState& state);
// The trainer takes a nickname out of the class (a stray or a bot), or ends the session.
void remove_participant(AppState& state, const std::string& nickname);
void end_classroom(AppState& state);
// Trainer mode, every frame: tells the server which decision the group is on,
// and asks for the spread of choices every two seconds.
void classroom_tick(AppState& state, const std::string& current_decision);
// A trainee in a class shares each answer with it.
void share_answer(AppState& state, const std::string& scenario, const std::string& decision,
                  const ScenarioAnswer& answer);
void apply_http_response(AppState& state, const HttpCall& call, int status,
                         const std::string& body);

} // namespace pw::ui
