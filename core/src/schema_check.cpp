#include "schema_check.hpp"

#include "object_reader.hpp"
#include "pw/json_document.hpp"

#include <algorithm>
#include <regex>
#include <set>
#include <unordered_map>

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
                                         "maxLength",   "enum",        "const",
                                         "allOf",       "anyOf",       "dependencies"};
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

// A schema object's keywords, looked up once: the walk meets each schema
// object thousands of times, and finding ~15 keywords by name in its map
// each time was half the validation's time.
struct Keywords {
    const json* ref = nullptr;
    const json* type = nullptr;
    const json* constant = nullptr;
    const json* enumeration = nullptr;
    const json* min_length = nullptr;
    const json* max_length = nullptr;
    const json* pattern = nullptr;
    const json* min_items = nullptr;
    const json* max_items = nullptr;
    bool unique_items = false;
    const json* items = nullptr;
    const json* required = nullptr;
    const json* properties = nullptr;
    const json* additional = nullptr;
    const json* all_of = nullptr;
    const json* any_of = nullptr;
    const json* dependencies = nullptr;
};

// The member `name` of an object, or null (also when `object` is no object).
const json* member_of(const json& object, const std::string& name) {
    const auto it = object.find(name);
    return it == object.end() ? nullptr : &*it;
}

Keywords keywords_of(const json& schema) {
    Keywords k;
    auto find = [&](const char* name) { return member_of(schema, name); };
    if (const json* ref = find("$ref"); ref && ref->is_string()) k.ref = ref;
    if (const json* type = find("type"); type && type->is_string()) k.type = type;
    k.constant = find("const");
    if (const json* e = find("enum"); e && e->is_array()) k.enumeration = e;
    k.min_length = find("minLength");
    k.max_length = find("maxLength");
    if (const json* p = find("pattern"); p && p->is_string()) k.pattern = p;
    k.min_items = find("minItems");
    k.max_items = find("maxItems");
    k.unique_items = schema.value("uniqueItems", false);
    k.items = find("items");
    if (const json* r = find("required"); r && r->is_array()) k.required = r;
    k.properties = find("properties");
    k.additional = find("additionalProperties");
    if (const json* a = find("allOf"); a && a->is_array()) k.all_of = a;
    if (const json* a = find("anyOf"); a && a->is_array()) k.any_of = a;
    if (const json* d = find("dependencies"); d && d->is_object()) k.dependencies = d;
    return k;
}

// An unsigned limit, or none.
bool under_minimum(const json* limit, std::size_t size) {
    return limit && limit->is_number_unsigned() && size < limit->get<std::size_t>();
}
bool over_maximum(const json* limit, std::size_t size) {
    return limit && limit->is_number_unsigned() && size > limit->get<std::size_t>();
}

class Walker {
  public:
    Walker(const std::map<std::string, json>& schemas, std::vector<SchemaProblem>& out)
        : schemas_(schemas), out_(&out) {}

    void check(const json& value, const json& schema, const std::string& file,
               const std::string& pointer, const std::string& described) {
        if (!schema.is_object()) return;
        const Keywords& k = keywords(schema);
        if (k.ref) {
            std::string ref_file = file;
            const json* target = resolve(k.ref->get_ref<const std::string&>(), ref_file);
            // The definition's description says what a value must look like.
            if (target) {
                const json* d = member_of(*target, "description");
                check(value, *target, ref_file, pointer,
                      d && d->is_string() ? d->get_ref<const std::string&>() : described);
            }
        }
        if (k.type) {
            const std::string& type = k.type->get_ref<const std::string&>();
            if (!has_type(value, type))
                return report(pointer, "moet " + std::string(type_in_dutch(type)) +
                                           " zijn, maar is " + json_type_in_dutch(value) + ".");
        }
        if (k.constant && value != *k.constant)
            return report(pointer,
                          "moet " + shown(*k.constant) + " zijn, niet " + shown(value) + ".");
        if (k.enumeration && std::find(k.enumeration->begin(), k.enumeration->end(), value) ==
                                 k.enumeration->end()) {
            std::string options;
            for (const json& o : *k.enumeration)
                options += (options.empty() ? "" : ", ") + shown(o);
            return report(pointer,
                          shown(value) + " is geen toegestane waarde; kies uit " + options + ".");
        }
        if (value.is_string())
            check_string(value.get_ref<const std::string&>(), k, pointer, described);
        if (value.is_array()) check_array(value, k, file, pointer, described);
        if (value.is_object()) check_object(value, k, file, pointer);
        check_combinations(value, k, file, pointer, described);
    }

  private:
    // A reference into an unordered_map stays valid while the recursive walk
    // inserts more (only iterators are invalidated by a rehash).
    const Keywords& keywords(const json& schema) {
        auto it = keywords_.find(&schema);
        if (it == keywords_.end()) it = keywords_.emplace(&schema, keywords_of(schema)).first;
        return it->second;
    }

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

