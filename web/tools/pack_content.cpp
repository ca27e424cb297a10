// Build step: packs the content bundle (content.json, already validated by the
// bundle's own load) into content.pack, the form the app starts from
// (core/include/pw/content_pack.hpp). It then reads its own output back and
// compares the model with the JSON path's, field by field, so a pack that
// would give the app another model than the JSON does never ships. Content
// with problems gets a pack that sends the app to the JSON.
// Compiled to wasm and run under node (NODERAWFS), like text_twin.
// Usage: node pack_content.js <content.json> <content.pack>
#include "pw/content_pack.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "gebruik: pack_content <content.json> <content.pack>\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string bundle((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    const pw::LoadResult json = pw::load_bundle(bundle);
    // Content with problems (an author at work) is not packed: the app reads
    // the JSON and lists the problems, as the CLI does. CI refuses such content.
    const std::string packed =
        json.diagnostics.empty() ? pw::pack_content(json) : pw::pack_deferring_to_json();
    for (const auto& d : json.diagnostics)
        std::fprintf(stderr, "%s\n", pw::format_diagnostic(d).c_str());
    if (!json.diagnostics.empty())
        std::fprintf(stderr,
                     "pack_content: de inhoud heeft %zu meldingen en wordt niet ingepakt; de app "
                     "leest content.json en toont ze\n",
                     json.diagnostics.size());
    {
        std::ofstream out(argv[2], std::ios::binary);
        out << packed;
        if (!out.good()) {
            std::fprintf(stderr, "pack_content: kan %s niet schrijven\n", argv[2]);
            return 1;
        }
    }
    std::ifstream back(argv[2], std::ios::binary);
    const std::string written((std::istreambuf_iterator<char>(back)),
                              std::istreambuf_iterator<char>());
    if (!json.diagnostics.empty()) return pw::defers_to_json(written) ? 0 : 1;
    const pw::LoadResult unpacked = pw::unpack_content(written);
    std::string difference = unpacked.diagnostics.empty()
                                 ? pw::first_difference(json.model, unpacked.model)
                                 : pw::format_diagnostic(unpacked.diagnostics.front());
    if (difference.empty() && (unpacked.version.version != json.version.version ||
                               unpacked.version.date != json.version.date))
        difference = "version";
    if (difference.empty() && unpacked.source_map.paths != json.source_map.paths)
        difference = "paths";
    if (!difference.empty()) {
        std::fprintf(stderr, "pack_content: %s geeft een ander model dan %s (%s)\n", argv[2],
                     argv[1], difference.c_str());
        std::remove(argv[2]);
        return 1;
    }
    std::printf("pack_content: %zu bytes JSON -> %zu bytes ingepakt, zelfde model\n", bundle.size(),
                packed.size());
    return 0;
}
