// One broken exercise must not take the whole guide down: the app loads the
// rest and shows the exercise's problems in the training list instead. The CLI
// validator still reports them as errors.
#include "pw/content_loader.hpp"

#include <algorithm>
#include <set>

namespace pw {

std::vector<BrokenScenarioFile> set_aside_broken_scenarios(LoadResult& result) {
    Model& m = result.model;
    auto is_scenario_file = [&m](const std::string& path) {
        if (path.rfind("scenarios/", 0) == 0) return true;
        return std::any_of(m.files.begin(), m.files.end(), [&](const ContentFile& f) {
            return f.path == path && f.kind == "scenario";
        });
    };
    std::set<std::string> broken;
    for (const Diagnostic& d : result.diagnostics)
        if (d.severity == Severity::error && is_scenario_file(d.file)) broken.insert(d.file);

    std::vector<BrokenScenarioFile> out;
    for (const std::string& file : broken) {
        BrokenScenarioFile b{file, {}};
        for (const Diagnostic& d : result.diagnostics)
            if (d.file == file) b.diagnostics.push_back(d);
        out.push_back(std::move(b));
    }
    std::erase_if(result.diagnostics,
                  [&](const Diagnostic& d) { return broken.count(d.file) > 0; });
    const std::vector<std::string>& paths = result.source_map.paths; // Origin::file indexes these
    std::erase_if(m.scenarios, [&](const Scenario& sc) {
        return sc.origin.file >= 0 && static_cast<std::size_t>(sc.origin.file) < paths.size() &&
               broken.count(paths[static_cast<std::size_t>(sc.origin.file)]) > 0;
    });
    return out;
}

} // namespace pw
