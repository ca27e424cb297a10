// Problems found in content, in words a content author understands, with the
// place (file, JSON path, line) so an editor can jump there.
#pragma once

#include <string>
#include <vector>

namespace pw {

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;    // path relative to content/
    std::string pointer; // JSON pointer, "" for the whole file
    int line = 0;        // 1-based, 0 when unknown
    std::string message; // Dutch, for content authors
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);

// "case-types/kb.json:12: fout: <message> (bij /steps/2/flows/0)"
std::string format_diagnostic(const Diagnostic& d);

} // namespace pw
