#include "loaded_content.hpp"

#include <iostream>

namespace pw::cli {

Loaded load(const std::string& content_dir, bool validate) {
    ContentFiles files = read_content_dir(content_dir);
    Loaded l{validate ? load_and_validate(files.files) : load_content(files.files),
             files.diagnostics, files.version};
    l.all.insert(l.all.end(), l.result.diagnostics.begin(), l.result.diagnostics.end());
    return l;
}

bool usable(const Loaded& l) {
    if (!has_errors(l.all)) return true;
    for (const auto& d : l.all)
        std::cerr << format_diagnostic(d) << '\n';
    std::cerr << "De inhoud bevat fouten; herstel die eerst (protocolwijzer validate).\n";
    return false;
}

} // namespace pw::cli
