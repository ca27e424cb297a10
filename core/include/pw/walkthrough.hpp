// Playing a worked example as a token moving through a process: forward along
// the example, with the user's own choice at each decision, back and restart.
#pragma once

#include "pw/model.hpp"

#include <string>
#include <vector>

namespace pw {

struct Walkthrough {
    std::string case_type;
    std::string example;
    std::vector<std::string> trail; // steps visited, the last one is where the token is
    bool operator==(const Walkthrough&) const = default;
};

struct WalkthroughChoice {
    std::string step;        // where this choice leads
    std::string label;       // the outcome, for decisions
    bool in_example = false; // the path the worked example takes
};

Walkthrough start_walkthrough(const CaseType& case_type, const Example& example);
const Step* walkthrough_step(const CaseType& case_type, const Walkthrough& w);
std::vector<WalkthroughChoice> walkthrough_choices(const CaseType& case_type,
                                                   const Example& example, const Walkthrough& w);
// Moves to `next` if the process allows it from the current step.
bool advance_walkthrough(const CaseType& case_type, Walkthrough& w, const std::string& next);
bool back_walkthrough(Walkthrough& w);
bool walkthrough_finished(const CaseType& case_type, const Walkthrough& w);
// True while the user has followed the example's own path.
bool walkthrough_on_script(const Example& example, const Walkthrough& w);
// The example's narrative for the current step when on script, otherwise empty.
std::string walkthrough_narrative(const Example& example, const Walkthrough& w);

} // namespace pw
