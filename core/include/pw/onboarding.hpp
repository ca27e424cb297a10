// "Ik ben nieuw": a reading path for new staff through who decides what, every
// case type, the roles of the three organisations, the misconceptions and the
// cooperation structure. Derived from the content, so new content joins it.
#pragma once

#include "pw/model.hpp"
#include "pw/routes.hpp"

#include <set>
#include <string>
#include <vector>

namespace pw {

struct OnboardingItem {
    Route route;
    std::string title;
    std::string group; // "Wie beslist wat", "Processen", "Rollen", ...
};

std::vector<OnboardingItem> onboarding_path(const Model& model);

// How many items of the path are among the visited routes.
std::size_t onboarding_done(const std::vector<OnboardingItem>& path,
                            const std::set<std::string>& visited);

} // namespace pw
