#include "progress_seen.hpp"

#include <algorithm>
#include <array>

namespace pw {
namespace {

using nlohmann::json;

// Bounds keep a tampered value from growing the app's memory without limit.
constexpr std::size_t kMaxEntities = 20000;
constexpr std::size_t kMaxText = 1000;
constexpr std::size_t kMaxFields = 64;

bool short_string(const json& v, std::size_t max = kMaxText) {
    return v.is_string() && v.get_ref<const std::string&>().size() <= max;
}

bool lower_hex(const std::string& s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

constexpr std::array<std::pair<DroppedProgress::What, const char*>, 5> kWhat{{
    {DroppedProgress::What::visited, "visited"},
    {DroppedProgress::What::walkthrough, "walkthrough"},
    {DroppedProgress::What::exercise_run, "exerciseRun"},
    {DroppedProgress::What::exercise_answers, "exerciseAnswers"},
    {DroppedProgress::What::exercise_result, "exerciseResult"},
}};

} // namespace

json seen_json(const ContentFingerprint& seen) {
    json entities = json::array();
    for (const SeenEntity& e : seen.entities)
        entities.push_back(json::array({e.kind, e.key, e.label, e.hash, e.field_hashes}));
    return json{{"version", seen.version.version},
                {"date", seen.version.date},
                {"entities", std::move(entities)}};
}

std::optional<ContentFingerprint> read_seen_json(const json& v, std::string& error) {
    if (!v.is_object() || !v.contains("entities") || !v.contains("version") ||
        !v.contains("date")) {
        error = "geen versie, datum en onderdelen";
        return std::nullopt;
    }
    const json &version = v["version"], &date = v["date"], &entities = v["entities"];
    if (!short_string(version, 100) || !short_string(date, 100)) {
        error = "versie of datum beschadigd";
        return std::nullopt;
    }
    if (!entities.is_array() || entities.size() > kMaxEntities) {
        error = "lijst van onderdelen beschadigd";
        return std::nullopt;
    }
    ContentFingerprint out{{version.get<std::string>(), date.get<std::string>()}, {}};
    const std::vector<std::string>& kinds = fingerprint_kinds();
    for (const json& e : entities) {
        const bool shaped =
            e.is_array() && e.size() == 5 &&
            std::all_of(e.begin(), e.end(), [](const json& x) { return short_string(x); });
        if (!shaped) {
            error = "onderdeel beschadigd";
            return std::nullopt;
        }
        SeenEntity s{e[0].get<std::string>(), e[1].get<std::string>(), e[2].get<std::string>(),
                     e[3].get<std::string>(), e[4].get<std::string>()};
        if (std::find(kinds.begin(), kinds.end(), s.kind) == kinds.end()) {
            error = "onbekend soort onderdeel \"" + s.kind.substr(0, 40) + "\"";
            return std::nullopt;
        }
        if (s.key.empty() || s.hash.size() != 16 || !lower_hex(s.hash) ||
            s.field_hashes.size() % 4 != 0 || s.field_hashes.size() > 4 * kMaxFields ||
            !lower_hex(s.field_hashes)) {
            error = "onderdeel " + s.kind + " \"" + s.key.substr(0, 80) + "\" beschadigd";
            return std::nullopt;
        }
        out.entities.push_back(std::move(s));
    }
    return out;
}

json dropped_json(const std::vector<DroppedProgress>& dropped) {
    json out = json::array();
    for (const DroppedProgress& d : dropped)
        for (const auto& [what, name] : kWhat)
            if (what == d.what) out.push_back(json::array({name, d.label, d.count}));
    return out;
}

std::optional<std::vector<DroppedProgress>> read_dropped_json(const json& v) {
    if (!v.is_array() || v.size() > kMaxEntities) return std::nullopt;
    std::vector<DroppedProgress> out;
    for (const json& d : v) {
        if (!d.is_array() || d.size() != 3 || !short_string(d[0]) || !short_string(d[1]) ||
            !d[2].is_number_integer())
            return std::nullopt;
        const auto it = std::find_if(kWhat.begin(), kWhat.end(), [&d](const auto& w) {
            return d[0].get_ref<const std::string&>() == w.second;
        });
        if (it == kWhat.end()) return std::nullopt;
        out.push_back({it->first, d[1].get<std::string>(),
                       static_cast<int>(std::clamp(d[2].get<long long>(), 0LL, 10000LL))});
    }
    return out;
}

} // namespace pw
