#include "static_files.hpp"

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

} // namespace pw::serve
