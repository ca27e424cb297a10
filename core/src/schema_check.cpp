#include "schema_check.hpp"

#include "object_reader.hpp"
#include "pw/json_document.hpp"

#include <algorithm>
#include <regex>
#include <set>

namespace pw::detail {
namespace {

using nlohmann::json;

// libstdc++'s regex recurses per character: long values are checked by the
// fast paths below or not matched at all (no id or file name is that long).
constexpr std::size_t kMaxRegexInput = 2000;

const std::set<std::string>& known_keywords() {
    static const std::set<std::string> k{"$schema",     "$ref",        "title",
                                         "description", "definitions", "type",
                                         "required",    "properties",  "additionalProperties",
                                         "items",       "minItems",    "maxItems",
                                         "uniqueItems", "pattern",     "minLength",
                                         "maxLength",   "enum",        "const"};
    return k;
}

bool is_id_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// ^[a-z0-9]+(-[a-z0-9]+)*$ without a regex: ids may be arbitrarily long.
bool is_id(const std::string& s) {
    if (s.empty() || s.front() == '-' || s.back() == '-') return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (!is_id_char(s[i]) && !(s[i] == '-' && s[i - 1] != '-')) return false;
    return true;
}

const char* type_in_dutch(const std::string& type) {
    if (type == "string") return "een tekst";
    if (type == "array") return "een lijst";
    if (type == "object") return "een object";
    if (type == "boolean") return "true of false";
    if (type == "integer") return "een geheel getal";
    if (type == "number") return "een getal";
    return "iets anders";
}

bool has_type(const json& v, const std::string& type) {
    if (type == "string") return v.is_string();
    if (type == "array") return v.is_array();
    if (type == "object") return v.is_object();
    if (type == "boolean") return v.is_boolean();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "null") return v.is_null();
    return false;
}

// "/steps/3/id" -> `veld "steps/3/id"`: file and line go with the diagnostic.
std::string where(const std::string& pointer) {
    return pointer.empty() ? std::string("het bestand") : "veld \"" + pointer.substr(1) + "\"";
}

std::string shown(const json& v) {
    std::string text = v.is_string() ? v.get<std::string>() : v.dump();
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    return "\"" + text + "\"";
}

class Walker {
  public:
    Walker(const std::map<std::string, json>& schemas, std::vector<SchemaProblem>& out)
        : schemas_(schemas), out_(out) {}

    void check(const json& value, const json& schema, const std::string& file,
               const std::string& pointer, const std::string& described) {
        if (!schema.is_object()) return;
        if (auto ref = schema.find("$ref"); ref != schema.end() && ref->is_string()) {
            std::string ref_file = file;
            const json* target = resolve(ref->get<std::string>(), ref_file);
            // The definition's description says what a value must look like.
            std::string description = described;
            if (target && target->contains("description") && (*target)["description"].is_string())
                description = (*target)["description"].get<std::string>();
            if (target) check(value, *target, ref_file, pointer, description);
        }
        if (auto t = schema.find("type"); t != schema.end() && t->is_string()) {
            if (!has_type(value, t->get<std::string>()))
                return report(pointer, "moet " + std::string(type_in_dutch(t->get<std::string>())) +
                                           " zijn, maar is " + json_type_in_dutch(value) + ".");
        }
        if (auto c = schema.find("const"); c != schema.end() && value != *c)
            return report(pointer, "moet " + shown(*c) + " zijn, niet " + shown(value) + ".");
        if (auto e = schema.find("enum"); e != schema.end() && e->is_array() &&
                                          std::find(e->begin(), e->end(), value) == e->end()) {
            std::string options;
            for (const json& o : *e)
                options += (options.empty() ? "" : ", ") + shown(o);
            return report(pointer,
                          shown(value) + " is geen toegestane waarde; kies uit " + options + ".");
        }
        if (value.is_string()) check_string(value.get<std::string>(), schema, pointer, described);
        if (value.is_array()) check_array(value, schema, file, pointer, described);
        if (value.is_object()) check_object(value, schema, file, pointer);
    }

  private:
    // Resolved once per (schema file, $ref): the walk meets the same refs thousands of times.
    const json* resolve(const std::string& ref, std::string& file) {
        const std::string key = file + '|' + ref;
        if (auto hit = refs_.find(key); hit != refs_.end()) {
            file = hit->second.first;
            return hit->second.second;
        }
        const std::size_t hash = ref.find('#');
        if (hash != 0) file = ref.substr(0, hash);
        const json* target = nullptr;
        if (auto it = schemas_.find(file); it != schemas_.end()) {
            const std::string fragment = hash == std::string::npos ? "" : ref.substr(hash + 1);
            try {
                target = &it->second.at(json::json_pointer(fragment));
            } catch (const json::exception&) {
                target = nullptr;
            }
        }
        refs_.emplace(key, std::make_pair(file, target));
        return target;
    }

    bool matches(const std::string& pattern, const std::string& value) {
        if (pattern == "^[a-z0-9]+(-[a-z0-9]+)*$") return is_id(value);
        if (pattern == "\\S") return value.find_first_not_of(" \t\r\n\f\v") != std::string::npos;
        if (value.size() > kMaxRegexInput) return false;
        auto it = regexes_.find(pattern);
        if (it == regexes_.end()) {
            try {
                it = regexes_.emplace(pattern, std::regex(pattern, std::regex::ECMAScript)).first;
            } catch (const std::regex_error&) {
                return true; // a pattern this engine cannot read is ajv's to judge
            }
        }
        return std::regex_search(value, it->second);
    }

