// content/onboarding.json: every group sits in one of the three columns and
// names existing cards, processes or roles, each once on the whole path.
#include "checker.hpp"

#include <map>

namespace pw::detail {

void check_onboarding(Checker& c) {
    // The kind names what the ids are, and is the noun of a broken reference.
    const std::map<std::string, const std::vector<std::string>*> ids{
        {"kaart", &c.card_ids}, {"proces", &c.case_type_ids}, {"rol", &c.role_ids}};
    std::map<std::string, std::string> group_of; // "kind/id" -> the group that has it
    for (std::size_t i = 0; i < c.model().onboarding.size(); ++i) {
        const OnboardingGroup& g = c.model().onboarding[i];
        const std::string who = "Leerpadgroep " + std::to_string(i + 1) + " (\"" + g.title + "\")";
        if (g.column < 1 || g.column > 3)
            c.error(g.origin, "/column", who + ": kolom moet 1, 2 of 3 zijn.");
        const auto kind = ids.find(g.kind);
        if (kind == ids.end()) {
            c.error(g.origin, "/kind",
                    who + ": soort \"" + g.kind + "\" bestaat niet; kies kaart, proces of rol.");
            continue;
        }
        if (g.items.empty()) c.error(g.origin, "/items", who + ": noem minstens één onderdeel.");
        c.references(g.items, *kind->second, kind->first.c_str(), g.origin, "/items", who);
        for (std::size_t j = 0; j < g.items.size(); ++j) {
            const auto [it, added] = group_of.emplace(g.kind + "/" + g.items[j], g.title);
            if (!added)
                c.error(g.origin, "/items/" + std::to_string(j),
                        who + ": \"" + g.items[j] + "\" staat al in groep \"" + it->second +
                            "\"; elk onderdeel staat één keer op het leerpad.");
        }
    }
}

} // namespace pw::detail
