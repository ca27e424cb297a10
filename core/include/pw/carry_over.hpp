// Saved progress carried over to the content as it is now: what still exists
// is kept, and every reference to what no longer exists is taken out and
// named — visited places, completed worked examples, the last place,
// exercises in progress (or their answers that no longer fit a changed
// exercise) and results of exercises that are gone. Nothing goes silently.
#pragma once

#include "pw/model.hpp"
#include "pw/progress.hpp"

#include <string>
#include <vector>

namespace pw {

struct CarriedOver {
    Progress progress; // with `dropped` holding what went, added to what was there
    std::vector<DroppedProgress> dropped; // what went in this call, in the order above
};

// Labels come from the model or, for what is gone, from `progress.seen`.
CarriedOver carry_over(const Progress& progress, const Model& model);

// One sentence per item, Dutch: "Bezochte plek: Verzoek aan de RvdK (Dublin)".
std::string describe_dropped(const DroppedProgress& item);

} // namespace pw
