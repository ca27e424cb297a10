// Build step: writes the text twin of the guide (tekst.html) from content/,
// with the same core the app uses. Compiled to wasm and run under node
// (NODERAWFS), because the web build has no native compiler of its own.
// Usage: node text_twin.js <content-dir> <output.html>
#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/export.hpp"

#include <cstdio>
#include <fstream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "gebruik: text_twin <content-map> <uitvoer.html>\n");
        return 2;
    }
    const pw::ContentFiles files = pw::read_content_dir(argv[1]);
    pw::LoadResult result = pw::load_and_validate(files.files);
    if (!files.diagnostics.empty() || !result.ok()) {
        for (const auto& d : files.diagnostics)
            std::fprintf(stderr, "%s\n", pw::format_diagnostic(d).c_str());
        for (const auto& d : result.diagnostics)
            std::fprintf(stderr, "%s\n", pw::format_diagnostic(d).c_str());
        std::fprintf(stderr,
                     "text_twin: de inhoud bevat fouten (protocolwijzer validate zegt welke)\n");
        return 1;
    }
    std::ofstream out(argv[2], std::ios::binary);
    out << pw::export_html(result.model, pw::HtmlExportOptions{"index.html", "oefening.html"});
    return out.good() ? 0 : 1;
}
