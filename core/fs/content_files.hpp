// Reading content/ from disk: the manifest, then every file it names. Used by
// the CLI and the tests; the browser gets the same files as one bundle instead.
#pragma once

#include "pw/content_loader.hpp"
#include "pw/quote_check.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace pw {

struct ContentFiles {
    std::vector<ContentSource> files; // manifest first is *not* included
    Diagnostics diagnostics;          // unreadable files, a broken manifest
    ContentVersion version;           // from the manifest
};

ContentFiles read_content_dir(const std::filesystem::path& content_dir);

// The text of every source document the model names with a file that is in
// `sources_dir` (../shared/sources); check_quotes reports the ones missing.
SourceTexts read_source_texts(const std::filesystem::path& sources_dir, const Model& model);

} // namespace pw
