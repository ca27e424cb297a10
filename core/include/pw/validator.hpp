// Checks a loaded model as a whole: every reference resolves, every step can be
// reached, every flow says why, what and on which source it rests.
#pragma once

#include "pw/diagnostics.hpp"
#include "pw/model.hpp"
#include "pw/source_map.hpp"

namespace pw {

// With `some_files_unreadable`, references into a kind of entity of which
// nothing was loaded are not reported: the broken file is the one problem,
// not a hundred dangling references to what it would have defined.
Diagnostics validate(const Model& model, const SourceMap& source_map,
                     bool some_files_unreadable = false);

// One scenario against the rest of the content, with the checks validate()
// runs on each scenario and on its texts' abbreviations: the exercise editor
// checks a draft this way while it is typed. `map` holds the scenario's file
// (scenario.origin.file indexes it); the model's own scenarios are not checked.
Diagnostics validate_scenario(const Model& model, const Scenario& scenario, const SourceMap& map);

} // namespace pw
