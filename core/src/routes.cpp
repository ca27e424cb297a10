#include "pw/routes.hpp"

#include <vector>

namespace pw {
namespace {

std::vector<std::string> split_path(std::string_view path) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = path.find('/', start);
        const std::string_view part = path.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!part.empty()) parts.push_back(percent_decode(part));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return parts;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

} // namespace

std::string percent_encode(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int hi = hex_value(text[i + 1]), lo = hex_value(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += text[i] == '+' ? ' ' : text[i];
    }
    return out;
}

namespace {

// Route kinds that are "#/<word>/<id>", and their Dutch words.
struct SimpleKind {
    Route::Kind kind;
    const char* word;
};
constexpr SimpleKind kSimpleKinds[] = {
    {Route::Kind::role, "rol"},       {Route::Kind::organisation, "organisatie"},
    {Route::Kind::term, "begrip"},    {Route::Kind::data_item, "gegeven"},
    {Route::Kind::system, "systeem"}, {Route::Kind::channel, "kanaal"},
    {Route::Kind::card, "kaart"},     {Route::Kind::rule, "grondslag"},
};

} // namespace

std::optional<Route> parse_route(std::string_view hash) {
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    if (!hash.empty() && hash.front() != '/') return std::nullopt;
    // "#/wat-nu?organisatie=ind&zaak=kb": the assistant keeps its answers in
    // the query, so a deep link restores them.
    if (const std::string_view word = "/wat-nu"; hash.substr(0, word.size()) == word) {
        const std::string_view rest = hash.substr(word.size());
        if (rest.empty() || rest == "/") return Route{Route::Kind::assistant, {}, {}, {}, {}};
        if (rest.front() == '?')
            return Route{Route::Kind::assistant, {}, {}, {}, std::string(rest.substr(1))};
        return std::nullopt;
    }
    const std::vector<std::string> p = split_path(hash);
    Route r;
    if (p.empty()) return r;
    if (p[0] == "proces") {
        if (p.size() == 2) return Route{Route::Kind::case_type, p[1], {}, {}, {}};
        if (p.size() == 4 && p[2] == "stap") return Route{Route::Kind::step, p[1], p[3], {}, {}};
        if (p.size() == 4 && p[2] == "voorbeeld")
            return Route{Route::Kind::example, p[1], {}, p[3], {}};
        return std::nullopt;
    }
    for (const SimpleKind& k : kSimpleKinds)
        if (p[0] == k.word && p.size() == 2) return Route{k.kind, {}, {}, p[1], {}};
    if (p[0] == "oefenen") {
        if (p.size() == 1) return Route{Route::Kind::training, {}, {}, {}, {}};
        if (p.size() == 3 && p[1] == "klas") return Route{Route::Kind::training, {}, {}, {}, p[2]};
        if (p.size() == 2 && p[1] == "nieuw") return Route{Route::Kind::editor, {}, {}, {}, {}};
        if (p.size() == 2) return Route{Route::Kind::scenario, {}, {}, p[1], {}};
        if (p.size() == 3 && p[2] == "trainer")
            return Route{Route::Kind::trainer, {}, {}, p[1], {}};
        if (p.size() == 3 && p[2] == "bewerken")
            return Route{Route::Kind::editor, {}, {}, p[1], {}};
        return std::nullopt;
    }
    if (p[0] == "wat-is-veranderd" && p.size() == 1)
        return Route{Route::Kind::changes, {}, {}, {}, {}};
    if (p[0] == "zoek")
        return Route{Route::Kind::search, {}, {}, {}, p.size() >= 2 ? p[1] : std::string()};
    return std::nullopt;
}

std::string format_route(const Route& r) {
    switch (r.kind) {
    case Route::Kind::home:
        return "#/";
    case Route::Kind::case_type:
        return "#/proces/" + percent_encode(r.case_type);
    case Route::Kind::step:
        return "#/proces/" + percent_encode(r.case_type) + "/stap/" + percent_encode(r.step);
    case Route::Kind::example:
        return "#/proces/" + percent_encode(r.case_type) + "/voorbeeld/" + percent_encode(r.id);
    case Route::Kind::search:
        return "#/zoek/" + percent_encode(r.query);
    case Route::Kind::training:
        return r.query.empty() ? "#/oefenen" : "#/oefenen/klas/" + percent_encode(r.query);
    case Route::Kind::scenario:
        return "#/oefenen/" + percent_encode(r.id);
    case Route::Kind::trainer:
        return "#/oefenen/" + percent_encode(r.id) + "/trainer";
    case Route::Kind::editor:
        return r.id.empty() ? "#/oefenen/nieuw" : "#/oefenen/" + percent_encode(r.id) + "/bewerken";
    case Route::Kind::assistant:
        return r.query.empty() ? "#/wat-nu" : "#/wat-nu?" + r.query;
    case Route::Kind::changes:
        return "#/wat-is-veranderd";
    default:
        break;
    }
    for (const SimpleKind& k : kSimpleKinds)
        if (k.kind == r.kind) return std::string("#/") + k.word + "/" + percent_encode(r.id);
    return "#/";
}

} // namespace pw
