#include "pw/onboarding.hpp"

namespace pw {

std::vector<OnboardingItem> onboarding_path(const Model& m) {
    std::vector<OnboardingItem> out;
    for (const Card& c : m.cards)
        if (c.kind == "rolverdeling")
            out.push_back({Route{Route::Kind::card, {}, {}, c.id, {}}, c.title, "Wie beslist wat"});
    for (const CaseType& ct : m.case_types)
        out.push_back(
            {Route{Route::Kind::case_type, ct.id, {}, {}, {}}, ct.short_title, "Processen"});
    for (const Organisation& o : m.organisations) {
        if (o.kind != "uitvoeringsorganisatie") continue;
        for (const Role& r : m.roles)
            if (r.organisation == o.id)
                out.push_back({Route{Route::Kind::role, {}, {}, r.id, {}}, r.name,
                               "Rollen bij " + o.short_name});
    }
    for (const Card& c : m.cards)
        if (c.kind == "misvatting")
            out.push_back({Route{Route::Kind::card, {}, {}, c.id, {}}, c.title, "Misvattingen"});
    for (const Card& c : m.cards)
        if (c.kind == "samenwerking")
            out.push_back({Route{Route::Kind::card, {}, {}, c.id, {}}, c.title, "Samenwerking"});
    return out;
}

std::size_t onboarding_done(const std::vector<OnboardingItem>& path,
                            const std::set<std::string>& visited) {
    std::size_t n = 0;
    for (const auto& item : path)
        n += visited.count(format_route(item.route));
    return n;
}

} // namespace pw
