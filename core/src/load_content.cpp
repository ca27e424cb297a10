#include "pw/content_loader.hpp"

#include "loaders.hpp"
#include "object_reader.hpp"
#include "pw/json_document.hpp"
#include "pw/text.hpp"
#include "pw/validator.hpp"
#include "schema_check.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pw {
namespace {

using detail::FileContext;
using detail::ObjectReader;
using Reader = void (*)(const FileContext&, ObjectReader&, Model&);

const std::map<std::string, Reader>& readers_by_kind() {
    static const std::map<std::string, Reader> readers{
        {"sources", detail::read_sources_file},
        {"organisations", detail::read_organisations_file},
        {"catalog", detail::read_catalog_file},
        {"rules", detail::read_rules_file},
        {"case-type", detail::read_case_type_file},
        {"glossary", detail::read_glossary_file},
        {"cards", detail::read_cards_file},
        {"scenario", detail::read_scenario_file},
        {"feedback", detail::read_feedback_file},
        {"escalation", detail::read_escalation_file},
        {"search", detail::read_search_file},
        {"onboarding", detail::read_onboarding_file},
        {"assistant", detail::read_assistant_file},
    };
    return readers;
}

// Ids must be unique per kind of entity across all files: a reference by id
// would otherwise be ambiguous.
template <class T>
void check_unique(const std::vector<T>& items, const char* noun, const SourceMap& map,
                  Diagnostics& out) {
    std::map<std::string, const T*> seen;
    for (const T& item : items) {
        if (item.id.empty()) continue;
        auto [it, inserted] = seen.emplace(item.id, &item);
        if (inserted) continue;
        const T& first = *it->second;
        out.push_back({Severity::error, map.path_of(item.origin), item.origin.pointer + "/id",
                       map.line_of(item.origin, "/id"),
                       std::string(noun) + " \"" + item.id + "\" bestaat al (in " +
                           map.path_of(first.origin) + ", regel " +
                           std::to_string(map.line_of(first.origin, "/id")) +
                           "); elk id moet uniek zijn."});
    }
}

void check_unique_ids(const Model& m, const SourceMap& map, Diagnostics& out) {
    check_unique(m.sources, "Bron", map, out);
    check_unique(m.organisations, "Organisatie", map, out);
    check_unique(m.roles, "Rol", map, out);
    check_unique(m.systems, "Systeem", map, out);
    check_unique(m.channels, "Kanaal", map, out);
    check_unique(m.data_items, "Gegeven", map, out);
    check_unique(m.legal_bases, "Grondslag", map, out);
    check_unique(m.principles, "Uitgangspunt", map, out);
    check_unique(m.case_types, "Zaaktype", map, out);
    check_unique(m.glossary, "Begrip", map, out);
    check_unique(m.cards, "Kaart", map, out);
    check_unique(m.decision_rights, "Rolverdeling", map, out);
    check_unique(m.contact_points, "Contactpunt", map, out);
    check_unique(m.scenarios, "Oefening", map, out);
    check_unique(m.feedback_rules, "Feedbackregel", map, out);
    check_unique(m.mistake_classes, "Soort fout", map, out);
    check_unique(m.wording_criteria, "Criterium", map, out);
    check_unique(m.venues, "Overleg of loket", map, out);
    check_unique(m.escalation_matters, "Soort kwestie", map, out);
    check_unique(m.assistant.questions, "Vraag", map, out);
    check_unique(m.assistant.outcomes, "Uitkomst", map, out);
    for (const AssistantQuestion& q : m.assistant.questions)
        check_unique(q.options, "Keuze", map, out);
    for (const Scenario& sc : m.scenarios) {
        check_unique(sc.decisions, "Beslismoment", map, out);
        check_unique(sc.endings, "Afloop", map, out);
    }
    for (const CaseType& ct : m.case_types) {
        check_unique(ct.steps, "Stap", map, out);
        std::vector<Flow> flows;
        for (const Step& s : ct.steps)
            flows.insert(flows.end(), s.flows.begin(), s.flows.end());
        check_unique(flows, "Gegevensstroom", map, out);
        check_unique(ct.examples, "Voorbeeld", map, out);
    }
}

// The file against its JSON Schema: what the reader already reported (a
// missing field, a wrong type, an unknown key) is not said twice.
void check_schema(const FileContext& file, const nlohmann::json& root, const std::string& schema,
                  std::size_t first_problem) {
    const auto& schemas = detail::SchemaSet::builtin();
    if (!schemas.has(schema)) return;
    std::vector<std::string> reported;
    for (std::size_t i = first_problem; i < file.diagnostics->size(); ++i)
        reported.push_back((*file.diagnostics)[i].pointer);
    for (detail::SchemaProblem& p : schemas.check(root, schema)) {
        const bool said = std::any_of(reported.begin(), reported.end(), [&](const std::string& r) {
            return p.pointer == r || p.pointer.rfind(r + "/", 0) == 0;
        });
        if (!said) file.report(Severity::error, p.pointer, std::move(p.message));
    }
}

} // namespace

