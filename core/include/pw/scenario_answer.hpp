// What a trainee (or a group) answers at one decision of a scenario.
#pragma once

#include <string>
#include <vector>

namespace pw {

struct ScenarioAnswer {
    std::string action;                  // option id of the action question, if asked
    std::vector<std::string> recipients; // role ids
    std::vector<std::string> data;       // data item ids
    std::string channel;                 // channel id
    std::string judgement;               // option id of the judgement question, if asked
    bool operator==(const ScenarioAnswer&) const = default;
};

} // namespace pw
