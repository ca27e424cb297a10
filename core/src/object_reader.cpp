#include "object_reader.hpp"

#include "pw/json_document.hpp"
#include "pw/text.hpp"

namespace pw::detail {

using nlohmann::json;

int FileContext::line_of(const std::string& pointer) const {
    return lines ? lines->line_of(pointer) : 0;
}

void FileContext::report(Severity severity, const std::string& pointer, std::string message) const {
    diagnostics->push_back(
        Diagnostic{severity, path, pointer, line_of(pointer), std::move(message)});
}

const char* json_type_in_dutch(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "een waar/onwaar-waarde";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "een getal";
    case json::value_t::string:
        return "een tekst";
    case json::value_t::array:
        return "een lijst";
    case json::value_t::object:
        return "een object";
    default:
        return "een onbekend type";
    }
}

ObjectReader::ObjectReader(const FileContext& file, const json& value, std::string pointer,
                           std::string label)
    : file_(file), pointer_(std::move(pointer)), label_(std::move(label)) {
    if (value.is_object()) {
        object_ = &value;
    } else {
        file_.report(Severity::error, pointer_,
                     label_ + ": verwacht een object { ... }, maar vond " +
                         json_type_in_dutch(value) + ".");
    }
}

std::string ObjectReader::child_pointer(const char* key) const {
    return pointer_ + "/" + json_pointer_token(key);
}

void ObjectReader::wrong_type(const char* key, const char* expected, const json& got) {
    file_.report(Severity::error, child_pointer(key),
                 label_ + ": veld \"" + key + "\" moet " + expected + " zijn, maar is " +
                     json_type_in_dutch(got) + ".");
}

const json* ObjectReader::field(const char* key, bool required, const char* expected) {
    if (!object_) return nullptr;
    auto it = object_->find(key);
    if (it == object_->end()) {
        if (required)
            file_.report(Severity::error, pointer_,
                         label_ + ": verplicht veld \"" + key + "\" (" + expected + ") ontbreekt.");
        return nullptr;
    }
    return &*it;
}

std::string ObjectReader::required_string(const char* key) {
    const json* v = field(key, true, "een tekst");
    if (!v) return {};
    if (!v->is_string()) {
        wrong_type(key, "een tekst", *v);
        return {};
    }
    std::string s = v->get<std::string>();
    if (trim(s).empty())
        file_.report(Severity::error, child_pointer(key),
                     label_ + ": veld \"" + key + "\" is leeg; vul het in.");
    return s;
}

std::string ObjectReader::optional_string(const char* key) {
    const json* v = field(key, false, "een tekst");
    if (!v) return {};
    if (!v->is_string()) {
        wrong_type(key, "een tekst", *v);
        return {};
    }
    return v->get<std::string>();
}

bool ObjectReader::optional_bool(const char* key, bool fallback) {
    const json* v = field(key, false, "true of false");
    if (!v) return fallback;
    if (!v->is_boolean()) {
        wrong_type(key, "true of false", *v);
        return fallback;
    }
    return v->get<bool>();
}

double ObjectReader::optional_number(const char* key, double fallback) {
    const json* v = field(key, false, "een getal");
    if (!v) return fallback;
    if (!v->is_number()) {
        wrong_type(key, "een getal", *v);
        return fallback;
    }
    return v->get<double>();
}

std::vector<std::string> ObjectReader::string_list(const char* key, bool required) {
    std::vector<std::string> out;
    const json* v = field(key, required, "een lijst met teksten");
    if (!v) return out;
    if (!v->is_array()) {
        wrong_type(key, "een lijst met teksten", *v);
        return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
        const json& item = (*v)[i];
        if (!item.is_string()) {
            file_.report(Severity::error, child_pointer(key) + "/" + std::to_string(i),
                         label_ + ": element " + std::to_string(i + 1) + " van \"" + key +
                             "\" moet een tekst zijn, maar is " + json_type_in_dutch(item) + ".");
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    if (required && out.empty() && v->empty())
        file_.report(Severity::error, child_pointer(key),
                     label_ + ": lijst \"" + key + "\" is leeg; er hoort minstens één element in.");
    return out;
}

const json* ObjectReader::array(const char* key, bool required) {
    const json* v = field(key, required, "een lijst");
    if (!v) return nullptr;
    if (!v->is_array()) {
        wrong_type(key, "een lijst", *v);
        return nullptr;
    }
    return v;
}

const json* ObjectReader::object(const char* key, bool required) {
    const json* v = field(key, required, "een object");
    if (!v) return nullptr;
    if (!v->is_object()) {
        wrong_type(key, "een object", *v);
        return nullptr;
    }
    return v;
}

Provenance ObjectReader::provenance() {
    Provenance p;
    p.illustrative = optional_bool("illustrative", false);
    p.illustrative_note = optional_string("illustrativeNote");
    if (const json* list = array("sources", false)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string ptr = child_pointer("sources") + "/" + std::to_string(i);
            ObjectReader c(file_, (*list)[i], ptr, label_ + ", bron " + std::to_string(i + 1));
            if (!c.is_object()) continue;
            Citation citation;
            citation.source = c.required_string("source");
            citation.locator = c.required_string("locator");
            citation.quote = c.optional_string("quote");
            c.reject_unknown_keys({"source", "locator", "quote"});
            p.citations.push_back(std::move(citation));
        }
    }
    return p;
}

void ObjectReader::reject_unknown_keys(std::initializer_list<const char*> known) {
    if (!object_) return;
    std::vector<std::string> candidates(known.begin(), known.end());
    for (const auto& [key, value] : object_->items()) {
        if (key == "$schema") continue;
        bool listed = false;
        for (const char* k : known)
            listed = listed || key == k;
        if (listed) continue;
        std::string message = label_ + ": onbekend veld \"" + key + "\"";
        if (auto guess = nearest_match(key, candidates))
            message += "; bedoelde je \"" + *guess + "\"?";
        else
            message += ".";
        file_.report(Severity::error, child_pointer(key.c_str()), std::move(message));
    }
}

} // namespace pw::detail
