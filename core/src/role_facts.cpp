#include "pw/role_facts.hpp"

#include "pw/lookup.hpp"

#include <algorithm>

namespace pw {

std::vector<RoleAppearance> role_appearances(const Model& model, const std::string& role_id) {
    std::vector<RoleAppearance> out;
    for (const CaseType& ct : model.case_types)
        for (const Step& s : ct.steps) {
            RoleAppearance a{ct.id, s.id, s.actor == role_id, false, false};
            for (const Flow& f : s.flows) {
                a.sends = a.sends || f.from == role_id;
                a.receives =
                    a.receives || std::find(f.to.begin(), f.to.end(), role_id) != f.to.end();
            }
            if (a.acts || a.sends || a.receives) out.push_back(a);
        }
    return out;
}

std::vector<RoleContact> role_contacts(const Model& model, const std::string& role_id) {
    std::vector<RoleContact> out;
    auto add = [&out](const std::string& other, const std::string& channel, bool outgoing) {
        for (RoleContact& c : out)
            if (c.other_role == other && c.channel == channel && c.outgoing == outgoing) {
                ++c.flows;
                return;
            }
        out.push_back(RoleContact{other, channel, outgoing, 1});
    };
    for (const CaseType& ct : model.case_types)
        for (const Step& s : ct.steps)
            for (const Flow& f : s.flows) {
                if (f.from == role_id)
                    for (const auto& to : f.to)
                        add(to, f.channel, true);
                if (std::find(f.to.begin(), f.to.end(), role_id) != f.to.end())
                    add(f.from, f.channel, false);
            }
    std::stable_sort(out.begin(), out.end(),
                     [](const RoleContact& a, const RoleContact& b) { return a.flows > b.flows; });
    return out;
}

namespace {

bool matches(const Model& m, const std::string& role_id, const std::string& lens) {
    if (role_id == lens) return true;
    const Role* r = find_role(m, role_id);
    return r && r->organisation == lens;
}

} // namespace

Involvement step_involvement(const Model& m, const Step& s, const std::string& lens) {
    Involvement i;
    if (lens.empty()) return i;
    i.acts = matches(m, s.actor, lens);
    for (const Flow& f : s.flows) {
        i.sends = i.sends || matches(m, f.from, lens);
        for (const auto& to : f.to)
            i.receives = i.receives || matches(m, to, lens);
    }
    return i;
}

bool flow_involves(const Model& m, const Flow& f, const std::string& lens) {
    if (lens.empty()) return false;
    if (matches(m, f.from, lens)) return true;
    for (const auto& to : f.to)
        if (matches(m, to, lens)) return true;
    return false;
}

RoleDecisionRights decision_rights_for(const Model& model, const std::string& role_id) {
    RoleDecisionRights out;
    const Role* role = find_role(model, role_id);
    if (!role) return out;
    for (const DecisionRight& d : model.decision_rights) {
        if (d.organisation == role->organisation) out.decides.push_back(&d);
        if (std::find(d.not_decided_by.begin(), d.not_decided_by.end(), role->organisation) !=
            d.not_decided_by.end())
            out.does_not_decide.push_back(&d);
    }
    return out;
}

} // namespace pw
