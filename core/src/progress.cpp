#include "pw/progress.hpp"

#include "progress_seen.hpp"
#include "pw/scenario_answer_json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pw {
namespace {

using nlohmann::json;

// Bounds keep a tampered value from growing the app's memory without limit.
constexpr std::size_t kMaxEntries = 5000;
constexpr std::size_t kMaxRouteLength = 500;

// nlohmann's value() throws (aborts, here) on a wrong type: read fields by hand.
const json* field(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

std::optional<std::string> string_field(const json& obj, const char* key, const char* fallback) {
    const json* v = field(obj, key);
    if (!v) return std::string(fallback);
    if (!v->is_string()) return std::nullopt;
    return v->get<std::string>();
}

std::optional<ScenarioAnswer> read_answer(const json& v) {
    std::string error;
    return read_answer_json(v, error);
}

// Exercises in progress and results; false when the stored value is damaged.
bool read_scenarios(const json& doc, Progress& p) {
    if (const json* runs = field(doc, "scenarioRuns")) {
        if (!runs->is_object() || runs->size() > kMaxEntries) return false;
        for (const auto& [id, list] : runs->items()) {
            if (id.size() > kMaxRouteLength || !list.is_array() || list.size() > 200) return false;
            std::vector<ScenarioAnswer> answers;
            for (const json& a : list) {
                auto answer = read_answer(a);
                if (!answer) return false;
                answers.push_back(std::move(*answer));
            }
            p.scenario_runs[id] = std::move(answers);
        }
    }
    if (const json* results = field(doc, "scenarioResults")) {
        if (!results->is_object() || results->size() > kMaxEntries) return false;
        for (const auto& [id, r] : results->items()) {
            if (id.size() > kMaxRouteLength || !r.is_object()) return false;
            const json *points = field(r, "points"), *max = field(r, "max"),
                       *runs = field(r, "finishedRuns");
            if (!points || !max || !points->is_number() || !max->is_number() ||
                (runs && !runs->is_number_integer()))
                return false;
            const double mx = std::max(0.0, max->get<double>());
            p.scenario_results[id] = ScenarioResult{std::clamp(points->get<double>(), 0.0, mx), mx,
                                                    runs ? std::max(0, runs->get<int>()) : 1};
        }
    }
    return true;
}

bool plausible_route(const json& v) {
    return v.is_string() && v.get_ref<const std::string&>().size() <= kMaxRouteLength &&
           v.get_ref<const std::string&>().rfind("#/", 0) == 0;
}

// What the user saw of the content, and what was dropped when it changed.
// Damaged, they alone are left out and said: the progress itself is kept.
void read_content_seen(const json& doc, ProgressLoad& out) {
    std::string why;
    if (const json* seen = field(doc, "seen")) {
        std::string error;
        out.progress.seen = read_seen_json(*seen, error);
        if (!out.progress.seen) why = "welke inhoud je het laatst zag: " + error;
    }
    if (const json* dropped = field(doc, "dropped")) {
        auto list = read_dropped_json(*dropped);
        if (list)
            out.progress.dropped = std::move(*list);
        else
            why += (why.empty() ? "" : "; ") + std::string("wat eerder verviel");
    }
    if (!why.empty())
        out.problem = "Een deel van de opgeslagen voortgang kon niet worden gelezen (" + why +
                      "). Je voortgang zelf is bewaard; wat er sinds je vorige bezoek aan de "
                      "inhoud veranderde, kan niet worden getoond.";
}

} // namespace

std::string serialize_progress(const Progress& p) {
    json out{{"app", "protocolwijzer"},
             {"version", kProgressVersion},
             {"settings",
              {{"language", p.settings.language},
               {"theme", p.settings.theme},
               {"textScale", p.settings.text_scale},
               {"singleKeyShortcuts", p.settings.single_key_shortcuts}}},
             {"visited", p.visited},
             {"completedWalkthroughs", p.completed_walkthroughs},
             {"lastRoute", p.last_route}};
    json runs = json::object(), results = json::object();
    for (const auto& [id, answers] : p.scenario_runs) {
        json list = json::array();
        for (const ScenarioAnswer& a : answers)
            list.push_back(answer_json(a));
        runs[id] = std::move(list);
    }
    for (const auto& [id, r] : p.scenario_results)
        results[id] = {{"points", r.points}, {"max", r.max}, {"finishedRuns", r.finished_runs}};
    out["scenarioRuns"] = std::move(runs);
    out["scenarioResults"] = std::move(results);
    if (p.seen) out["seen"] = seen_json(*p.seen);
    if (!p.dropped.empty()) out["dropped"] = dropped_json(p.dropped);
    return out.dump();
}

ProgressLoad parse_progress(std::string_view stored) {
    ProgressLoad out;
    if (stored.empty()) return out;
    const json doc = json::parse(stored, nullptr, false);
    auto reject = [&out](std::string why) {
        out.progress = Progress{};
        out.problem =
            "De opgeslagen voortgang kon niet worden gelezen (" + why + ") en is opnieuw begonnen.";
        return out;
    };
    if (doc.is_discarded()) return reject("geen geldige JSON");
    if (!doc.is_object() ||
        string_field(doc, "app", "") != std::optional<std::string>("protocolwijzer"))
        return reject("niet van Protocolwijzer");
    const json* version = field(doc, "version");
    if (!version || !version->is_number_integer()) return reject("versie ontbreekt");
    // Version 1 had no exercises, version 2 no fingerprint of the content
    // seen: they read as version 3 without them.
    if (version->get<long long>() < 1 || version->get<long long>() > kProgressVersion)
        return reject("versie " + std::to_string(version->get<long long>()) +
                      " wordt niet ondersteund");

    const json* settings = field(doc, "settings");
    if (settings && !settings->is_object()) return reject("instellingen beschadigd");
    const json empty = json::object();
    const json& s = settings ? *settings : empty;
    const auto language = string_field(s, "language", "nl");
    // Saved before there was a "system" choice: "light" was the default then.
    const auto theme = string_field(s, "theme", "system");
    const json* scale = field(s, "textScale");
    const json* shortcuts = field(s, "singleKeyShortcuts");
    if (!language || !theme || (*language != "nl" && *language != "en") ||
        (*theme != "system" && *theme != "light" && *theme != "dark") ||
        (scale && !scale->is_number()) || (shortcuts && !shortcuts->is_boolean()))
        return reject("instellingen beschadigd");
    out.progress.settings =
        Settings{*language, *theme, std::clamp(scale ? scale->get<float>() : 1.0f, 0.85f, 2.0f),
                 shortcuts ? shortcuts->get<bool>() : true};

    for (const char* key : {"visited", "completedWalkthroughs"}) {
        const json* list = field(doc, key);
        if (!list) continue;
        if (!list->is_array() || list->size() > kMaxEntries) return reject("lijst beschadigd");
        auto& target = std::string(key) == "visited" ? out.progress.visited
                                                     : out.progress.completed_walkthroughs;
        for (const json& v : *list) {
            if (!v.is_string() || v.get_ref<const std::string&>().size() > kMaxRouteLength)
                return reject("lijst beschadigd");
            target.insert(v.get<std::string>());
        }
    }
    const json* last = field(doc, "lastRoute");
    if (last && !(last->is_string() &&
                  (last->get_ref<const std::string&>().empty() || plausible_route(*last))))
        return reject("laatste plek beschadigd");
    if (last) out.progress.last_route = last->get<std::string>();
    if (!read_scenarios(doc, out.progress)) return reject("oefeningen beschadigd");
    read_content_seen(doc, out);
    return out;
}

} // namespace pw
