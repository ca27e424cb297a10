#include "pw/onboarding.hpp"

#include "pw/lookup.hpp"

namespace pw {
namespace {

// The route and title of one item of a group; nothing when the id is unknown
// (the validator reports it).
std::optional<OnboardingItem> item_of(const Model& m, const OnboardingGroup& g,
                                      const std::string& id) {
    if (g.kind == "kaart") {
        if (const Card* c = find_by_id(m.cards, id))
            return OnboardingItem{Route{Route::Kind::card, {}, {}, id, {}}, c->title, g.title,
                                  g.title_en, g.column};
    } else if (g.kind == "proces") {
        if (const CaseType* ct = find_case_type(m, id))
            return OnboardingItem{Route{Route::Kind::case_type, id, {}, {}, {}}, ct->short_title,
                                  g.title, g.title_en, g.column};
    } else if (g.kind == "rol") {
        if (const Role* r = find_role(m, id))
            return OnboardingItem{Route{Route::Kind::role, {}, {}, id, {}}, r->name, g.title,
                                  g.title_en, g.column};
    }
    return std::nullopt;
}

} // namespace

std::vector<OnboardingItem> onboarding_path(const Model& m) {
    std::vector<OnboardingItem> out;
    for (const OnboardingGroup& g : m.onboarding)
        for (const std::string& id : g.items)
            if (auto item = item_of(m, g, id)) out.push_back(std::move(*item));
    return out;
}

std::size_t onboarding_done(const std::vector<OnboardingItem>& path,
                            const std::set<std::string>& visited) {
    std::size_t n = 0;
    for (const auto& item : path)
        n += visited.count(format_route(item.route));
    return n;
}

std::optional<std::size_t> onboarding_position(const std::vector<OnboardingItem>& path,
                                               const Route& route) {
    for (std::size_t i = 0; i < path.size(); ++i)
        if (path[i].route == route) return i;
    return std::nullopt;
}

} // namespace pw
