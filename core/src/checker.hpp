// The validator's shared machinery: id lookups and helpers that turn a broken
// reference or a missing source into a diagnostic at the right line.
// Internal to the validator; the checks live in validate_*.cpp.
#pragma once

#include "pw/diagnostics.hpp"
#include "pw/model.hpp"
#include "pw/source_map.hpp"

#include <set>
#include <string>
#include <vector>

namespace pw::detail {

class Checker {
  public:
    Checker(const Model& model, const SourceMap& map, bool incomplete);

    const Model& model() const { return m_; }
    Diagnostics take() { return std::move(out_); }

    void error(const Origin& origin, const std::string& suffix, std::string message);
    void reference(const std::string& id, const std::vector<std::string>& ids, const char* noun,
                   const Origin& origin, const std::string& suffix, const std::string& who);
    void references(const std::vector<std::string>& list, const std::vector<std::string>& ids,
                    const char* noun, const Origin& origin, const std::string& suffix,
                    const std::string& who);
    // A source is required; an illustrative flag must say what was added.
    void provenance(const Provenance& p, const Origin& origin, const std::string& who);
    // A claim stands on a source or is visibly an assumption: a citation, or
    // "illustrative": true with a note on what was assumed (steps, flows, role
    // tasks and limits, decision rights, glossary definitions).
    void source_or_flag(const Provenance& p, const Origin& origin, const std::string& who);

    std::vector<std::string> source_ids, organisation_ids, role_ids, system_ids, channel_ids,
        data_ids, legal_basis_ids, principle_ids, case_type_ids, card_ids;

  private:
    void citations_and_flag(const Provenance& p, const Origin& origin, const std::string& who);

    const Model& m_;
    const SourceMap& map_;
    bool incomplete_;
    Diagnostics out_;
};

// Each adds its diagnostics to the checker.
void check_structure(Checker& c); // organisations, roles, catalog, rules, case types, steps, flows
void check_examples(Checker& c);  // worked examples walk a valid path with fictional people
void check_knowledge(Checker& c); // cards, decision rights, contact points, glossary
void check_coverage(Checker& c);  // every case type and role complete, every abbreviation explained
void check_scenarios(Checker& c); // training scenarios: references, answers choosable, no dead ends
void check_scenario(Checker& c, const Scenario& sc); // one of them (check_scenarios runs each)
// The abbreviations in one scenario's texts (check_coverage checks every text).
void check_scenario_abbreviations(Checker& c, const Scenario& sc);
void check_search(Checker& c);     // search names point at organisations and roles; stop words
void check_onboarding(Checker& c); // the onboarding path names existing cards, processes, roles
void check_assistant(
    Checker& c); // the "Wat nu?" interview: references, every answer reaches an outcome

} // namespace pw::detail
