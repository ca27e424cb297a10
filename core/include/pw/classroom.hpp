// A classroom session: trainees submit their answers per decision of the
// scenario the trainer runs, and the trainer sees how the choices spread.
// Pure rules shared by the server (which validates and stores) and the app
// (which sends and shows): what a valid submission is, and how to count.
#pragma once

#include "pw/model.hpp"
#include "pw/scenario_answer.hpp"
#include "pw/scenario_answer_json.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

// Limits that keep a request small whatever a client sends (and kMaxChoicesPerQuestion).
inline constexpr std::size_t kMaxNicknameBytes = 40;

// A problem with a request, in Dutch, for the client to show.
struct RequestError {
    std::string message;
};

// An answer from JSON (one key per kind of question, see scenario_answer_json.hpp),
// every field optional but of the right type and size.
std::optional<ScenarioAnswer> answer_from_json(const nlohmann::json& value, RequestError& error);
nlohmann::json answer_to_json(const ScenarioAnswer& answer);

// Whether `answer` could have been given at `decision` of `scenario`: every id
// is one of the choices offered there, nothing is chosen twice.
std::optional<RequestError> check_classroom_answer(const Scenario& scenario,
                                                   std::string_view decision,
                                                   const ScenarioAnswer& answer);

// A nickname trainees pick (no personal data is asked for): 1 to 40 bytes of
// printable UTF-8 after trimming. Returns the trimmed nickname.
std::optional<std::string> clean_nickname(std::string_view nickname, RequestError& error);

// How often each choice was made at one decision, per kind of question. A
// sequence (order, route) counts as one choice: its ids joined by ">".
struct ChoiceSpread {
    std::string decision;
    int answers = 0;
    std::map<std::string, std::map<std::string, int>> counts; // kind id -> choice -> count
    const std::map<std::string, int>& of(QuestionKind kind) const;
};
std::string sequence_key(const std::vector<std::string>& ids);

struct SubmittedAnswer {
    std::string decision;
    ScenarioAnswer answer;
};

// One spread per decision of the scenario, in the scenario's order.
std::vector<ChoiceSpread> spread_choices(const Scenario& scenario,
                                         const std::vector<SubmittedAnswer>& answers);
nlohmann::json spread_to_json(const std::vector<ChoiceSpread>& spreads);
std::vector<ChoiceSpread> spread_from_json(const nlohmann::json& value);

} // namespace pw
