// Content as the CLI's commands use it: read from a directory, loaded and
// validated, with every diagnostic (unreadable files included).
#pragma once

#include "content_files.hpp"
#include "pw/content_loader.hpp"

#include <string>

namespace pw::cli {

struct Loaded {
    LoadResult result;
    Diagnostics all;
    ContentVersion version; // from manifest.json
};

// `validate` false: only read and load (structure, fields, ids), as diff
// does, so a tree in the middle of an edit can be compared.
Loaded load(const std::string& content_dir, bool validate = true);
// Commands other than validate refuse to work on content that does not
// validate: they print the diagnostics and say so.
bool usable(const Loaded& loaded);

} // namespace pw::cli
