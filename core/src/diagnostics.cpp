#include "pw/diagnostics.hpp"

#include <algorithm>

namespace pw {

bool has_errors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.file.empty() ? std::string("(inhoud)") : d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    out += d.severity == Severity::error ? ": fout: " : ": waarschuwing: ";
    out += d.message;
    if (!d.pointer.empty()) out += " (bij " + d.pointer + ")";
    return out;
}

} // namespace pw
