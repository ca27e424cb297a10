#include "pw/content_pack.hpp"

#include "pw/first_screen.hpp"
#include "pw/model_fields.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <type_traits>
#include <utility>

namespace pw {
namespace {

constexpr std::string_view kMagic = "PWPACK";
constexpr std::uint8_t kFormat = 3;
// Which part of the content a pack holds.
enum class Part : std::uint8_t { whole = 0, first_screen = 1, rest = 2 };

// FNV-1a over the rest's pack: the key the first screen's part names. Never
// 0, which means "nothing to come".
std::uint64_t key_of(std::string_view bytes) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : bytes)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ? h : 1;
}

template <class T> struct IsVector : std::false_type {};
template <class E> struct IsVector<std::vector<E>> : std::true_type {};
template <class T> struct IsPair : std::false_type {};
template <class A, class B> struct IsPair<std::pair<A, B>> : std::true_type {};
template <class C, class M> M member_type(M C::*);

// The model's shape: which kinds of value, in which order, nested how. Two
// builds whose model structs differ have (all but surely) different shapes.
constexpr std::uint32_t mix(std::uint32_t h, std::uint32_t v) {
    return (h ^ v) * 16777619u;
}
template <class T> constexpr std::uint32_t shape_of() {
    if constexpr (std::is_same_v<T, std::string>)
        return 1;
    else if constexpr (std::is_same_v<T, bool>)
        return 2;
    else if constexpr (std::is_same_v<T, double>)
        return 3;
    else if constexpr (std::is_same_v<T, int>)
        return 4;
    else if constexpr (std::is_enum_v<T>)
        return 5;
    else if constexpr (IsVector<T>::value)
        return mix(6, shape_of<typename T::value_type>());
    else if constexpr (IsPair<T>::value)
        return mix(mix(7, shape_of<typename T::first_type>()), shape_of<typename T::second_type>());
    else {
        static_assert(kHasFields<T>, "a model type without a field list in model_fields.hpp");
        return std::apply(
            [](auto... member) {
                std::uint32_t h = 2166136261u;
                ((h = mix(h, shape_of<decltype(member_type(member))>())), ...);
                return mix(h, 8);
            },
            kFields<T>);
    }
}
constexpr std::uint32_t kShape = mix(shape_of<ContentVersion>(), shape_of<Model>());

// std::bit_cast, which Emscripten 3.1.6's libc++ lacks.
template <class To, class From> To bits_of(const From& from) {
    static_assert(sizeof(To) == sizeof(From));
    To to;
    std::memcpy(&to, &from, sizeof to);
    return to;
}

class Writer {
  public:
    std::string out;

    void count(std::uint64_t n) {
        do {
            const auto byte = static_cast<unsigned char>(n & 0x7f);
            n >>= 7;
            out.push_back(static_cast<char>(n ? byte | 0x80 : byte));
        } while (n);
    }
    void fixed(std::uint64_t bits, int bytes) {
        for (int i = 0; i < bytes; ++i)
            out.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
    }

    template <class T> void value(const T& v) {
        if constexpr (std::is_same_v<T, std::string>) {
            count(v.size());
            out += v;
        } else if constexpr (std::is_same_v<T, bool>) {
            out.push_back(v ? 1 : 0);
        } else if constexpr (std::is_same_v<T, double>) {
            fixed(bits_of<std::uint64_t>(v), 8);
        } else if constexpr (std::is_same_v<T, int> || std::is_enum_v<T>) {
            fixed(static_cast<std::uint32_t>(static_cast<std::int32_t>(v)), 4);
        } else if constexpr (IsVector<T>::value) {
            count(v.size());
            for (const auto& item : v)
                value(item);
        } else if constexpr (IsPair<T>::value) {
            value(v.first);
            value(v.second);
        } else {
            for_each_field(v, [&](const auto& field) { value(field); });
        }
    }
};

// Reads what Writer wrote; the first bad byte stops it (`failed`, `at`), and
// every later read gives a default value without touching the input.
class Reader {
  public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool failed = false;
    std::size_t at = 0;

    bool done() const { return !failed && at == in_.size(); }
    std::size_t left() const { return in_.size() - at; }

