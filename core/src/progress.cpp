#include "pw/progress.hpp"

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

bool plausible_route(const json& v) {
    return v.is_string() && v.get_ref<const std::string&>().size() <= kMaxRouteLength &&
           v.get_ref<const std::string&>().rfind("#/", 0) == 0;
}

} // namespace

std::string serialize_progress(const Progress& p) {
    json out{{"app", "protocolwijzer"},
             {"version", kProgressVersion},
             {"settings",
              {{"language", p.settings.language},
               {"theme", p.settings.theme},
               {"textScale", p.settings.text_scale}}},
             {"visited", p.visited},
             {"completedWalkthroughs", p.completed_walkthroughs},
             {"lastRoute", p.last_route}};
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
    if (version->get<long long>() != kProgressVersion)
        return reject("versie " + std::to_string(version->get<long long>()) +
                      " wordt niet ondersteund");

    const json* settings = field(doc, "settings");
    if (settings && !settings->is_object()) return reject("instellingen beschadigd");
    const json empty = json::object();
    const json& s = settings ? *settings : empty;
    const auto language = string_field(s, "language", "nl");
    const auto theme = string_field(s, "theme", "light");
    const json* scale = field(s, "textScale");
    if (!language || !theme || (*language != "nl" && *language != "en") ||
        (*theme != "light" && *theme != "dark") || (scale && !scale->is_number()))
        return reject("instellingen beschadigd");
    out.progress.settings =
        Settings{*language, *theme, std::clamp(scale ? scale->get<float>() : 1.0f, 0.85f, 2.0f)};

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
    return out;
}

} // namespace pw
