// Build step: packs the content bundle (content.json, already validated by the
// bundle's own load) into content.pack, the form the app starts from (what
// the first screen draws, first_screen.hpp), and rest.pack, the whole model
// the app fetches after its first screen (core/include/pw/content_pack.hpp).
// It then reads its own output back and compares the models with the JSON
// path's, field by field: the first part's with first_screen_model of it, the
// whole with it. A pack that would give the app another model than the JSON
// does never ships. Content with problems gets a pack that sends the app to
// the JSON.
// Compiled to wasm and run under node (NODERAWFS), like text_twin.
// Usage: node pack_content.js <content.json> <content.pack> <rest.pack>
#include "pw/content_pack.hpp"
#include "pw/first_screen.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace {

bool write_file(const char* path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    if (out.good()) return true;
    std::fprintf(stderr, "pack_content: kan %s niet schrijven\n", path);
    return false;
}

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "gebruik: pack_content <content.json> <content.pack> <rest.pack>\n");
        return 2;
    }
    const std::string bundle = read_file(argv[1]);
    const pw::LoadResult json = pw::load_bundle(bundle);
    // Content with problems (an author at work) is not packed: the app reads
    // the JSON and lists the problems, as the CLI does. CI refuses such content.
    const pw::SplitPack packed =
        json.diagnostics.empty()
            ? pw::pack_content_split(json)
            : pw::SplitPack{pw::pack_deferring_to_json(), pw::pack_deferring_to_json()};
    for (const auto& d : json.diagnostics)
        std::fprintf(stderr, "%s\n", pw::format_diagnostic(d).c_str());
    if (!json.diagnostics.empty())
        std::fprintf(stderr,
                     "pack_content: de inhoud heeft %zu meldingen en wordt niet ingepakt; de app "
                     "leest content.json en toont ze\n",
                     json.diagnostics.size());
    if (!write_file(argv[2], packed.first_screen) || !write_file(argv[3], packed.rest)) return 1;
    const std::string written = read_file(argv[2]);
    if (!json.diagnostics.empty()) return pw::defers_to_json(written) ? 0 : 1;
    pw::LoadResult unpacked = pw::unpack_content(written);
    std::string difference =
        unpacked.diagnostics.empty() ? "" : pw::format_diagnostic(unpacked.diagnostics.front());
    if (difference.empty())
        difference = pw::first_difference(pw::first_screen_model(json.model), unpacked.model);
    if (difference.empty()) difference = pw::unpack_rest(read_file(argv[3]), unpacked);
    if (difference.empty()) difference = pw::first_difference(json.model, unpacked.model);
    if (difference.empty() && (unpacked.version.version != json.version.version ||
                               unpacked.version.date != json.version.date))
        difference = "version";
    if (difference.empty() && unpacked.source_map.paths != json.source_map.paths)
        difference = "paths";
    if (!difference.empty()) {
        std::fprintf(stderr, "pack_content: %s geeft een ander model dan %s (%s)\n", argv[2],
                     argv[1], difference.c_str());
        std::remove(argv[2]);
        std::remove(argv[3]);
        return 1;
    }
    std::printf("pack_content: %zu bytes JSON -> %zu + %zu bytes ingepakt (begin en rest), "
                "zelfde model\n",
                bundle.size(), packed.first_screen.size(), packed.rest.size());
    return 0;
}