    std::string_view bytes(std::size_t n) {
        if (failed || n > left()) return fail();
        const std::string_view part = in_.substr(at, n);
        at += n;
        return part;
    }
    std::uint64_t count() {
        std::uint64_t n = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::string_view b = bytes(1);
            if (b.empty()) return 0;
            const auto byte = static_cast<unsigned char>(b[0]);
            n |= std::uint64_t{byte & 0x7fu} << shift;
            if (!(byte & 0x80)) return n;
        }
        fail();
        return 0;
    }
    std::uint64_t fixed(int n) {
        const std::string_view b = bytes(static_cast<std::size_t>(n));
        std::uint64_t bits = 0;
        for (std::size_t i = 0; i < b.size(); ++i)
            bits |= std::uint64_t{static_cast<unsigned char>(b[i])} << (8 * i);
        return bits;
    }

    template <class T> void value(T& v) {
        if (failed) return;
        if constexpr (std::is_same_v<T, std::string>) {
            v = std::string(
                bytes(static_cast<std::size_t>(std::min<std::uint64_t>(count(), left() + 1))));
        } else if constexpr (std::is_same_v<T, bool>) {
            const std::string_view b = bytes(1);
            if (!b.empty() && static_cast<unsigned char>(b[0]) > 1) fail();
            v = !b.empty() && b[0] == 1;
        } else if constexpr (std::is_same_v<T, double>) {
            v = bits_of<double>(fixed(8));
        } else if constexpr (std::is_same_v<T, int> || std::is_enum_v<T>) {
            const auto read = static_cast<std::int32_t>(static_cast<std::uint32_t>(fixed(4)));
            // The model's one enum: a kind of step the views know, or damage.
            static_assert(!std::is_enum_v<T> || std::is_same_v<T, StepKind>);
            if (std::is_enum_v<T> && (read < 0 || read > static_cast<std::int32_t>(StepKind::end)))
                return (void)fail();
            v = static_cast<T>(read);
        } else if constexpr (IsVector<T>::value) {
            // Every item takes at least one byte: a count past the bytes left is damage,
            // caught before anything is allocated for it.
            const std::uint64_t n = count();
            if (n > left()) return (void)fail();
            v.resize(static_cast<std::size_t>(n));
            for (auto& item : v)
                value(item);
        } else if constexpr (IsPair<T>::value) {
            value(v.first);
            value(v.second);
        } else {
            for_each_field(v, [&](auto& field) { value(field); });
        }
    }

  private:
    std::string_view fail() {
        if (!failed) failed = true;
        return {};
    }
    std::string_view in_;
};

// The name of a struct's field `index` from its list as written: "pointer"
// from "&Origin::file, &Origin::pointer".
std::string field_name(std::string_view list, std::size_t index) {
    for (; index > 0; --index)
        list.remove_prefix(std::min(list.size(), list.find(',') + 1));
    list = list.substr(0, list.find(','));
    return std::string(list.substr(list.rfind(':') + 1));
}

// Field by field, noting where the first difference is.
class Comparer {
  public:
    std::string difference;

    template <class T> void compare(const T& a, const T& b, const std::string& path) {
        if (!difference.empty()) return;
        if constexpr (IsVector<T>::value) {
            if (a.size() != b.size()) {
                difference = path + " (" + std::to_string(a.size()) + " tegen " +
                             std::to_string(b.size()) + " items)";
                return;
            }
            for (std::size_t i = 0; i < a.size(); ++i)
                compare(a[i], b[i], path + "[" + std::to_string(i) + "]");
        } else if constexpr (IsPair<T>::value) {
            compare(a.first, b.first, path + ".first");
            compare(a.second, b.second, path + ".second");
        } else if constexpr (kHasFields<T>) {
            std::size_t index = 0;
            std::apply(
                [&](auto... member) {
                    ((compare(a.*member, b.*member,
                              (path.empty() ? "" : path + ".") +
                                  field_name(kFieldNames<T>, index++))),
                     ...);
                },
                kFields<T>);
        } else if (!(a == b)) {
            difference = path.empty() ? "(geheel)" : path;
        }
    }
};

} // namespace

namespace {

Writer header(Part part) {
    Writer w;
    w.out.append(kMagic);
    w.out.push_back(static_cast<char>(kFormat));
    w.fixed(kShape, 4);
    w.out.push_back(static_cast<char>(part));
    return w;
}

} // namespace

std::string pack_content(const LoadResult& content) {
    Writer w = header(Part::whole);
    w.value(content.version);
    w.value(content.source_map.paths);
    w.value(content.model);
    return std::move(w.out);
}

SplitPack pack_content_split(const LoadResult& content) {
    Writer rest = header(Part::rest);
    rest.value(content.version);
    rest.value(content.model);
    Writer first = header(Part::first_screen);
    first.fixed(key_of(rest.out), 8);
    first.count(content.model.scenarios.size());
    first.value(content.version);
    first.value(content.source_map.paths);
    first.value(first_screen_model(content.model));
    return {std::move(first.out), std::move(rest.out)};
}

std::string pack_deferring_to_json() {
    std::string out(kMagic);
    out.push_back(0); // format 0: no model, read the JSON
    return out;
}

bool defers_to_json(std::string_view packed) {
    return packed == pack_deferring_to_json();
}