    void check_string(const std::string& s, const json& schema, const std::string& pointer,
                      const std::string& described) {
        if (auto m = schema.find("minLength");
            m != schema.end() && m->is_number_unsigned() && s.size() < m->get<std::size_t>())
            return report(pointer, "is leeg; vul het in.");
        if (auto m = schema.find("maxLength");
            m != schema.end() && m->is_number_unsigned() && s.size() > m->get<std::size_t>())
            return report(pointer, "is te lang (hoogstens " + m->dump() + " tekens).");
        if (auto p = schema.find("pattern");
            p != schema.end() && p->is_string() && !matches(p->get<std::string>(), s)) {
            if (p->get<std::string>() == "\\S") return report(pointer, "is leeg; vul het in.");
            std::string message = shown(s) + " is niet toegestaan";
            message +=
                described.empty() ? " (patroon " + p->get<std::string>() + ")." : ": " + described;
            if (message.back() != '.') message += '.';
            report(pointer, message);
        }
    }

    void check_array(const json& list, const json& schema, const std::string& file,
                     const std::string& pointer, const std::string& described) {
        if (auto m = schema.find("minItems");
            m != schema.end() && m->is_number_unsigned() && list.size() < m->get<std::size_t>())
            report(pointer, "heeft minstens " + m->dump() + " element(en) nodig.");
        if (auto m = schema.find("maxItems");
            m != schema.end() && m->is_number_unsigned() && list.size() > m->get<std::size_t>())
            report(pointer, "heeft hoogstens " + m->dump() + " elementen.");
        if (schema.value("uniqueItems", false)) {
            std::map<json, std::size_t> seen; // n log n: a list may be long
            for (std::size_t i = 0; i < list.size(); ++i) {
                auto [it, fresh] = seen.emplace(list[i], i);
                if (!fresh)
                    report(pointer + "/" + std::to_string(i),
                           shown(list[i]) + " staat twee keer in de lijst (ook als element " +
                               std::to_string(it->second + 1) + ").");
            }
        }
        if (auto items = schema.find("items"); items != schema.end())
            for (std::size_t i = 0; i < list.size(); ++i)
                check(list[i], *items, file, pointer + "/" + std::to_string(i), described);
    }

    void check_object(const json& object, const json& schema, const std::string& file,
                      const std::string& pointer) {
        const json* properties = schema.contains("properties") ? &schema["properties"] : nullptr;
        if (auto r = schema.find("required"); r != schema.end() && r->is_array())
            for (const json& key : *r)
                if (key.is_string() && !object.contains(key.get<std::string>()))
                    report(pointer, "verplicht veld \"" + key.get<std::string>() + "\" ontbreekt.");
        const json* additional =
            schema.contains("additionalProperties") ? &schema["additionalProperties"] : nullptr;
        for (const auto& [key, member] : object.items()) {
            const std::string child = pointer + "/" + json_pointer_token(key);
            if (properties && properties->contains(key)) {
                check(member, (*properties)[key], file, child, "");
            } else if (additional && additional->is_boolean() && !additional->get<bool>()) {
                report(child, "onbekend veld \"" + key + "\".");
            } else if (additional && additional->is_object()) {
                check(member, *additional, file, child, "");
            }
        }
    }

    void report(const std::string& pointer, std::string message) {
        out_.push_back({pointer, where(pointer) + ": " + std::move(message)});
    }

    const std::map<std::string, json>& schemas_;
    std::vector<SchemaProblem>& out_;
    std::map<std::string, std::pair<std::string, const json*>> refs_;
    std::map<std::string, std::regex> regexes_;
};

void collect_unsupported(const json& schema, const std::string& where,
                         std::vector<std::string>& out, bool is_schema) {
    if (!schema.is_object()) return;
    for (const auto& [key, value] : schema.items()) {
        if (is_schema && !known_keywords().count(key)) out.push_back(where + "/" + key);
        // Under properties and definitions the keys are names, their values schemas.
        if (key == "properties" || key == "definitions") {
            for (const auto& [name, sub] : value.items())
                collect_unsupported(sub, where + "/" + key + "/" + name, out, true);
        } else if (key == "items" || key == "additionalProperties") {
            collect_unsupported(value, where + "/" + key, out, true);
        }
    }
}

} // namespace

SchemaSet::SchemaSet(const std::vector<std::pair<std::string_view, std::string_view>>& texts) {
    for (const auto& [name, text] : texts) {
        json schema = json::parse(text, nullptr, false);
        if (!schema.is_discarded()) schemas_.emplace(std::string(name), std::move(schema));
    }
}

const SchemaSet& SchemaSet::builtin() {
    static const SchemaSet set(embedded_schema_texts());
    return set;
}

std::vector<SchemaProblem> SchemaSet::check(const json& document, const std::string& name) const {
    std::vector<SchemaProblem> out;
    auto it = schemas_.find(name);
    if (it == schemas_.end()) return out;
    Walker(schemas_, out).check(document, it->second, name, "", "");
    return out;
}

std::vector<std::string> SchemaSet::unsupported_keywords() const {
    std::vector<std::string> out;
    for (const auto& [name, schema] : schemas_)
        collect_unsupported(schema, name + "#", out, true);
    return out;
}

std::string schema_name_for_kind(const std::string& kind) {
    return kind + ".schema.json";
}

} // namespace pw::detail
