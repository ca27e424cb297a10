#include "static_files.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <string>
#include <system_error>
#include <vector>

namespace pw::serve {
namespace {

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Strict percent-decoding: a broken escape makes the path malformed.
std::optional<std::string> decode(std::string_view in) {
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size()) return std::nullopt;
        const int hi = hex(in[i + 1]), lo = hex(in[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

bool is_within(const std::filesystem::path& root, const std::filesystem::path& p) {
    auto r = root.begin(), q = p.begin();
    for (; r != root.end(); ++r, ++q)
        if (q == p.end() || *r != *q) return false;
    return true;
}

} // namespace

ResolvedPath resolve_static_path(const std::filesystem::path& root, std::string_view url_path) {
    namespace fs = std::filesystem;
    if (url_path.empty() || url_path.front() != '/') return {{}, PathError::malformed};
    if (const auto q = url_path.find_first_of("?#"); q != std::string_view::npos)
        url_path = url_path.substr(0, q);
    const std::optional<std::string> decoded = decode(url_path);
    if (!decoded) return {{}, PathError::malformed};

    std::vector<std::string> parts;
    std::size_t start = 1;
    while (start <= decoded->size()) {
        std::size_t end = decoded->find('/', start);
        if (end == std::string::npos) end = decoded->size();
        const std::string part = decoded->substr(start, end - start);
        start = end + 1;
        if (part.empty() || part == ".") continue;
        if (part == ".." || part.find('\\') != std::string::npos ||
            part.find('\0') != std::string::npos)
            return {{}, PathError::outside_root};
        parts.push_back(part);
    }

    std::error_code ec;
    const fs::path canonical_root = fs::canonical(root, ec);
    if (ec) return {{}, PathError::not_found};
    fs::path candidate = canonical_root;
    for (const auto& part : parts)
        candidate /= part;
    if (parts.empty()) candidate /= "index.html";

    const fs::path real = fs::canonical(candidate, ec); // resolves symlinks
    if (ec) return {{}, PathError::not_found};
    if (!is_within(canonical_root, real)) return {{}, PathError::outside_root};
    if (!fs::is_regular_file(real, ec)) return {{}, PathError::not_found}; // no directory listings
    return {real, PathError::none};
}

std::optional<std::filesystem::path> contained_sidecar(const std::filesystem::path& root,
                                                       const std::filesystem::path& file,
                                                       std::string_view suffix) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path canonical_root = fs::canonical(root, ec);
    if (ec) return std::nullopt;
    fs::path sidecar = file;
    sidecar += std::string(suffix);
    const fs::path real = fs::canonical(sidecar, ec);
    if (ec || !is_within(canonical_root, real) || !fs::is_regular_file(real, ec))
        return std::nullopt;
    return real;
}

namespace {

// Digits of a byte position; more than 18 is beyond any file and saturates.
std::optional<std::uint64_t> position(std::string_view digits) {
    if (digits.empty()) return std::nullopt;
    std::uint64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        if (value > (UINT64_MAX - 9) / 10) return UINT64_MAX;
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

} // namespace

ByteRange parse_range(std::string_view header, std::uint64_t size) {
    constexpr std::string_view unit = "bytes=";
    if (header.substr(0, unit.size()) != unit) return {};
    const std::string_view spec = header.substr(unit.size());
    const std::size_t dash = spec.find('-');
    if (spec.find(',') != std::string_view::npos || dash == std::string_view::npos) return {};
    const std::string_view from = spec.substr(0, dash), to = spec.substr(dash + 1);
    if (from.empty()) { // the last n bytes
        const auto n = position(to);
        if (!n) return {};
        if (*n == 0 || size == 0) return {RangeKind::unsatisfiable};
        return {RangeKind::partial, *n >= size ? 0 : size - *n, size - 1};
    }
    const auto first = position(from);
    const auto last = to.empty() ? std::optional<std::uint64_t>(UINT64_MAX) : position(to);
    if (!first || !last || *last < *first) return {};
    if (*first >= size) return {RangeKind::unsatisfiable};
    return {RangeKind::partial, *first, std::min(*last, size - 1)};
}

std::string_view mime_type_for(const std::filesystem::path& file) {
    const std::string ext = file.extension().string();
    if (ext == ".html") return "text/html; charset=utf-8";
    if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
    if (ext == ".wasm") return "application/wasm";
    if (ext == ".json") return "application/json; charset=utf-8";
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".ttf") return "font/ttf";
    if (ext == ".woff2") return "font/woff2";
    if (ext == ".svg") return "image/svg+xml";
    if (ext == ".png") return "image/png";
    if (ext == ".ico") return "image/x-icon";
    if (ext == ".webmanifest") return "application/manifest+json";
    if (ext == ".txt" || ext == ".md") return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// The q-value of `coding` in an Accept-Encoding list: -1 when absent.
double quality_of(std::string_view accept, std::string_view coding) {
    double star = -1;
    while (!accept.empty()) {
        const std::size_t comma = accept.find(',');
        std::string_view item = trim(accept.substr(0, comma));
        accept = comma == std::string_view::npos ? std::string_view() : accept.substr(comma + 1);
        double q = 1.0;
        if (const std::size_t semi = item.find(';'); semi != std::string_view::npos) {
            std::string_view param = trim(item.substr(semi + 1));
            item = trim(item.substr(0, semi));
            if (param.size() > 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
                try {
                    q = std::stod(std::string(param.substr(2)));
                } catch (...) {
                    q = 0;
                }
            }
        }
        if (item.size() == coding.size() &&
            std::equal(item.begin(), item.end(), coding.begin(),
                       [](char a, char b) { return std::tolower(a) == std::tolower(b); }))
            return q;
        if (item == "*") star = q;
    }
    return star;
}

} // namespace

std::string choose_encoding(std::string_view accept, bool have_br, bool have_gzip) {
    if (have_br && quality_of(accept, "br") > 0) return "br";
    if (have_gzip && quality_of(accept, "gzip") > 0) return "gzip";
    return "";
}

bool is_hashed_asset(const std::filesystem::path& file) {
    // stem.<10 hex>.ext, as tools/pack_web.py names them.
    const std::string name = file.filename().string();
    const std::size_t last = name.rfind('.');
    if (last == std::string::npos || last < 12 || last + 1 >= name.size())
        return false; // stem and extension
    const std::size_t dot = last - 11;
    if (name[dot] != '.') return false;
    for (std::size_t i = dot + 1; i < last; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(name[i])) ||
            std::isupper(static_cast<unsigned char>(name[i])))
            return false;
    return true;
}

std::string_view cache_control_for(const std::filesystem::path& file) {
    return is_hashed_asset(file) ? "public, max-age=31536000, immutable" : "no-cache";
}

std::string etag_for(std::uintmax_t size, std::int64_t mtime_ns, std::string_view encoding) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%jx-%jx", static_cast<std::uintmax_t>(size),
                  static_cast<std::uintmax_t>(mtime_ns));
    std::string out(1, '"');
    out.append(buf);
    if (!encoding.empty()) out.append(1, '-').append(encoding);
    out.append(1, '"');
    return out;
}

bool etag_matches(std::string_view header, std::string_view etag) {
    while (!header.empty()) {
        const std::size_t comma = header.find(',');
        std::string_view item = trim(header.substr(0, comma));
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        if (item.rfind("W/", 0) == 0) item.remove_prefix(2);
        if (item == "*" || item == etag) return true;
    }
    return false;
}

} // namespace pw::serve
