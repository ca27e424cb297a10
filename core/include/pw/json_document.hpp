// JSON text parsed into a nlohmann::json value plus the line of every value, so
// that diagnostics can name the line an author has to fix.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pw {

struct JsonDocument {
    nlohmann::json root;
    std::unordered_map<std::string, int> lines; // JSON pointer -> 1-based line
    std::vector<std::string> duplicate_keys;    // pointers of keys written twice
};

struct JsonParseOutcome {
    bool ok = false;
    JsonDocument document;
    int error_line = 0;
    int error_column = 0;
    std::string error; // Dutch explanation of what is wrong
};

JsonParseOutcome parse_json_document(std::string_view text);

// RFC 6901 escaping of one reference token.
std::string json_pointer_token(std::string_view key);

} // namespace pw
