// What a role does across all processes, derived from the steps and flows so
// it is never typed twice: where it acts, sends and receives, whom it
// contacts and how, and which rules of "who decides what" concern it.
#pragma once

#include "pw/model.hpp"

#include <string>
#include <vector>

namespace pw {

struct RoleAppearance {
    std::string case_type;
    std::string step;
    bool acts = false;     // the step's actor
    bool sends = false;    // sender of one of the step's flows
    bool receives = false; // recipient of one of the step's flows
};

struct RoleContact {
    std::string other_role;
    std::string channel;
    bool outgoing = false; // this role sends to other_role
    int flows = 0;         // how many flows go this way
};

std::vector<RoleAppearance> role_appearances(const Model& model, const std::string& role_id);
std::vector<RoleContact> role_contacts(const Model& model, const std::string& role_id);

// How a role, or any role of an organisation (the "role lens"), takes part in a step.
struct Involvement {
    bool acts = false, sends = false, receives = false;
    bool any() const { return acts || sends || receives; }
};
Involvement step_involvement(const Model& model, const Step& step,
                             const std::string& role_or_organisation);
bool flow_involves(const Model& model, const Flow& flow, const std::string& role_or_organisation);

struct RoleDecisionRights {
    std::vector<const DecisionRight*> decides; // rules in which the role's organisation decides
    std::vector<const DecisionRight*> does_not_decide; // rules it is named in as not deciding
};
RoleDecisionRights decision_rights_for(const Model& model, const std::string& role_id);

} // namespace pw
