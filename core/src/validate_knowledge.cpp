// Cards, decision rights and contact points: references and sources.
#include "checker.hpp"

namespace pw::detail {

void check_knowledge(Checker& c) {
    const Model& m = c.model();
    for (const Card& card : m.cards) {
        const std::string who = "Kaart \"" + card.id + "\"";
        c.references(card.organisations, c.organisation_ids, "organisatie", card.origin,
                     "/organisations", who);
        c.references(card.roles, c.role_ids, "rol", card.origin, "/roles", who);
        c.references(card.case_types, c.case_type_ids, "zaaktype", card.origin, "/caseTypes", who);
        c.provenance(card.provenance, card.origin, who);
    }
    for (const DecisionRight& d : m.decision_rights) {
        const std::string who = "Rolverdeling \"" + d.id + "\"";
        c.reference(d.organisation, c.organisation_ids, "organisatie", d.origin, "/organisation",
                    who);
        c.references(d.not_decided_by, c.organisation_ids, "organisatie", d.origin, "/notDecidedBy",
                     who);
        c.source_or_flag(d.provenance, d.origin, who);
    }
    for (const ContactPoint& p : m.contact_points) {
        const std::string who = "Contactpunt \"" + p.id + "\"";
        c.reference(p.organisation, c.organisation_ids, "organisatie", p.origin, "/organisation",
                    who);
        c.reference(p.role, c.role_ids, "rol", p.origin, "/role", who);
        c.provenance(p.provenance, p.origin, who);
    }
    for (const GlossaryTerm& t : m.glossary)
        c.source_or_flag(t.provenance, t.origin, "Begrip \"" + t.id + "\"");
}

} // namespace pw::detail
