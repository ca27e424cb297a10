#include "pw/json_document.hpp"

#include <doctest/doctest.h>

using pw::parse_json_document;

TEST_CASE("every value gets the line it starts on") {
    const std::string text = "{\n"
                             "  \"a\": 1,\n"
                             "  \"b\": [\n"
                             "    \"x\",\n"
                             "    {\"c\": true}\n"
                             "  ],\n"
                             "  \"d/e\": 2.5\n"
                             "}\n";
    auto out = parse_json_document(text);
    REQUIRE(out.ok);
    const auto& lines = out.document.lines.lines();
    CHECK(lines.at("") == 1);
    CHECK(lines.at("/a") == 2);
    CHECK(lines.at("/b") == 3);
    CHECK(lines.at("/b/0") == 4);
    CHECK(lines.at("/b/1") == 5);
    CHECK(lines.at("/b/1/c") == 5);
    CHECK(lines.at("/d~1e") == 7);
    CHECK(out.document.root["b"][1]["c"] == true);
    CHECK(out.document.root["d/e"] == 2.5);
}

TEST_CASE("a number at the end of a line keeps its own line") {
    auto out = parse_json_document("{\"n\":\n  42\n,\"m\": 1}");
    REQUIRE(out.ok);
    CHECK(out.document.lines.lines().at("/n") == 2);
    CHECK(out.document.lines.lines().at("/m") == 3);
}

TEST_CASE("duplicate keys are found, not silently merged") {
    auto out = parse_json_document("{\"a\": 1, \"b\": {\"x\": 1, \"x\": 2}}");
    REQUIRE(out.ok);
    REQUIRE(out.document.duplicate_keys.size() == 1);
    CHECK(out.document.duplicate_keys[0] == "/b/x");
}

TEST_CASE("a trailing comma is reported in Dutch with line and column") {
    auto out = parse_json_document("{\n  \"a\": 1,\n}\n");
    CHECK_FALSE(out.ok);
    CHECK(out.error_line == 3);
    CHECK(out.error_column == 1);
    CHECK(out.error.find("komma") != std::string::npos);
}

TEST_CASE("unterminated input is reported, not crashed on") {
    for (const char* bad : {"", "{", "[1, 2", "{\"a\": \"unterminated}", "nul", "{\"a\" 1}"}) {
        auto out = parse_json_document(bad);
        CHECK_FALSE(out.ok);
        CHECK_FALSE(out.error.empty());
        CHECK(out.error_line >= 1);
    }
}

TEST_CASE("a duplicate key deep inside arrays and objects is named by its full pointer") {
    auto out = parse_json_document(
        "{\"a\": [0, {\"b~/\": [{\"y\": 1}, {\"x\": 1, \"x\": 2}]}], \"c\": {\"x\": 1}}");
    REQUIRE(out.ok);
    REQUIRE(out.document.duplicate_keys.size() == 1);
    CHECK(out.document.duplicate_keys[0] == "/a/1/b~0~1/1/x");
    CHECK(out.document.root["a"][1]["b~/"][1]["x"] == 2); // the last one wins, as in nlohmann
}

TEST_CASE("a line is asked for a value, or else for its nearest enclosing value") {
    auto out = parse_json_document("{\n  \"a\": {\n    \"b\": 1\n  }\n}");
    REQUIRE(out.ok);
    const pw::LineIndex& index = out.document.lines;
    CHECK(index.line_of("/a/b") == 3);
    CHECK(index.line_of("/a/missing/deeper") == 2);
    CHECK(index.line_of("") == 1);
    CHECK(pw::LineIndex().line_of("/a") == 0);
}

TEST_CASE("the parsed value equals nlohmann's own parse") {
    const std::string text =
        R"({"s": "t\u00e9kst\n", "n": -3, "u": 18446744073709551615, "f": 1.5e3,
            "b": [true, false, null, [], {}], "o": {"k": {"l": [1, [2, [3]]]}}})";
    auto out = parse_json_document(text);
    REQUIRE(out.ok);
    CHECK(out.document.root == nlohmann::json::parse(text));
}
