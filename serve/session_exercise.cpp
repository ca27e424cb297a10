#include "session_exercise.hpp"

#include "pw/exercise_draft_check.hpp"
#include "pw/exercise_draft_json.hpp"
#include "pw/lookup.hpp"

#include <algorithm>

namespace pw::serve {

using nlohmann::json;

namespace {

// How many findings a refusal names: enough to start fixing, short enough to read.
constexpr std::size_t kFindingsShown = 3;

PublishedExercise refuse(int status, const std::string& message, json findings = nullptr) {
    PublishedExercise out;
    out.status = status;
    out.error = {{"error", message}};
    if (!findings.is_null()) out.error["findings"] = std::move(findings);
    return out;
}

// The findings that keep an exercise out of a class: errors and personal data.
bool blocks_sharing(const DraftFinding& f) {
    return f.severity == Severity::error || f.personal_data;
}

PublishedExercise refuse_findings(const std::vector<DraftFinding>& findings) {
    json listed = json::array();
    const bool personal = std::any_of(findings.begin(), findings.end(),
                                      [](const DraftFinding& f) { return f.personal_data; });
    std::string message = personal ? "Deze oefening kan niet worden gedeeld: er staat iets in dat "
                                     "op persoonsgegevens lijkt."
                                   : "Deze oefening kan nog niet worden gespeeld.";
    std::size_t blocking = 0;
    for (const DraftFinding& f : findings) {
        if (!blocks_sharing(f)) continue;
        if (++blocking > kFindingsShown) continue;
        listed.push_back({{"field", f.field}, {"message", f.message}});
        message += " " + f.message + (f.field.empty() ? "" : " (bij " + f.field + ")");
    }
    if (blocking > kFindingsShown)
        message += " En nog " + std::to_string(blocking - kFindingsShown) + " andere.";
    return refuse(422, message, std::move(listed));
}

} // namespace

PublishedExercise read_published_exercise(const Model& model, const json& exercise) {
    if (!exercise.is_object())
        return refuse(400, "Geef de oefening als object: {\"exercise\": {...}}, in het schema van "
                           "content/scenarios/.");
    DraftImport read = draft_from_json(model, exercise.dump());
    if (!read.draft) return refuse(422, read.problem);
    if (find_by_id(model.scenarios, read.draft->id))
        return refuse(422, "Er is al een oefening met het id \"" + read.draft->id +
                               "\" in de gids; geef je eigen versie een eigen id.");
    const std::vector<DraftFinding> findings = check_draft(model, *read.draft);
    if (!can_share(findings)) return refuse_findings(findings);
    PublishedExercise out;
    out.text = draft_to_json(*read.draft);
    out.scenario = std::move(read.draft);
    return out;
}

std::optional<Scenario> stored_exercise(const Model& model, const std::string& text) {
    DraftImport read = draft_from_json(model, text);
    return std::move(read.draft);
}

} // namespace pw::serve
