// Mapping request paths to files under the served root, and files to MIME
// types. Pure functions (plus filesystem lookups) so they are unit-testable.
#pragma once

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

std::string_view mime_type_for(const std::filesystem::path& file);

} // namespace pw::serve
