#include "content_files.hpp"

#include <fstream>
#include <sstream>

namespace pw {
namespace {

bool read_text(const std::filesystem::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

} // namespace

ContentFiles read_content_dir(const std::filesystem::path& dir) {
    ContentFiles result;
    ContentSource manifest{"manifest.json", {}};
    if (!read_text(dir / "manifest.json", manifest.text)) {
        result.diagnostics.push_back({Severity::error, "manifest.json", "", 0,
                                      "kan " + (dir / "manifest.json").string() + " niet lezen."});
        return result;
    }
    for (const std::string& name : read_manifest(manifest, result.diagnostics, &result.version)) {
        ContentSource file{name, {}};
        if (!read_text(dir / name, file.text)) {
            result.diagnostics.push_back(
                {Severity::error, name, "", 0,
                 "bestand staat in manifest.json maar kan niet gelezen worden (" +
                     (dir / name).string() + ")."});
            continue;
        }
        result.files.push_back(std::move(file));
    }
    return result;
}

SourceTexts read_source_texts(const std::filesystem::path& dir, const Model& model) {
    SourceTexts texts;
    for (const SourceDocument& d : model.sources) {
        std::string text;
        if (!d.file.empty() && !texts.count(d.file) && read_text(dir / d.file, text))
            texts.emplace(d.file, std::move(text));
    }
    return texts;
}

} // namespace pw
