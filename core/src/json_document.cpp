#include "pw/json_document.hpp"

#include "pw/text.hpp"

#include <iterator>
#include <set>

namespace pw {
namespace {

using nlohmann::json;

// Counts lines while nlohmann's lexer reads characters, so SAX events can be
// stamped with the line of the token just read.
struct LineCounter {
    int line = 1;              // line of the next character to be read
    int last_visible_line = 1; // line of the last non-whitespace character read
};

class CountingIterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator() = default;
    CountingIterator(const char* p, LineCounter* counter) : p_(p), counter_(counter) {}

    reference operator*() const {
        const char c = *p_;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            counter_->last_visible_line = counter_->line;
        return *p_;
    }
    CountingIterator& operator++() {
        if (*p_ == '\n') ++counter_->line;
        ++p_;
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator& o) const { return p_ == o.p_; }
    bool operator!=(const CountingIterator& o) const { return p_ != o.p_; }

  private:
    const char* p_ = nullptr;
    LineCounter* counter_ = nullptr;
};

class LocatingBuilder : public nlohmann::json_sax<json> {
  public:
    explicit LocatingBuilder(const LineCounter& counter) : counter_(counter) {}

    JsonDocument document;
    std::size_t error_position = 0;
    std::string error_token;
    std::string error_what;

    bool null() override { return add(json(nullptr)) != nullptr; }
    bool boolean(bool v) override { return add(json(v)) != nullptr; }
    bool number_integer(number_integer_t v) override { return add(json(v)) != nullptr; }
    bool number_unsigned(number_unsigned_t v) override { return add(json(v)) != nullptr; }
    bool number_float(number_float_t v, const string_t&) override {
        return add(json(v)) != nullptr;
    }
    bool string(string_t& v) override { return add(json(v)) != nullptr; }
    bool binary(binary_t& v) override { return add(json::binary(v)) != nullptr; }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& top = stack_.back();
        if (!top.keys.insert(k).second)
            document.duplicate_keys.push_back(top.path + "/" + json_pointer_token(k));
        top.pending_key = k;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& ex) override {
        error_position = position;
        error_token = last_token;
        error_what = ex.what();
        return false;
    }

  private:
    struct Frame {
        json* container = nullptr;
        std::string path;
        std::size_t next_index = 0;
        std::string pending_key;
        std::set<std::string> keys;
    };

    json* add(json&& value) {
        std::string path;
        json* slot = nullptr;
        if (stack_.empty()) {
            document.root = std::move(value);
            slot = &document.root;
        } else {
            Frame& top = stack_.back();
            if (top.container->is_array()) {
                path = top.path + "/" + std::to_string(top.next_index++);
                top.container->push_back(std::move(value));
                slot = &top.container->back();
            } else {
                path = top.path + "/" + json_pointer_token(top.pending_key);
                slot = &(*top.container)[top.pending_key];
                *slot = std::move(value);
            }
        }
        document.lines.emplace(path, counter_.last_visible_line);
        last_path_ = std::move(path);
        return slot;
    }

    bool open(json&& empty) {
        json* slot = add(std::move(empty));
        stack_.push_back(Frame{slot, last_path_, 0, {}, {}});
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    const LineCounter& counter_;
    std::vector<Frame> stack_;
    std::string last_path_;
};

// nlohmann reports "syntax error while parsing object - unexpected '}'; expected
// string literal". Authors get a Dutch sentence with the likely cause.
std::string explain_parse_error(const std::string& what, const std::string& token) {
    std::string hint;
    if (what.find("unexpected ']'") != std::string::npos ||
        what.find("unexpected '}'") != std::string::npos)
        hint = "staat er een komma te veel voor een sluitend haakje?";
    else if (what.find("expected string literal") != std::string::npos)
        hint =
            "er wordt een veldnaam tussen dubbele aanhalingstekens verwacht — staat er een komma "
            "te veel voor een sluitende accolade?";
    else if (what.find("expected '}'") != std::string::npos ||
             what.find("expected ']'") != std::string::npos ||
             what.find("expected ',' or") != std::string::npos)
        hint = "er ontbreekt waarschijnlijk een komma of een sluitend haakje";
    else if (what.find("unexpected end of input") != std::string::npos ||
             what.find("end of input") != std::string::npos)
        hint = "het bestand houdt op voordat alle haakjes gesloten zijn";
    else if (what.find("control character") != std::string::npos)
        hint = "een tekst bevat een regeleinde of tab; schrijf dat als \\n of \\t";
    else if (what.find("invalid literal") != std::string::npos)
        hint =
            "tekst moet tussen dubbele aanhalingstekens staan (true, false en null uitgezonderd)";
    else
        hint = "controleer aanhalingstekens, komma's en haakjes rond deze plek";
    std::string out = "geen geldige JSON: " + hint;
    // The lexer's token can span lines (it writes a newline as "<U+000A>"); show only its last
    // line.
    const std::string newline = "<U+000A>";
    const std::size_t cut = token.rfind(newline);
    const std::string shown(
        trim(cut == std::string::npos ? token : token.substr(cut + newline.size())));
    if (!shown.empty() && shown.size() < 40) out += " (gelezen: '" + shown + "')";
    return out;
}

} // namespace

std::string json_pointer_token(std::string_view key) {
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

JsonParseOutcome parse_json_document(std::string_view text) {
    LineCounter counter;
    LocatingBuilder builder(counter);
    CountingIterator first(text.data(), &counter);
    CountingIterator last(text.data() + text.size(), &counter);
    const bool ok =
        json::sax_parse(first, last, &builder, nlohmann::json::input_format_t::json, true);

    JsonParseOutcome outcome;
    if (ok) {
        outcome.ok = true;
        outcome.document = std::move(builder.document);
        return outcome;
    }
    // nlohmann counts characters read, 1-based; map that to line and column.
    const std::size_t pos = builder.error_position == 0 ? 0 : builder.error_position - 1;
    int line = 1, column = 1;
    for (std::size_t i = 0; i < pos && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    outcome.error_line = line;
    outcome.error_column = column;
    outcome.error = explain_parse_error(builder.error_what, builder.error_token);
    return outcome;
}

} // namespace pw
