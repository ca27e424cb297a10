#include "pw/classroom.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "simulator_internal.hpp"

#include <algorithm>
#include <set>

namespace pw {
namespace {

using nlohmann::json;

json counts_json(const std::map<std::string, int>& counts) {
    json out = json::object();
    for (const auto& [k, v] : counts)
        out[k] = v;
    return out;
}

std::map<std::string, int> counts_from(const json& obj, const char* key) {
    std::map<std::string, int> out;
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_object()) return out;
    for (const auto& [k, v] : it->items())
        if (v.is_number_integer()) out[k] = v.get<int>();
    return out;
}

} // namespace

std::optional<ScenarioAnswer> answer_from_json(const json& value, RequestError& error) {
    return read_answer_json(value, error.message);
}

json answer_to_json(const ScenarioAnswer& a) {
    return answer_json(a, true);
}

std::optional<RequestError> check_classroom_answer(const Scenario& sc, std::string_view decision_id,
                                                   const ScenarioAnswer& a) {
    const ScenarioDecision* d = find_by_id(sc.decisions, decision_id);
    if (!d)
        return RequestError{"Beslismoment \"" + std::string(decision_id) +
                            "\" bestaat niet in deze oefening."};
    if (answer_is_empty(a)) return RequestError{"Het antwoord is leeg."};
    const std::vector<QuestionKind> asked = asked_kinds(*d);
    for (QuestionKind k : kQuestionKinds) {
        const std::vector<std::string> chosen = answer_values(a, k);
        if (chosen.empty()) continue;
        const std::string what = question_kind_label(k);
        if (std::find(asked.begin(), asked.end(), k) == asked.end())
            return RequestError{"Bij dit beslismoment is er geen vraag naar " + what + "."};
        const std::vector<std::string> offered = detail::choice_ids(*d, k);
        std::set<std::string> seen;
        for (const auto& id : chosen) {
            if (std::find(offered.begin(), offered.end(), id) == offered.end())
                return RequestError{"Onbekende keuze \"" + id + "\" voor " + what + "."};
            if (!seen.insert(id).second)
                return RequestError{"\"" + id + "\" is twee keer gekozen."};
        }
    }
    return std::nullopt;
}

std::optional<std::string> clean_nickname(std::string_view name, RequestError& error) {
    while (!name.empty() && name.front() == ' ')
        name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ')
        name.remove_suffix(1);
    if (name.empty() || name.size() > kMaxNicknameBytes) {
        error.message = "Kies een bijnaam van 1 tot " + std::to_string(kMaxNicknameBytes) +
                        " tekens (geen echte naam nodig).";
        return std::nullopt;
    }
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7F || c == '<' || c == '>') {
            error.message = "De bijnaam bevat een teken dat niet mag.";
            return std::nullopt;
        }
    return std::string(name);
}

const std::map<std::string, int>& ChoiceSpread::of(QuestionKind kind) const {
    static const std::map<std::string, int> none;
    const auto it = counts.find(question_kind_id(kind));
    return it == counts.end() ? none : it->second;
}

std::string sequence_key(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ">") + id;
    return out;
}

std::vector<ChoiceSpread> spread_choices(const Scenario& sc,
                                         const std::vector<SubmittedAnswer>& answers) {
    std::vector<ChoiceSpread> out;
    for (const ScenarioDecision& d : sc.decisions) {
        ChoiceSpread s;
        s.decision = d.id;
        for (const SubmittedAnswer& a : answers) {
            if (a.decision != d.id) continue;
            ++s.answers;
            for (QuestionKind k : kQuestionKinds) {
                const std::vector<std::string> ids = answer_values(a.answer, k);
                if (ids.empty()) continue;
                auto& counts = s.counts[question_kind_id(k)];
                if (question_is_sequence(k))
                    ++counts[sequence_key(ids)];
                else
                    for (const auto& id : ids)
                        ++counts[id];
            }
        }
        out.push_back(std::move(s));
    }
    return out;
}

json spread_to_json(const std::vector<ChoiceSpread>& spreads) {
    json out = json::array();
    for (const ChoiceSpread& s : spreads) {
        json entry{{"decision", s.decision}, {"answers", s.answers}};
        for (QuestionKind k : kQuestionKinds)
            entry[question_kind_id(k)] = counts_json(s.of(k));
        out.push_back(std::move(entry));
    }
    return out;
}

std::vector<ChoiceSpread> spread_from_json(const json& value) {
    std::vector<ChoiceSpread> out;
    if (!value.is_array()) return out;
    for (const json& v : value) {
        if (!v.is_object()) continue;
        ChoiceSpread s;
        if (auto it = v.find("decision"); it != v.end() && it->is_string())
            s.decision = it->get<std::string>();
        if (auto it = v.find("answers"); it != v.end() && it->is_number_integer())
            s.answers = it->get<int>();
        for (QuestionKind k : kQuestionKinds)
            if (auto counts = counts_from(v, question_kind_id(k)); !counts.empty())
                s.counts[question_kind_id(k)] = std::move(counts);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace pw
