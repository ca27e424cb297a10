#include "pw/draft_library.hpp"

#include "pw/exercise_draft_json.hpp"

#include <nlohmann/json.hpp>

namespace pw {
namespace {

using Json = nlohmann::ordered_json;
constexpr const char* kLibraryKind = "exercise-drafts";

void refuse_all(DraftLibraryLoad& out, std::string_view stored, const std::string& why) {
    out.problems.push_back("De opgeslagen eigen oefeningen konden niet worden gelezen: " + why +
                           " De opgeslagen tekst is bewaard.");
    out.kept.emplace_back(stored);
}

} // namespace

std::string store_draft_library(const std::vector<ExerciseDraft>& drafts) {
    Json list = Json::array();
    for (const ExerciseDraft& d : drafts)
        list.push_back(Json::parse(store_draft(d)));
    return Json{{"app", "protocolwijzer"},
                {"kind", kLibraryKind},
                {"version", kDraftLibraryVersion},
                {"drafts", list}}
        .dump();
}

DraftLibraryLoad load_draft_library(const Model& model, std::string_view stored) {
    DraftLibraryLoad out;
    if (stored.empty()) return out;
    const Json j = Json::parse(stored, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        refuse_all(out, stored, "het is geen geldige JSON.");
        return out;
    }
    if (j.value("app", "") != "protocolwijzer" || j.value("kind", "") != kLibraryKind ||
        !j.contains("drafts") || !j["drafts"].is_array()) {
        refuse_all(out, stored, "het is geen verzameling oefeningen van Protocolwijzer.");
        return out;
    }
    if (!j["version"].is_number_integer() || j["version"].get<int>() != kDraftLibraryVersion) {
        refuse_all(out, stored,
                   "ze zijn opgeslagen door een andere versie van Protocolwijzer (versie " +
                       j["version"].dump() + ").");
        return out;
    }
    for (const Json& entry : j["drafts"]) {
        const std::string text = entry.dump();
        StoredDraftLoad one = load_stored_draft(model, text);
        if (one.draft)
            out.drafts.push_back(std::move(*one.draft));
        else {
            out.problems.push_back(one.problem);
            out.kept.push_back(one.kept);
        }
    }
    return out;
}

} // namespace pw