    void check_string(const std::string& s, const Keywords& k, const std::string& pointer,
                      const std::string& described) {
        if (under_minimum(k.min_length, s.size())) return report(pointer, "is leeg; vul het in.");
        if (over_maximum(k.max_length, s.size()))
            return report(pointer, "is te lang (hoogstens " + k.max_length->dump() + " tekens).");
        if (!k.pattern) return;
        const std::string& pattern = k.pattern->get_ref<const std::string&>();
        if (matches(pattern, s)) return;
        if (pattern == "\\S") return report(pointer, "is leeg; vul het in.");
        std::string message = shown(s) + " is niet toegestaan";
        message += described.empty() ? " (patroon " + pattern + ")." : ": " + described;
        if (message.back() != '.') message += '.';
        report(pointer, message);
    }

    void check_array(const json& list, const Keywords& k, const std::string& file,
                     const std::string& pointer, const std::string& described) {
        if (under_minimum(k.min_items, list.size()))
            report(pointer, "heeft minstens " + k.min_items->dump() + " element(en) nodig.");
        if (over_maximum(k.max_items, list.size()))
            report(pointer, "heeft hoogstens " + k.max_items->dump() + " elementen.");
        if (k.unique_items) {
            std::map<json, std::size_t> seen; // n log n: a list may be long
            for (std::size_t i = 0; i < list.size(); ++i) {
                auto [it, fresh] = seen.emplace(list[i], i);
                if (!fresh)
                    report(pointer + "/" + std::to_string(i),
                           shown(list[i]) + " staat twee keer in de lijst (ook als element " +
                               std::to_string(it->second + 1) + ").");
            }
        }
        if (k.items)
            for (std::size_t i = 0; i < list.size(); ++i)
                check(list[i], *k.items, file, pointer + "/" + std::to_string(i), described);
    }

    void check_object(const json& object, const Keywords& k, const std::string& file,
                      const std::string& pointer) {
        if (k.required)
            for (const json& key : *k.required)
                if (key.is_string() && !object.contains(key.get_ref<const std::string&>()))
                    report(pointer, "verplicht veld \"" + key.get<std::string>() + "\" ontbreekt.");
        const json* additional = k.additional;
        for (const auto& [key, member] : object.items()) {
            const std::string child = pointer + "/" + json_pointer_token(key);
            if (const json* property = k.properties ? member_of(*k.properties, key) : nullptr) {
                check(member, *property, file, child, "");
            } else if (additional && additional->is_boolean() && !additional->get<bool>()) {
                report(child, "onbekend veld \"" + key + "\".");
            } else if (additional && additional->is_object()) {
                check(member, *additional, file, child, "");
            }
        }
    }

    // allOf: every part holds; anyOf: at least one does (the problems of the
    // first are reported when none does); dependencies: a field that needs others.
    void check_combinations(const json& value, const Keywords& k, const std::string& file,
                            const std::string& pointer, const std::string& described) {
        if (k.all_of)
            for (const json& part : *k.all_of)
                check(value, part, file, pointer, described);
        if (k.any_of) {
            std::vector<SchemaProblem> first;
            bool one_holds = false;
            for (const json& part : *k.any_of) {
                std::vector<SchemaProblem> problems;
                std::vector<SchemaProblem>* const outer = out_; // the caches stay shared
                out_ = &problems;
                check(value, part, file, pointer, described);
                out_ = outer;
                if (problems.empty()) {
                    one_holds = true;
                    break;
                }
                if (first.empty()) first = std::move(problems);
            }
            if (!one_holds) out_->insert(out_->end(), first.begin(), first.end());
        }
        if (!k.dependencies || !value.is_object()) return;
        for (const auto& [key, needs] : k.dependencies->items()) {
            if (!value.contains(key)) continue;
            if (needs.is_array()) {
                for (const json& other : needs)
                    if (other.is_string() && !value.contains(other.get<std::string>()))
                        report(pointer, "veld \"" + key + "\" vraagt ook om veld \"" +
                                            other.get<std::string>() + "\".");
            } else {
                check(value, needs, file, pointer, described);
            }
        }
    }

    void report(const std::string& pointer, std::string message) {
        out_->push_back({pointer, where(pointer) + ": " + std::move(message)});
    }

    const std::map<std::string, json>& schemas_;
    std::vector<SchemaProblem>* out_;
    std::map<std::string, std::pair<std::string, const json*>> refs_;
    std::map<std::string, std::regex> regexes_;
    std::unordered_map<const json*, Keywords> keywords_;
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
        } else if ((key == "allOf" || key == "anyOf") && value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                collect_unsupported(value[i], where + "/" + key + "/" + std::to_string(i), out,
                                    true);
        } else if (key == "dependencies" && value.is_object()) {
            for (const auto& [name, sub] : value.items())
                if (sub.is_object())
                    collect_unsupported(sub, where + "/" + key + "/" + name, out, true);
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
