// The parts of stored progress about content editions: the fingerprint of
// what the user saw and the progress dropped when the content changed, as
// JSON and back (progress.cpp puts them in the whole).
#pragma once

#include "pw/progress.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pw {

nlohmann::json seen_json(const ContentFingerprint& seen);
// nullopt with `error` (Dutch) when damaged or not a fingerprint of this app.
std::optional<ContentFingerprint> read_seen_json(const nlohmann::json& value, std::string& error);

nlohmann::json dropped_json(const std::vector<DroppedProgress>& dropped);
std::optional<std::vector<DroppedProgress>> read_dropped_json(const nlohmann::json& value);

} // namespace pw
