// What the browser remembers for a user: settings, visited places, completed
// walkthroughs, the last place, exercises in progress and their results.
// Versioned JSON (version 1 is read and upgraded); anything corrupt, foreign
// or from an unknown version is reported and replaced by a fresh state.
#pragma once

#include "pw/scenario_answer.hpp"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

inline constexpr int kProgressVersion = 2;

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

struct Progress {
    Settings settings;
    std::set<std::string> visited; // routes ("#/proces/x/stap/y") the user has opened
    std::set<std::string> completed_walkthroughs; // "case-type/example"
    std::string last_route;
    // Answers given so far per exercise: replayed on load, so a trainee
    // resumes after a reload. Removed when the trainee starts over.
    std::map<std::string, std::vector<ScenarioAnswer>> scenario_runs;
    std::map<std::string, ScenarioResult> scenario_results;
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
