// Limits that keep a hostile content file from exhausting the validator:
// nesting depth, input size, bounded suggestions; and the built-in schema
// check knowing every keyword the schemas use.
#include "pw/json_document.hpp"
#include "pw/text.hpp"
#include "schema_check.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

TEST_CASE("JSON nested deeper than the limit is refused before it is built, with the line") {
    const std::size_t limit = pw::kMaxJsonDepth;
    const std::string ok = std::string(limit, '[') + std::string(limit, ']');
    CHECK(pw::parse_json_document(ok).ok);
    const std::string deep =
        "{\n\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    const auto refused = pw::parse_json_document(deep);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error_line == 2);
    CHECK(refused.error.find("dieper genest dan 64") != std::string::npos);
    // Brackets inside strings do not count.
    CHECK(pw::parse_json_document("{\"a\": \"" + std::string(1000, '[') + "\"}").ok);
}

TEST_CASE("a text over the size limit is refused without parsing") {
    const auto refused = pw::parse_json_document(std::string(3u << 20, ' '), 1u << 20);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.find("te groot") != std::string::npos);
}

TEST_CASE("edit distance within a limit, and suggestions that cost little for huge words") {
    CHECK(pw::edit_distance_within("rvdk-adviesteam", "rvdk-advies-team", 2) ==
          std::optional<std::size_t>(1));
    CHECK(pw::edit_distance_within("kitten", "sitting", 3) == std::optional<std::size_t>(3));
    CHECK_FALSE(pw::edit_distance_within("kitten", "sitting", 2));
    CHECK(pw::edit_distance_within("", "abc", 3) == std::optional<std::size_t>(3));
    CHECK(pw::edit_distance_within("abc", "abc", 0) == std::optional<std::size_t>(0));
    for (const char* a : {"melding", "uitspraak-gezag-delen", "x"})
        for (const char* b : {"meldingen", "uitspraak-gezag", "", "ind-zaakeigenaar"})
            for (std::size_t k = 0; k < 8; ++k) {
                const std::size_t full = pw::edit_distance(a, b);
                const auto bounded = pw::edit_distance_within(a, b, k);
                CHECK(bounded == (full <= k ? std::optional<std::size_t>(full) : std::nullopt));
            }
    const std::vector<std::string> roles{"rvdk-advies-team", "ind-zaakeigenaar",
                                         "dtv-regievoerder"};
    CHECK(pw::nearest_match("rvdk-adviesteam", roles) ==
          std::optional<std::string>("rvdk-advies-team"));
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(pw::nearest_match(std::string(10u << 20, 'x'), roles));
    CHECK_FALSE(pw::nearest_match(std::string(150, 'x'), roles));
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
}

TEST_CASE("the built-in schema check knows every keyword content/schemas uses") {
    const auto& schemas = pw::detail::SchemaSet::builtin();
    CHECK(schemas.has("case-type.schema.json"));
    CHECK(schemas.has("manifest.schema.json"));
    CHECK(schemas.unsupported_keywords() == std::vector<std::string>{});
    const auto problems =
        schemas.check(nlohmann::json::parse(R"({"files": ["a.json", "a.json"], "description": 7})"),
                      "manifest.schema.json");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].pointer == "/description");
    CHECK(problems[0].message.find("moet een tekst zijn") != std::string::npos);
    CHECK(problems[1].pointer == "/files/1");
    CHECK(problems[1].message.find("staat twee keer") != std::string::npos);
}
