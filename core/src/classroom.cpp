#include "pw/classroom.hpp"

#include "pw/lookup.hpp"

#include <algorithm>
#include <set>

namespace pw {
namespace {

using nlohmann::json;

bool read_string(const json& obj, const char* key, std::string& out, RequestError& error) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return true;
    if (!it->is_string() || it->get_ref<const std::string&>().size() > 200) {
        error.message = std::string("\"") + key + "\" moet een korte tekst zijn.";
        return false;
    }
    out = it->get<std::string>();
    return true;
}

bool read_list(const json& obj, const char* key, std::vector<std::string>& out,
               RequestError& error) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return true;
    if (!it->is_array() || it->size() > kMaxChoicesPerQuestion) {
        error.message = std::string("\"") + key + "\" moet een lijst van hoogstens " +
                        std::to_string(kMaxChoicesPerQuestion) + " keuzes zijn.";
        return false;
    }
    for (const json& v : *it) {
        if (!v.is_string() || v.get_ref<const std::string&>().size() > 200) {
            error.message = std::string("\"") + key + "\" bevat iets anders dan een keuze.";
            return false;
        }
        out.push_back(v.get<std::string>());
    }
    return true;
}

bool offered(const std::vector<std::string>& choices, const std::string& id) {
    return std::find(choices.begin(), choices.end(), id) != choices.end();
}

std::optional<RequestError> check_option(const ScenarioQuestion& q, const std::string& id,
                                         const char* what) {
    if (id.empty()) return std::nullopt;
    if (!q.asked())
        return RequestError{std::string("Bij dit beslismoment is er geen vraag naar ") + what +
                            "."};
    if (!find_by_id(q.options, id))
        return RequestError{std::string("Onbekende keuze \"") + id + "\" voor " + what + "."};
    return std::nullopt;
}

std::optional<RequestError> check_subset(const std::vector<std::string>& chosen,
                                         const std::vector<std::string>& choices,
                                         const char* what) {
    std::set<std::string> seen;
    for (const auto& id : chosen) {
        if (!offered(choices, id))
            return RequestError{std::string("\"") + id + "\" is geen keuze voor " + what +
                                " bij dit beslismoment."};
        if (!seen.insert(id).second)
            return RequestError{std::string("\"") + id + "\" is twee keer gekozen."};
    }
    return std::nullopt;
}

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
    if (!value.is_object()) {
        error.message = "\"answer\" moet een object zijn.";
        return std::nullopt;
    }
    for (const auto& [key, v] : value.items()) {
        (void)v;
        if (key != "action" && key != "recipients" && key != "data" && key != "channel" &&
            key != "judgement") {
            error.message = "Onbekend veld \"" + key + "\" in het antwoord.";
            return std::nullopt;
        }
    }
    ScenarioAnswer a;
    if (!read_string(value, "action", a.action, error) ||
        !read_list(value, "recipients", a.recipients, error) ||
        !read_list(value, "data", a.data, error) ||
        !read_string(value, "channel", a.channel, error) ||
        !read_string(value, "judgement", a.judgement, error))
        return std::nullopt;
    return a;
}

json answer_to_json(const ScenarioAnswer& a) {
    return {{"action", a.action},
            {"recipients", a.recipients},
            {"data", a.data},
            {"channel", a.channel},
            {"judgement", a.judgement}};
}

std::optional<RequestError> check_classroom_answer(const Scenario& sc, std::string_view decision_id,
                                                   const ScenarioAnswer& a) {
    const ScenarioDecision* d = find_by_id(sc.decisions, decision_id);
    if (!d)
        return RequestError{"Beslismoment \"" + std::string(decision_id) +
                            "\" bestaat niet in deze oefening."};
    if (auto e = check_option(d->action, a.action, "de volgende stap")) return e;
    if (auto e = check_option(d->judgement, a.judgement, "wie wat beslist")) return e;
    if (auto e = check_subset(a.recipients, d->offered_recipients, "ontvangers")) return e;
    if (auto e = check_subset(a.data, d->offered_data, "gegevens")) return e;
    if (!a.channel.empty() && !offered(d->offered_channels, a.channel))
        return RequestError{"\"" + a.channel +
                            "\" is geen keuze voor het kanaal bij dit beslismoment."};
    const bool empty = a.action.empty() && a.judgement.empty() && a.recipients.empty() &&
                       a.data.empty() && a.channel.empty();
    if (empty) return RequestError{"Het antwoord is leeg."};
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

std::vector<ChoiceSpread> spread_choices(const Scenario& sc,
                                         const std::vector<SubmittedAnswer>& answers) {
    std::vector<ChoiceSpread> out;
    for (const ScenarioDecision& d : sc.decisions) {
        ChoiceSpread s;
        s.decision = d.id;
        for (const SubmittedAnswer& a : answers) {
            if (a.decision != d.id) continue;
            ++s.answers;
            if (!a.answer.action.empty()) ++s.action[a.answer.action];
            if (!a.answer.judgement.empty()) ++s.judgement[a.answer.judgement];
            if (!a.answer.channel.empty()) ++s.channel[a.answer.channel];
            for (const auto& r : a.answer.recipients)
                ++s.recipients[r];
            for (const auto& x : a.answer.data)
                ++s.data[x];
        }
        out.push_back(std::move(s));
    }
    return out;
}

json spread_to_json(const std::vector<ChoiceSpread>& spreads) {
    json out = json::array();
    for (const ChoiceSpread& s : spreads)
        out.push_back({{"decision", s.decision},
                       {"answers", s.answers},
                       {"action", counts_json(s.action)},
                       {"recipients", counts_json(s.recipients)},
                       {"data", counts_json(s.data)},
                       {"channel", counts_json(s.channel)},
                       {"judgement", counts_json(s.judgement)}});
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
        s.action = counts_from(v, "action");
        s.recipients = counts_from(v, "recipients");
        s.data = counts_from(v, "data");
        s.channel = counts_from(v, "channel");
        s.judgement = counts_from(v, "judgement");
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace pw
