// What the browser remembers for a user: settings, visited places, completed
// walkthroughs, the last place, exercises in progress and their results, and
// what they last saw of the content (a fingerprint, content_fingerprint.hpp)
// with what of their progress a newer content no longer had room for.
// Versioned JSON (versions 1 and 2 are read and upgraded, without a
// fingerprint); anything corrupt, foreign or from an unknown version is
// reported and replaced by a fresh state, except a damaged fingerprint or
// list of dropped progress: that alone is left out, and said.
#pragma once

#include "pw/content_fingerprint.hpp"
#include "pw/scenario_answer.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

inline constexpr int kProgressVersion = 3;

struct Settings {
    std::string language = "nl";  // nl | en
    std::string theme = "system"; // system (prefers-color-scheme) | light | dark
    float text_scale = 1.0f;      // 0.85 .. 2.0 (1.6 = projector)
    // "/", "+", "-", "0" act outside text fields; off for speech input and
    // users who hit keys by accident (WCAG 2.1.4).
    bool single_key_shortcuts = true;
    bool operator==(const Settings&) const = default;
};

// The latest finished run of an exercise.
struct ScenarioResult {
    double points = 0, max = 0;
    int finished_runs = 0;
    bool operator==(const ScenarioResult&) const = default;
};

// A part of the progress that referred to content that no longer exists,
// taken out when the progress was carried over to the current content
// (carry_over.hpp) and named to the user until they mark the changes seen.
struct DroppedProgress {
    enum class What {
        visited,          // a place opened before
        walkthrough,      // a worked example completed
        exercise_run,     // an exercise in progress
        exercise_answers, // answers of an exercise in progress that no longer fit it
        exercise_result,  // the result of a finished exercise
    };
    What what = What::visited;
    std::string label; // what it was called: a step's title, an exercise's, or its route
    int count = 0;     // exercise_answers: how many answers went
    bool operator==(const DroppedProgress&) const = default;
};

struct Progress {
    Settings settings;
    std::set<std::string> visited; // routes ("#/proces/x/stap/y") the user has opened
    std::set<std::string> completed_walkthroughs; // "case-type/example"
    std::string last_route;
    // Answers given so far per exercise: replayed on load, so a trainee
    // resumes after a reload. Removed when the trainee starts over.
    std::map<std::string, std::vector<ScenarioAnswer>> scenario_runs;
    std::map<std::string, ScenarioResult> scenario_results;
    // The content as the user last saw it; none before version 3 (or when
    // the stored one was damaged): nothing to compare with then.
    std::optional<ContentFingerprint> seen;
    std::vector<DroppedProgress> dropped;
    bool operator==(const Progress&) const = default;
};

std::string serialize_progress(const Progress& progress);

struct ProgressLoad {
    Progress progress;
    std::optional<std::string>
        problem; // Dutch, for the user; set when the stored value was unusable
};

// Empty or missing text is a first visit (no problem).
ProgressLoad parse_progress(std::string_view stored);

} // namespace pw
