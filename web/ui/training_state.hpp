// What the training views keep between frames: the exercise in play, the
// answer being composed, and a trainer's session (timer, reveals, group).
#pragma once

#include "pw/content_loader.hpp"
#include "pw/simulator.hpp"

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
    char group[64] = "Groep 1";  // edited in place by ImGui
};

struct TrainingState {
    std::string scenario; // the exercise in play, or empty
    bool trainer = false; // played by a trainer for a group (not stored as personal progress)
    ScenarioRun run;
    ScenarioAnswer draft;          // the answer being composed for the current decision
    bool showing_feedback = false; // the last outcome is shown until "Verder"
    TrainerSession session;
    std::vector<BrokenScenarioFile> broken; // set aside at load, listed in the training view
};

// A file the platform offers as a download (results, session summary).
struct DownloadRequest {
    std::string filename, mime, text;
};

} // namespace pw::ui
