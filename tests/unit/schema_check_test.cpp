// The schema walker's keywords, each on a schema made for it: what the
// content's own schemas rarely exercise (enum, dependencies, anyOf, a $ref's
// description, the limits) keeps its message and its place.
#include "schema_check.hpp"

#include <doctest/doctest.h>

namespace {

using pw::detail::SchemaProblem;
using pw::detail::SchemaSet;

constexpr std::string_view kSchema = R"({
  "definitions": {
    "id": {"type": "string", "pattern": "^[a-z]+$", "description": "kleine letters."}
  },
  "type": "object",
  "required": ["id"],
  "additionalProperties": false,
  "properties": {
    "id": {"$ref": "#/definitions/id"},
    "kind": {"enum": ["stap", "besluit"]},
    "name": {"type": "string", "minLength": 1, "maxLength": 5},
    "tags": {"type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true,
             "items": {"type": "string"}},
    "basis": {"type": "string"},
    "shared": {"type": "boolean"},
    "either": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    "version": {"const": 1}
  },
  "dependencies": {"shared": ["basis"]}
})";

std::vector<SchemaProblem> problems_of(const char* document) {
    static const SchemaSet set({{"t.schema.json", kSchema}});
    return set.check(nlohmann::json::parse(document), "t.schema.json");
}

bool has(const std::vector<SchemaProblem>& problems, const std::string& pointer,
         const std::string& part) {
    for (const SchemaProblem& p : problems)
        if (p.pointer == pointer && p.message.find(part) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("a valid document has no problems") {
    CHECK(problems_of(R"({"id": "abc", "kind": "stap", "tags": ["a"], "either": 3})").empty());
}

TEST_CASE("each keyword reports at its place, in Dutch") {
    const auto p = problems_of(R"({"id": "ABC", "kind": "iets", "name": "", "tags": ["a", "a", "b"],
        "shared": true, "either": true, "version": 2, "extra": 1})");
    CHECK(has(p, "/id", "is niet toegestaan: kleine letters."));
    CHECK(has(p, "/kind", "is geen toegestane waarde; kies uit \"stap\", \"besluit\"."));
    CHECK(has(p, "/name", "is leeg"));
    CHECK(has(p, "/tags", "heeft hoogstens 2 elementen."));
    CHECK(has(p, "/tags/1", "staat twee keer in de lijst (ook als element 1)."));
    CHECK(has(p, "", "veld \"shared\" vraagt ook om veld \"basis\"."));
    CHECK(has(p, "/either", "moet een tekst zijn"));
    CHECK(has(p, "/version", "moet \"1\" zijn, niet \"2\"."));
    CHECK(has(p, "/extra", "onbekend veld \"extra\"."));
    CHECK(p.size() == 9);
}

TEST_CASE("limits, a missing field and a wrong type stop at the first problem of a value") {
    const auto p = problems_of(R"({"name": "te lange naam", "tags": [], "kind": 3})");
    CHECK(has(p, "", "verplicht veld \"id\" ontbreekt."));
    CHECK(has(p, "/name", "is te lang (hoogstens 5 tekens)."));
    CHECK(has(p, "/tags", "heeft minstens 1 element(en) nodig."));
    CHECK(has(p, "/kind", "is geen toegestane waarde"));
    CHECK(p.size() == 4);
    const auto wrong = problems_of(R"([1])");
    REQUIRE(wrong.size() == 1);
    CHECK(wrong[0].message == "het bestand: moet een object zijn, maar is een lijst.");
}
