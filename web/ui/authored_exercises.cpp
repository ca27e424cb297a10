#include "ui/authored_exercises.hpp"

#include "pw/exercise_draft_json.hpp"
#include "ui/strings.hpp"

#include <algorithm>

namespace pw::ui {

AddedExercise add_authored_exercise(AppState& s, std::string_view text) {
    DraftImport read = draft_from_json(s.content.model, text);
    if (!read.draft) return {{}, read.problem};
    const std::string id = read.draft->id;
    if (std::string problem = put_authored_exercise(s, std::move(*read.draft)); !problem.empty())
        return {{}, problem};
    // Search finds exercises too: the index is built again, with this one, on next use.
    s.forget_search_index();
    return {id, {}};
}

std::string put_authored_exercise(AppState& s, Scenario exercise) {
    const std::string id = exercise.id;
    std::vector<Scenario>& scenarios = s.content.model.scenarios;
    const auto same = std::find_if(scenarios.begin(), scenarios.end(),
                                   [&id](const Scenario& sc) { return sc.id == id; });
    if (same != scenarios.end() && !s.is_authored(id)) return trf(Text::exercise_id_shipped, id);
    if (same != scenarios.end()) {
        *same = std::move(exercise);
    } else {
        scenarios.push_back(std::move(exercise));
        s.authored_exercises.push_back(id);
    }
    return {};
}

void forget_authored_exercise(AppState& s, const std::string& id) {
    if (!s.is_authored(id)) return;
    auto& model = s.content.model.scenarios;
    model.erase(
        std::remove_if(model.begin(), model.end(), [&](const Scenario& sc) { return sc.id == id; }),
        model.end());
    auto& ids = s.authored_exercises;
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
}

} // namespace pw::ui
