// An answer as JSON: {"action": "id", "recipients": ["id", ...], ...}, one key
// per kind of question (question_kind_id). Used by the classroom API, stored
// progress, downloads, the CLI's answers files and the test hook.
#pragma once

#include "pw/scenario_answer.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pw {

// Limits that keep an answer small whatever a client or a file sends.
inline constexpr std::size_t kMaxChoicesPerQuestion = 40;
inline constexpr std::size_t kMaxChoiceIdBytes = 200;

// Every kind's key when `full`, otherwise only the kinds answered.
nlohmann::json answer_json(const ScenarioAnswer& answer, bool full = false);
// Every key optional (null is empty), of the right type and size; unknown keys
// are refused. On failure `error` says why, in Dutch.
std::optional<ScenarioAnswer> read_answer_json(const nlohmann::json& value, std::string& error);

} // namespace pw
