// The loader and validator on arbitrary bytes: as one content file, as the
// browser's bundle, and as the manifest. Shared by the libFuzzer target
// (loader_fuzzer, tests/fuzz/run) and the replay of past findings in tests/run
// (fuzz_replay). Whatever the bytes, this must return without a crash, a
// sanitizer report, a hang or unbounded memory.
#include "pw/content_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    pw::LoadResult single = pw::load_and_validate({pw::ContentSource{"fuzz.json", text, nullptr}});
    pw::set_aside_broken_scenarios(single);
    pw::Diagnostics problems;
    const auto bundle = pw::read_bundle(text, problems);
    if (!bundle.empty()) pw::load_and_validate(bundle);
    pw::read_manifest(pw::ContentSource{"manifest.json", text, nullptr}, problems);
    return 0;
}
