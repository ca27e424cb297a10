#include "pw/json_document.hpp"

#include "pw/text.hpp"

#include <iterator>
#include <optional>
#include <utility>

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

// Records the line of every value, by JSON pointer. Only run when a diagnostic
// asks for a line (see LineIndex), so it may be thorough rather than fast.
class LineRecorder : public nlohmann::json_sax<json> {
  public:
    explicit LineRecorder(const LineCounter& counter) : counter_(counter) {}

    std::unordered_map<std::string, int> lines;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }

    bool start_object(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        stack_.back().pending_key = k;
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

  private:
    struct Frame {
        bool is_array = false;
        std::string path;
        std::size_t next_index = 0;
        std::string pending_key;
    };

    std::string record() {
        std::string path;
        if (!stack_.empty()) {
            Frame& top = stack_.back();
            path = top.path + "/" +
                   (top.is_array ? std::to_string(top.next_index++)
                                 : json_pointer_token(top.pending_key));
        }
        // A key written twice points at its second value: the one that is kept.
        lines.insert_or_assign(path, counter_.last_visible_line);
        return path;
    }

    bool value() {
        record();
        return true;
    }

    bool open(bool is_array) {
        std::string path = record();
        stack_.push_back(Frame{is_array, std::move(path), 0, {}});
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    const LineCounter& counter_;
    std::vector<Frame> stack_;
};

std::unordered_map<std::string, int> locate_lines(std::string_view text) {
    LineCounter counter;
    LineRecorder recorder(counter);
    CountingIterator first(text.data(), &counter);
    CountingIterator last(text.data() + text.size(), &counter);
    json::sax_parse(first, last, &recorder, nlohmann::json::input_format_t::json, true);
    return std::move(recorder.lines);
}

// Builds the value as nlohmann's own DOM parser does, and also notes keys written
// twice in one object (nlohmann would keep the last one without a word).
class DomBuilder : public nlohmann::json_sax<json> {
  public:
    json root;
    std::vector<std::string> duplicate_keys;
    std::size_t error_position = 0;
    std::string error_token;
    std::string error_what;

    bool null() override { return add(json(nullptr)); }
    bool boolean(bool v) override { return add(json(v)); }
    bool number_integer(number_integer_t v) override { return add(json(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add(json(v)); }
    bool number_float(number_float_t v, const string_t&) override { return add(json(v)); }
    bool string(string_t& v) override { return add(json(v)); }
    bool binary(binary_t& v) override { return add(json::binary(v)); }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& top = stack_.back();
        if (top.container->contains(k))
            duplicate_keys.push_back(pointer_to_top() + "/" + json_pointer_token(k));
        top.slot = &(*top.container)[k];
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
        json* slot = nullptr; // the member the next value of an object goes into
    };

    json* place(json&& value) {
        if (stack_.empty()) {
            root = std::move(value);
            return &root;
        }
        Frame& top = stack_.back();
        if (top.container->is_array()) {
            top.container->push_back(std::move(value));
            return &top.container->back();
        }
        *top.slot = std::move(value);
        return top.slot;
    }

    bool add(json&& value) {
        place(std::move(value));
        return true;
    }

    bool open(json&& empty) {
        stack_.push_back(Frame{place(std::move(empty)), nullptr});
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    // Pointer of the innermost open container. Rebuilt from the values themselves
    // (keys are not kept per frame) because it is needed only for a duplicate key.
    std::string pointer_to_top() const {
        std::string pointer;
        for (std::size_t i = 1; i < stack_.size(); ++i) {
            const json& parent = *stack_[i - 1].container;
            const json* child = stack_[i].container;
            if (parent.is_array()) {
                pointer += "/" + std::to_string(child - &parent.front());
                continue;
            }
            for (const auto& [key, member] : parent.items())
                if (&member == child) pointer += "/" + json_pointer_token(key);
        }
        return pointer;
    }

    std::vector<Frame> stack_;
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

// Line and column where `text` first nests deeper than `limit`, if it does.
// One pass over the bytes, strings skipped: nothing is built before it is safe.
std::optional<std::pair<int, int>> too_deep(std::string_view text, std::size_t limit) {
    std::size_t depth = 0;
    int line = 1, column = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        ++column;
        if (c == '\n') {
            ++line;
            column = 0;
        }
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit) return std::make_pair(line, column);
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace

LineIndex::LineIndex(std::string text)
    : text_(std::make_shared<const std::string>(std::move(text))) {}

const std::unordered_map<std::string, int>& LineIndex::lines() const {
    static const std::unordered_map<std::string, int> none;
    if (!text_) return none;
    if (!lines_)
        lines_ = std::make_shared<const std::unordered_map<std::string, int>>(locate_lines(*text_));
    return *lines_;
}

int LineIndex::line_of(std::string_view pointer) const {
    if (!text_) return 0;
    const auto& map = lines();
    std::string p(pointer);
    for (;;) {
        if (auto it = map.find(p); it != map.end()) return it->second;
        if (p.empty()) return 0;
        p.erase(p.rfind('/'));
    }
}

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

JsonParseOutcome parse_json_document(std::string_view text, std::size_t max_bytes) {
    JsonParseOutcome refused;
    if (text.size() > max_bytes) {
        refused.error_line = 1;
        refused.error_column = 1;
        refused.error = "het bestand is te groot (" + std::to_string(text.size() >> 20) +
                        " MiB; hoogstens " + std::to_string(max_bytes >> 20) +
                        " MiB); splits de inhoud over meer bestanden.";
        return refused;
    }
    if (const auto at = too_deep(text, kMaxJsonDepth)) {
        refused.error_line = at->first;
        refused.error_column = at->second;
        refused.error = "de waarden zijn dieper genest dan " + std::to_string(kMaxJsonDepth) +
                        " niveaus; dat komt in inhoud niet voor — staan er haakjes te veel?";
        return refused;
    }
    DomBuilder builder;
    const bool ok = json::sax_parse(text.data(), text.data() + text.size(), &builder,
                                    nlohmann::json::input_format_t::json, true);

    JsonParseOutcome outcome;
    if (ok) {
        outcome.ok = true;
        outcome.document.root = std::move(builder.root);
        outcome.document.duplicate_keys = std::move(builder.duplicate_keys);
        outcome.document.lines = LineIndex(std::string(text));
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