namespace {

// The header's part, or an error (Dutch) when the bytes are no pack of this build.
std::string read_header(Reader& r, Part& part) {
    if (r.bytes(kMagic.size()) != kMagic)
        return "dit is geen ingepakte inhoud van Protocolwijzer; bouw de app opnieuw.";
    const auto format = r.fixed(1);
    const auto shape = r.fixed(4);
    part = static_cast<Part>(r.fixed(1));
    if (r.failed || format != kFormat || shape != kShape)
        return "de ingepakte inhoud hoort bij een andere versie van de app (formaat " +
               std::to_string(format) + "); bouw de app opnieuw.";
    return "";
}

std::string read_to_end(const Reader& r, std::size_t size) {
    if (r.done()) return "";
    return r.failed ? "de ingepakte inhoud is beschadigd of afgebroken (bij byte " +
                          std::to_string(r.at) + " van " + std::to_string(size) +
                          "); bouw de app opnieuw."
                    : "de ingepakte inhoud heeft " + std::to_string(r.left()) +
                          " bytes te veel; bouw de app opnieuw.";
}

} // namespace

LoadResult unpack_content(std::string_view packed) {
    LoadResult out;
    auto refuse = [&](std::string message) {
        out = LoadResult{};
        out.diagnostics.push_back({Severity::error, kContentPackName, "", 0, std::move(message)});
        return std::move(out);
    };
    if (defers_to_json(packed))
        return refuse("de inhoud had meldingen toen de app werd gebouwd; lees content.json.");
    Reader r(packed);
    Part part = Part::whole;
    if (std::string problem = read_header(r, part); !problem.empty()) return refuse(problem);
    if (part == Part::first_screen) {
        out.rest_key = r.fixed(8);
        const std::uint64_t to_come = r.count();
        // Key 0 would read as "whole": the progress carried over without the rest.
        if (out.rest_key == 0 || to_come > std::uint32_t{0xffffff})
            return refuse("de ingepakte inhoud is beschadigd (de sleutel van de rest); "
                          "bouw de app opnieuw.");
        out.exercises_to_come = static_cast<std::size_t>(to_come);
    } else if (part != Part::whole)
        return refuse("dit is de rest van de inhoud (" + std::string(kRestPackName) +
                      "), niet het begin; bouw de app opnieuw.");
    r.value(out.version);
    r.value(out.source_map.paths);
    r.value(out.model);
    if (std::string problem = read_to_end(r, packed.size()); !problem.empty())
        return refuse(problem);
    if (out.rest_pending() && out.model.scenarios.size() != out.exercises_to_come)
        return refuse("de ingepakte inhoud is beschadigd (het aantal oefeningen); bouw de app "
                      "opnieuw.");
    out.source_map.lines.resize(out.source_map.paths.size());
    return out;
}

std::string unpack_rest(std::string_view packed, LoadResult& content) {
    if (!content.rest_pending()) return "de inhoud is al compleet.";
    Reader r(packed);
    Part part = Part::whole;
    if (std::string problem = read_header(r, part); !problem.empty()) return problem;
    if (part != Part::rest)
        return "dit is niet de rest van de inhoud (" + std::string(kRestPackName) +
               "); bouw de app opnieuw.";
    if (key_of(packed) != content.rest_key)
        return "de rest van de inhoud hoort niet bij dit begin, of is beschadigd; laad de pagina "
               "opnieuw.";
    ContentVersion version;
    Model whole;
    r.value(version);
    r.value(whole);
    if (std::string problem = read_to_end(r, packed.size()); !problem.empty()) return problem;
    if (version.version != content.version.version || version.date != content.version.date ||
        whole.scenarios.size() != content.exercises_to_come)
        return "de rest van de inhoud hoort bij een andere uitgave; laad de pagina opnieuw.";
    put_whole_model(content, std::move(whole));
    return "";
}

namespace {

// Where the content's exercises, named by the first part, end and a trainer's own begin.
std::vector<Scenario>::iterator first_own_exercise(LoadResult& content) {
    std::vector<Scenario>& all = content.model.scenarios;
    return all.begin() +
           static_cast<std::ptrdiff_t>(std::min(content.exercises_to_come, all.size()));
}

} // namespace

void put_whole_model(LoadResult& content, Model whole) {
    // The trainer's own exercises, read while the rest was on its way, after
    // the content's (which the first part named by title only).
    std::vector<Scenario>& now = content.model.scenarios;
    whole.scenarios.insert(whole.scenarios.end(),
                           std::make_move_iterator(first_own_exercise(content)),
                           std::make_move_iterator(now.end()));
    content.model = std::move(whole);
    content.rest_key = 0;
    content.exercises_to_come = 0;
}

void forget_rest(LoadResult& content) {
    std::vector<Scenario>& all = content.model.scenarios;
    all.erase(all.begin(), first_own_exercise(content));
    content.exercises_to_come = 0;
}

std::string first_difference(const Model& a, const Model& b) {
    Comparer c;
    c.compare(a, b, "");
    return c.difference;
}

} // namespace pw