std::vector<std::string> content_file_kinds() {
    std::vector<std::string> kinds;
    for (const auto& [kind, reader] : readers_by_kind())
        kinds.push_back(kind);
    return kinds;
}

LoadResult load_content(const std::vector<ContentSource>& files) {
    LoadResult result;
    for (const ContentSource& source : files) {
        const int index = static_cast<int>(result.source_map.paths.size());
        result.source_map.paths.push_back(source.path);
        result.source_map.lines.emplace_back();

        JsonParseOutcome parsed;
        if (!source.parsed) {
            parsed = parse_json_document(source.text);
            if (!parsed.ok) {
                result.diagnostics.push_back(
                    {Severity::error, source.path, "", parsed.error_line,
                     parsed.error + " (kolom " + std::to_string(parsed.error_column) + ")"});
                ++result.unreadable_files;
                continue;
            }
        }
        const JsonDocument& document = source.parsed ? *source.parsed : parsed.document;
        result.source_map.lines.back() = document.lines;
        FileContext file{index, source.path, &result.source_map.lines.back(), &result.diagnostics};
        for (const std::string& pointer : document.duplicate_keys)
            file.report(Severity::error, pointer,
                        "veld \"" + pointer.substr(pointer.rfind('/') + 1) +
                            "\" staat twee keer in hetzelfde object; de eerste waarde zou "
                            "ongemerkt verloren gaan.");

        const std::size_t first_problem = result.diagnostics.size();
        ObjectReader top(file, document.root, "", "bestand");
        if (!top.is_object()) {
            ++result.unreadable_files;
            continue;
        }
        const std::string kind = top.required_string("kind");
        result.model.files.push_back({source.path, kind});
        const auto& readers = readers_by_kind();
        if (auto it = readers.find(kind); it != readers.end()) {
            it->second(file, top, result.model);
            check_schema(file, document.root, detail::schema_name_for_kind(kind), first_problem);
        } else if (!kind.empty()) {
            std::string message = "onbekende soort inhoud \"" + kind + "\"";
            if (auto guess = nearest_match(kind, content_file_kinds()))
                message += "; bedoelde je \"" + *guess + "\"?";
            else
                message += "; bekende soorten: sources, organisations, catalog, rules, case-type, "
                           "glossary, cards, scenario, feedback, escalation, search, onboarding, "
                           "assistant.";
            file.report(Severity::error, "/kind", std::move(message));
        }
    }
    check_unique_ids(result.model, result.source_map, result.diagnostics);
    return result;
}

LoadResult load_and_validate(const std::vector<ContentSource>& files) {
    LoadResult result = load_content(files);
    Diagnostics more = validate(result.model, result.source_map, result.unreadable_files > 0);
    result.diagnostics.insert(result.diagnostics.end(), more.begin(), more.end());
    return result;
}

std::vector<std::string> read_manifest(const ContentSource& manifest, Diagnostics& diagnostics,
                                       ContentVersion* version) {
    std::vector<std::string> files;
    JsonParseOutcome parsed = parse_json_document(manifest.text);
    if (!parsed.ok) {
        diagnostics.push_back(
            {Severity::error, manifest.path, "", parsed.error_line, parsed.error});
        return files;
    }
    FileContext file{0, manifest.path, &parsed.document.lines, &diagnostics};
    ObjectReader top(file, parsed.document.root, "", "manifest");
    const std::size_t first_problem = diagnostics.size();
    files = top.string_list("files", true);
    const ContentVersion found{top.optional_string("version"), top.optional_string("date")};
    if (version) *version = found;
    top.reject_unknown_keys({"$schema", "files", "description", "version", "date"});
    check_schema(file, parsed.document.root, "manifest.schema.json", first_problem);
    std::set<std::string> seen;
    for (const std::string& f : files) {
        if (!seen.insert(f).second)
            file.report(Severity::error, "/files",
                        "bestand \"" + f + "\" staat twee keer in de lijst.");
        if (f.find("..") != std::string::npos || (!f.empty() && f.front() == '/'))
            file.report(Severity::error, "/files",
                        "bestand \"" + f +
                            "\" ligt buiten content/; gebruik een pad binnen content/.");
    }
    return files;
}

} // namespace pw
