// "Ik ben nieuw": a reading path for new staff through who decides what, every
// case type, the roles of the three organisations, the misconceptions and the
// cooperation structure. Its groups and order come from content/onboarding.json.
#pragma once

#include "pw/model.hpp"
#include "pw/routes.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pw {

struct OnboardingItem {
    Route route;
    std::string title;
    std::string group;    // "Wie beslist wat", "Processen", "Rollen bij IND", ...
    std::string group_en; // the same in English, or empty
    int column = 1;       // 1, 2 or 3 on the home page
};

std::vector<OnboardingItem> onboarding_path(const Model& model);

// How many items of the path are among the visited routes.
std::size_t onboarding_done(const std::vector<OnboardingItem>& path,
                            const std::set<std::string>& visited);

// Where a route is on the path, if it is on it.
std::optional<std::size_t> onboarding_position(const std::vector<OnboardingItem>& path,
                                               const Route& route);

} // namespace pw
