// Replays every file in the given directories through the fuzz target (see
// loader_fuzz.cpp): a crash or sanitizer report fails the process, and so
// does any one input that takes longer than the budget (a hang).
// Usage: fuzz_replay <dir>...
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    constexpr double kBudgetSeconds = 20.0; // per input, debug build under the sanitizers
    int files = 0, slow = 0;
    for (int i = 1; i < argc; ++i) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i])) {
            if (!entry.is_regular_file()) continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            const std::string data = bytes.str();
            const auto start = std::chrono::steady_clock::now();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            ++files;
            if (seconds > kBudgetSeconds) {
                std::cerr << entry.path().string() << ": " << seconds << " s (budget "
                          << kBudgetSeconds << " s)\n";
                ++slow;
            }
        }
    }
    std::cout << files << " inputs replayed, " << slow << " too slow\n";
    return files > 0 && slow == 0 ? 0 : 1;
}
