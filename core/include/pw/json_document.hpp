// JSON text parsed into a nlohmann::json value, with the line of every value
// available to diagnostics so that they can name the line an author has to fix.
#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pw {

// Lines of the values of one JSON text, keyed by JSON pointer. They are found
// the first time a diagnostic asks: content that loads cleanly, as the shipped
// content does in the app, never pays for a second, line-counting parse.
class LineIndex {
  public:
    LineIndex() = default;
    explicit LineIndex(std::string text);

    // Line of the value at `pointer`, or of its nearest enclosing value; 0 if none.
    int line_of(std::string_view pointer) const;
    // Every value's line (built on first use).
    const std::unordered_map<std::string, int>& lines() const;

  private:
    std::shared_ptr<const std::string> text_; // shared: a LoadResult is copied whole
    mutable std::shared_ptr<const std::unordered_map<std::string, int>> lines_;
};

struct JsonDocument {
    nlohmann::json root;
    LineIndex lines;
    std::vector<std::string> duplicate_keys; // pointers of keys written twice
};

struct JsonParseOutcome {
    bool ok = false;
    JsonDocument document;
    int error_line = 0;
    int error_column = 0;
    std::string error; // Dutch explanation of what is wrong
};

// Limits that keep a hostile file from exhausting memory or time: values
// nested deeper than kMaxJsonDepth (content needs about 8) and texts larger
// than `max_bytes` are refused with a Dutch message before they are parsed.
inline constexpr std::size_t kMaxJsonDepth = 64;
inline constexpr std::size_t kMaxJsonBytes = std::size_t{16} << 20;    // one content file
inline constexpr std::size_t kMaxBundleBytes = std::size_t{256} << 20; // all files in one

JsonParseOutcome parse_json_document(std::string_view text, std::size_t max_bytes = kMaxJsonBytes);

// RFC 6901 escaping of one reference token.
std::string json_pointer_token(std::string_view key);

} // namespace pw
