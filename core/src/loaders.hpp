// Per-kind readers of content files. Internal to the loader.
#pragma once

#include "object_reader.hpp"
#include "pw/model.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pw::detail {

// Reads the array `key` of `top` into `out`, one ObjectReader per element,
// labelled "<noun> <id>" so messages name the entity the author is editing.
template <class T, class ReadOne>
void read_entities(const FileContext& file, ObjectReader& top, const char* key, const char* noun,
                   bool required, std::vector<T>& out, ReadOne read_one) {
    const nlohmann::json* list = top.array(key, required);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& item = (*list)[i];
        std::string label = std::string(noun) + " " + std::to_string(i + 1);
        if (item.is_object() && item.contains("id") && item["id"].is_string())
            label = std::string(noun) + " \"" + item["id"].get<std::string>() + "\"";
        ObjectReader reader(file, item, top.child_pointer(key) + "/" + std::to_string(i), label);
        if (!reader.is_object()) continue;
        out.push_back(read_one(reader));
    }
}

void read_sources_file(const FileContext& file, ObjectReader& top, Model& model);
void read_organisations_file(const FileContext& file, ObjectReader& top, Model& model);
void read_catalog_file(const FileContext& file, ObjectReader& top, Model& model);
void read_rules_file(const FileContext& file, ObjectReader& top, Model& model);
void read_case_type_file(const FileContext& file, ObjectReader& top, Model& model);
void read_glossary_file(const FileContext& file, ObjectReader& top, Model& model);
void read_cards_file(const FileContext& file, ObjectReader& top, Model& model);
void read_scenario_file(const FileContext& file, ObjectReader& top, Model& model);
void read_feedback_file(const FileContext& file, ObjectReader& top, Model& model);
void read_escalation_file(const FileContext& file, ObjectReader& top, Model& model);
void read_never(const FileContext& file, ObjectReader& r, EscalationMatter& matter);
// The fictional people of a worked example or an exercise.
std::vector<ExamplePerson> read_persons(const FileContext& file, ObjectReader& r, bool required);
void read_search_file(const FileContext& file, ObjectReader& top, Model& model);
void read_onboarding_file(const FileContext& file, ObjectReader& top, Model& model);
void read_assistant_file(const FileContext& file, ObjectReader& top, Model& model);

} // namespace pw::detail
