// The text version's exercises as JSON for its page script: the list of
// exercises, and a run replayed from the answers given so far (feedback per
// decision with its sources, the decision to answer now, the debrief). Pure:
// the same core calls as the app and `protocolwijzer play`, nothing of the browser.
#pragma once

#include "pw/model.hpp"

#include <nlohmann/json.hpp>

namespace pw::text {

// [{id, title, caseType, perspective, summary}] in content order.
nlohmann::json exercises_json(const Model& model);

// request: {"exercise": id, "answers": [answer, ...]} (answers as in
// `protocolwijzer play`, in the order given). The answer: {exercise, outcomes,
// current, finished, ending, debrief, csv}, or {error, answered} when the
// request does not fit (the error in Dutch; `answered` counts the answers that did).
nlohmann::json play_json(const Model& model, const nlohmann::json& request);

} // namespace pw::text
