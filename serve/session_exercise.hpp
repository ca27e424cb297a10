// An exercise a trainer publishes to a class session (issue 22): POST
// /api/sessions {"exercise": <the scenario object of content/scenarios/>}.
// The server reads it with the core's own reader and check (the ones the
// editor and `protocolwijzer validate` use), so a class never plays an
// exercise the app itself would refuse, and personal data never reaches a
// trainee's screen through the server.
#pragma once

#include "pw/exercise_draft.hpp"
#include "pw/model.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pw::serve {

struct PublishedExercise {
    std::optional<Scenario> scenario; // none when refused
    std::string text;                 // draft_to_json of it: what the session keeps
    int status = 0;                   // when refused: 400 or 422
    nlohmann::json error;             // when refused: {"error", "findings"?}
};

// `exercise` is the request's "exercise" member. Refused: not an object (400),
// unreadable, not playable, not shareable (personal data) or carrying the id
// of an exercise `model` ships (422), with the Dutch messages and their fields.
PublishedExercise read_published_exercise(const Model& model, const nlohmann::json& exercise);

// A session's stored exercise read back (the server checked it when it was
// published); none when the text no longer reads with this content.
std::optional<Scenario> stored_exercise(const Model& model, const std::string& text);

} // namespace pw::serve
