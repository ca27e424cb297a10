// Every content file checked against its JSON Schema (content/schemas, built
// in): the rules an author's editor and the ajv test apply — id patterns,
// types, required and unknown fields, enums, list sizes, duplicates in lists —
// hold in the validator too, whatever fields the schemas gain. The draft-07
// keywords the schemas use are interpreted here; a schema using another one
// fails the unit test that lists them (tests/unit/limits_test.cpp); each keyword's
// message is pinned in tests/unit/schema_check_test.cpp.
// Internal to the loader.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pw::detail {

// The schema texts, by file name ("case-type.schema.json"); generated at build time.
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_schema_texts();

struct SchemaProblem {
    std::string pointer; // where in the document
    std::string message; // Dutch, for the author
};

class SchemaSet {
  public:
    // The built-in schemas (parsed once).
    static const SchemaSet& builtin();
    explicit SchemaSet(const std::vector<std::pair<std::string_view, std::string_view>>& texts);

    bool has(const std::string& name) const { return schemas_.count(name) > 0; }
    // Problems of `document` against schema `name` ("scenario.schema.json").
    std::vector<SchemaProblem> check(const nlohmann::json& document, const std::string& name) const;
    // Keywords the checker does not know, with where they occur ("" if none).
    std::vector<std::string> unsupported_keywords() const;

  private:
    std::map<std::string, nlohmann::json> schemas_;
};

// The schema for a content file of `kind` ("case-type" -> "case-type.schema.json").
std::string schema_name_for_kind(const std::string& kind);

} // namespace pw::detail
