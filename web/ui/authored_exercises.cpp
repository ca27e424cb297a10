#include "ui/authored_exercises.hpp"

#include "pw/exercise_draft_json.hpp"
#include "ui/strings.hpp"

#include <algorithm>

namespace pw::ui {

AddedExercise add_authored_exercise(AppState& s, std::string_view text) {
    DraftImport read = draft_from_json(s.content.model, text);
    if (!read.draft) return {{}, read.problem};
    const std::string id = read.draft->id;
    std::vector<Scenario>& scenarios = s.content.model.scenarios;
    const auto same = std::find_if(scenarios.begin(), scenarios.end(),
                                   [&id](const Scenario& sc) { return sc.id == id; });
    if (same != scenarios.end() && !s.is_authored(id))
        return {{}, trf(Text::exercise_id_shipped, id)};
    if (same != scenarios.end()) {
        *same = std::move(*read.draft);
    } else {
        scenarios.push_back(std::move(*read.draft));
        s.authored_exercises.push_back(id);
    }
    // Search finds exercises too: the index is built again, with this one, on next use.
    s.search_index_built.reset();
    return {id, {}};
}

} // namespace pw::ui
