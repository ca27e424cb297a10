#include "pw/scenario_answer_json.hpp"

namespace pw {

using nlohmann::json;

json answer_json(const ScenarioAnswer& a, bool full) {
    json out = json::object();
    for (QuestionKind k : kQuestionKinds) {
        const std::vector<std::string> ids = answer_values(a, k);
        if (ids.empty() && !full) continue;
        if (question_takes_many(k))
            out[question_kind_id(k)] = ids;
        else
            out[question_kind_id(k)] = ids.empty() ? std::string() : ids.front();
    }
    return out;
}

std::optional<ScenarioAnswer> read_answer_json(const json& value, std::string& error) {
    if (!value.is_object()) {
        error = "Een antwoord moet een object zijn, bijvoorbeeld {\"action\": \"informeren\"}.";
        return std::nullopt;
    }
    ScenarioAnswer a;
    for (const auto& [key, v] : value.items()) {
        const auto kind = question_kind_from_id(key);
        if (!kind) {
            error = "Onbekend veld \"" + key + "\" in het antwoord.";
            return std::nullopt;
        }
        if (v.is_null()) continue;
        auto short_id = [](const json& x) {
            return x.is_string() && x.get_ref<const std::string&>().size() <= kMaxChoiceIdBytes;
        };
        std::vector<std::string> ids;
        if (!question_takes_many(*kind)) {
            if (!short_id(v)) {
                error = "\"" + key + "\" moet een korte tekst zijn (het id van een keuze).";
                return std::nullopt;
            }
            if (!v.get_ref<const std::string&>().empty()) ids.push_back(v.get<std::string>());
        } else {
            if (!v.is_array() || v.size() > kMaxChoicesPerQuestion) {
                error = "\"" + key + "\" moet een lijst van hoogstens " +
                        std::to_string(kMaxChoicesPerQuestion) + " keuzes zijn.";
                return std::nullopt;
            }
            for (const json& x : v) {
                if (!short_id(x)) {
                    error = "\"" + key + "\" bevat iets anders dan een keuze.";
                    return std::nullopt;
                }
                ids.push_back(x.get<std::string>());
            }
        }
        set_answer_values(a, *kind, std::move(ids));
    }
    return a;
}

} // namespace pw
