// What the browser remembers for a user: settings, visited places, completed
// walkthroughs, the last place. Versioned JSON; anything corrupt, foreign or
// from an unknown version is reported and replaced by a fresh state.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace pw {

inline constexpr int kProgressVersion = 1;

struct Settings {
    std::string language = "nl"; // nl | en
    std::string theme = "light"; // light | dark
    float text_scale = 1.0f;     // 0.85 .. 2.0 (1.6 = projector)
    bool operator==(const Settings&) const = default;
};

struct Progress {
    Settings settings;
    std::set<std::string> visited; // routes ("#/proces/x/stap/y") the user has opened
    std::set<std::string> completed_walkthroughs; // "case-type/example"
    std::string last_route;
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
