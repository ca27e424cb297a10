#include "pw/validator.hpp"

#include "checker.hpp"

namespace pw {

Diagnostics validate(const Model& model, const SourceMap& source_map, bool some_files_unreadable) {
    detail::Checker checker(model, source_map, some_files_unreadable);
    detail::check_structure(checker);
    detail::check_examples(checker);
    detail::check_knowledge(checker);
    detail::check_scenarios(checker);
    detail::check_coverage(checker);
    detail::check_search(checker);
    detail::check_onboarding(checker);
    detail::check_assistant(checker);
    return checker.take();
}

Diagnostics validate_scenario(const Model& model, const Scenario& scenario, const SourceMap& map) {
    detail::Checker checker(model, map, false);
    detail::check_scenario(checker, scenario);
    detail::check_scenario_abbreviations(checker, scenario);
    return checker.take();
}

} // namespace pw
