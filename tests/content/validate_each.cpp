// For the schema-parity test (tests/e2e/content-schemas.test.mjs): reads one
// case per line, {"path", "text", "full"}, and prints per line whether the
// validator finds errors, with its messages. "full": the whole content
// directory with this file in place of its namesake (load_and_validate);
// otherwise the file alone (load_content: every per-file rule, the schema
// rules among them). Usage: validate_each <content-dir> < cases.ndjson
#include "content_files.hpp"
#include "pw/content_loader.hpp"

#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: validate_each <content-dir> < cases.ndjson\n";
        return 2;
    }
    const pw::ContentFiles content = pw::read_content_dir(argv[1]);
    std::string line;
    while (std::getline(std::cin, line)) {
        const auto c = nlohmann::json::parse(line, nullptr, false);
        if (!c.is_object()) return 2;
        const pw::ContentSource file{c.value("path", ""), c.value("text", ""), nullptr};
        std::vector<pw::ContentSource> files;
        if (c.value("full", false)) {
            files = content.files;
            bool replaced = false;
            for (auto& f : files)
                if (f.path == file.path) {
                    f = file;
                    replaced = true;
                }
            if (!replaced) files.push_back(file);
        } else {
            files.push_back(file);
        }
        pw::LoadResult result;
        if (file.path == "manifest.json")
            pw::read_manifest(file, result.diagnostics);
        else
            result =
                c.value("full", false) ? pw::load_and_validate(files) : pw::load_content(files);
        nlohmann::json messages = nlohmann::json::array();
        for (const auto& d : result.diagnostics)
            if (d.severity == pw::Severity::error) messages.push_back(pw::format_diagnostic(d));
        std::cout << nlohmann::json{{"errors", !messages.empty()}, {"messages", messages}}.dump(
                         -1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
    }
    return 0;
}
