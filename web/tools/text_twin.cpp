// Build step: writes the text twin of the guide (tekst.html) and the printable
// card of every case type (kaart/<id>.html, kaart/index.html, kaart/kaart.css,
// kaart/kaart.js) from content/,
// with the same core the app uses. Compiled to wasm and run under node
// (NODERAWFS), because the web build has no native compiler of its own.
// Usage: node text_twin.js <content-dir> <output.html> <cards-dir>
#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/export.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

bool write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out.good()) std::fprintf(stderr, "text_twin: kan %s niet schrijven\n", path.c_str());
    return out.good();
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "gebruik: text_twin <content-map> <uitvoer.html> <kaarten-map>\n");
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
    const std::filesystem::path cards(argv[3]);
    std::error_code error;
    std::filesystem::create_directories(cards, error);
    // The cards sit one folder below the app: their links go up to it. Their
    // style and script are files (the server's Content-Security-Policy).
    const pw::CardOptions card_options{"../index.html", "kaart"};
    bool ok =
        write(argv[2], pw::export_html(result.model,
                                       pw::HtmlExportOptions{"index.html", "oefening.html",
                                                             cards.filename().string() + "/"}));
    for (const pw::CaseType& ct : result.model.case_types)
        ok = write(cards / pw::card_file_name(ct),
                   pw::export_card(result.model, ct, card_options)) &&
             ok;
    ok = write(cards / "index.html", pw::export_card_index(result.model, card_options)) && ok;
    ok = write(cards / "kaart.css", pw::card_stylesheet()) && ok;
    ok = write(cards / "kaart.js", pw::card_script()) && ok;
    return ok ? 0 : 1;
}
