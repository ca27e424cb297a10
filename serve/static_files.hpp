// Mapping request paths to files under the served root, and files to MIME
// types. Pure functions (plus filesystem lookups) so they are unit-testable.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace pw::serve {

enum class PathError { none, malformed, outside_root, not_found };

struct ResolvedPath {
    std::filesystem::path file; // canonical, inside the root
    PathError error = PathError::none;
};

// Resolves a URL path ("/app.wasm", "/", "/fonts/ui.ttf") against `root`.
// Refuses anything that could leave the root: "..", encoded dots, backslashes,
// NUL bytes, absolute paths after decoding, and symlinks pointing outside.
// "/" serves index.html; other directories are not listed.
ResolvedPath resolve_static_path(const std::filesystem::path& root, std::string_view url_path);

// The pre-compressed variant of a resolved file (`file` + ".br" or ".gz"), if it
// exists as a regular file inside the root after resolving symlinks: a sidecar
// gets the same containment check as the file itself.
std::optional<std::filesystem::path> contained_sidecar(const std::filesystem::path& root,
                                                       const std::filesystem::path& file,
                                                       std::string_view suffix);

std::string_view mime_type_for(const std::filesystem::path& file);

// A Range header against a representation of `size` bytes. Only one range of
// bytes is served (206); anything else — several ranges, another unit, a
// malformed header — is ignored and the whole file sent (RFC 9110 allows it),
// so a reply is never larger than the file.
enum class RangeKind { whole, partial, unsatisfiable };
struct ByteRange {
    RangeKind kind = RangeKind::whole;
    std::uint64_t first = 0, last = 0; // inclusive, for `partial`
};
ByteRange parse_range(std::string_view header, std::uint64_t size);

// The encoding to send, given the request's Accept-Encoding and which
// pre-compressed variants exist: "br", "gzip" or "" (the file itself).
std::string choose_encoding(std::string_view accept_encoding, bool have_br, bool have_gzip);

// Build outputs with a content hash in their name ("app.3f2a1c9b0d.wasm")
// never change: they may be cached for a year. Everything else (index.html,
// sw.js, build.json) is revalidated on every use.
bool is_hashed_asset(const std::filesystem::path& file);
std::string_view cache_control_for(const std::filesystem::path& file);

// A strong validator from size and modification time, per encoding.
std::string etag_for(std::uintmax_t size, std::int64_t mtime_ns, std::string_view encoding);

// Whether an If-None-Match header value matches `etag` ("*" or a list).
bool etag_matches(std::string_view if_none_match, std::string_view etag);

} // namespace pw::serve
