// Real edits of the shipped content, for tests that compare two editions: a
// fresh copy of content/ in a temporary directory (removed at the end), JSON
// read and written back, and an edition loaded the way the app loads it.
#pragma once

#include "content_files.hpp"

#include "pw/content_loader.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace pw_test {

inline nlohmann::json read_json(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str());
}

inline void write_json(const std::filesystem::path& p, const nlohmann::json& j) {
    std::ofstream(p) << j.dump(2) << "\n";
}

struct ContentCopy {
    std::filesystem::path dir;
    // `name` keeps two copies in one test apart in the temporary directory.
    explicit ContentCopy(const char* name = "copy") {
        dir = std::filesystem::temp_directory_path() /
              (std::string("pw-content-") + name + "-" +
               std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::remove_all(dir);
        std::filesystem::copy(PW_CONTENT_DIR, dir, std::filesystem::copy_options::recursive);
    }
    ~ContentCopy() { std::filesystem::remove_all(dir); }
    ContentCopy(const ContentCopy&) = delete;
    ContentCopy& operator=(const ContentCopy&) = delete;
};

struct Edition {
    pw::Model model;
    pw::ContentVersion version;
};

inline Edition load_edition(const std::filesystem::path& dir) {
    pw::ContentFiles files = pw::read_content_dir(dir);
    REQUIRE(files.diagnostics.empty());
    pw::LoadResult result = pw::load_content(files.files);
    REQUIRE_MESSAGE(result.ok(), pw::format_diagnostic(result.diagnostics.front()));
    return {std::move(result.model), files.version};
}

} // namespace pw_test
