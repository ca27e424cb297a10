// What the training views keep between frames: the exercise in play, the
// answer being composed, a trainer's session (timer, reveals, group), a
// classroom session, and the debrief map's layout.
#pragma once

#include "pw/classroom.hpp"
#include "pw/content_loader.hpp"
#include "pw/simulator.hpp"
#include "ui/edge.hpp"
#include "ui/map_geometry.hpp"

#include <map>
#include <string>
#include <vector>

namespace pw::ui {

struct TrainerSession {
    bool show_options = false;
    bool revealed = false; // the protocol's answer is shown for the current decision
    bool timer_running = true;
    double decision_started = 0; // app time the current decision appeared
    double paused_at = 0;        // app time the timer was paused, when not running
    SessionNotes notes;          // group, seconds and reveals per answered decision
    char group[64] = "";         // edited in place by ImGui; "Groep 1" when a session starts
};

// A request to the server's classroom API the answer of which is awaited.
struct ClassroomCall {
    enum class Kind { create, publish, poll, join, answer, remove, close, check } kind;
    std::string decision; // publish, answer; remove: the nickname
    std::string code;     // join, check: the class's code
};

// A classroom session (pw-serve --db), seen by the trainer or by a trainee.
// Optional: the app works fully without it.
struct ClassroomState {
    // The trainer's side: the session, where the group is, how choices spread.
    std::string code, trainer_key, scenario;
    int trainees = 0;
    std::vector<std::pair<std::string, int>> participants; // nickname, answers given
    bool open = true; // false once the trainer ended the session (or it expired)
    std::vector<ChoiceSpread> spread;
    std::string published_decision;
    bool publishing = false, polling = false;
    double next_poll = 0;
    // The trainee's side: joined by code with a nickname (no real name asked).
    char code_input[12] = "";
    char nickname_input[48] = "";
    std::string token, joined_code, nickname, joined_scenario;
    std::vector<std::string> shared; // decisions whose answer the server acknowledged
    // After a reload, the class is asked whether it still runs once the content
    // is in whole: the session's own exercise needs the content's
    // case types, and a shipped id is told apart only once those are here.
    bool check_due = false;
    // Both: requests in flight, and what to tell the user.
    std::map<RequestId, ClassroomCall> pending;
    bool busy = false;
    std::string message;
    bool message_is_error = false;
};

// The exercise list's filters (empty: all).
struct ExerciseFilter {
    std::string case_type, role;
};

struct TrainingState {
    std::string scenario; // the exercise in play, or empty
    ExerciseFilter filter;
    bool trainer = false; // played by a trainer for a group (not stored as personal progress)
    ScenarioRun run;
    ScenarioAnswer draft;          // the answer being composed for the current decision
    bool showing_feedback = false; // the last outcome is shown until "Verder"
    int shown_moment = -1;         // what the exercise's content shows (see begin_exercise_content)
    TrainerSession session;
    ClassroomState classroom;
    LayoutCache path_layout;        // of the debrief's path map
    std::string confirm_remove_own; // an own exercise whose removal waits for a second click
};

} // namespace pw::ui
