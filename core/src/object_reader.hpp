// Reads typed fields from one JSON object of a content file and reports what is
// missing or mistyped as diagnostics an author understands. Internal to the loader.
#pragma once

#include "pw/diagnostics.hpp"
#include "pw/json_document.hpp"
#include "pw/model.hpp"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <unordered_map>
#include <vector>

namespace pw::detail {

struct FileContext {
    int file_index = -1;
    std::string path;
    const LineIndex* lines = nullptr;
    Diagnostics* diagnostics = nullptr;

    int line_of(const std::string& pointer) const;
    void report(Severity severity, const std::string& pointer, std::string message) const;
};

class ObjectReader {
  public:
    // `label` names the object for messages, e.g. `stap "melding"`.
    ObjectReader(const FileContext& file, const nlohmann::json& value, std::string pointer,
                 std::string label);

    bool is_object() const { return object_ != nullptr; }
    const std::string& pointer() const { return pointer_; }
    const std::string& label() const { return label_; }
    Origin origin() const { return Origin{file_.file_index, pointer_}; }

    std::string required_string(const char* key);
    std::string optional_string(const char* key);
    bool optional_bool(const char* key, bool fallback);
    double optional_number(const char* key, double fallback);
    std::vector<std::string> string_list(const char* key, bool required);
    // The array under key (or nullptr), with its pointer; reports wrong types.
    const nlohmann::json* array(const char* key, bool required);
    const nlohmann::json* object(const char* key, bool required);
    std::string child_pointer(const char* key) const;

    Provenance provenance();

    // Any key not listed is most likely a typo: report it, with a suggestion.
    void reject_unknown_keys(std::initializer_list<const char*> known);

  private:
    const nlohmann::json* field(const char* key, bool required, const char* expected);
    void wrong_type(const char* key, const char* expected, const nlohmann::json& got);

    const FileContext& file_;
    const nlohmann::json* object_ = nullptr;
    std::string pointer_;
    std::string label_;
};

const char* json_type_in_dutch(const nlohmann::json& value);

} // namespace pw::detail
