// JSON text in, model or diagnostics out. No file or network I/O: callers hand
// in the text of each content file (the CLI reads them from disk, the browser
// fetches a bundle).
#pragma once

#include "pw/diagnostics.hpp"
#include "pw/json_document.hpp"
#include "pw/model.hpp"
#include "pw/source_map.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

struct ContentSource {
    std::string path; // relative to content/, used in diagnostics
    std::string text;
    // Set when the file arrived parsed already (from the browser bundle): the
    // loader reads it instead of parsing `text` a second time.
    std::shared_ptr<const JsonDocument> parsed = nullptr;
};

struct LoadResult {
    Model model;
    SourceMap source_map;
    Diagnostics diagnostics;
    int unreadable_files = 0; // files that were not valid JSON objects
    ContentVersion version;   // the edition (from the bundle; load_content leaves it empty)
    // The shipped content's first part (content.pack) holds only what the
    // home screen draws: the whole model comes with rest.pack, whose key this
    // is (content_pack.hpp). 0: the model is whole. How many of the model's
    // exercises are the content's, named by title only until the rest is in.
    std::uint64_t rest_key = 0;
    std::size_t exercises_to_come = 0;
    bool ok() const { return !has_errors(diagnostics); }
    bool rest_pending() const { return rest_key != 0; }
};

// Parses every file and builds the model. Reports malformed JSON, unknown file
// kinds, missing or mistyped fields and duplicate ids; does not check references
// (that is validate()).
LoadResult load_content(const std::vector<ContentSource>& files);

// The values of "kind" the loader reads ("scenario", "case-type", ...).
std::vector<std::string> content_file_kinds();

// load_content followed by validate(), diagnostics of both in one list.
LoadResult load_and_validate(const std::vector<ContentSource>& files);

// A training scenario file with errors, set aside so the guide works without it.
struct BrokenScenarioFile {
    std::string file; // relative to content/
    Diagnostics diagnostics;
};

// Moves every scenario file that has errors (kind "scenario", or any file under
// scenarios/) out of `result`: its diagnostics and its scenarios. What is left
// is usable when result.ok(); the app lists the set-aside files and their problems.
std::vector<BrokenScenarioFile> set_aside_broken_scenarios(LoadResult& result);

// The list of content files named by content/manifest.json; its version and
// date into `version` when asked for.
std::vector<std::string> read_manifest(const ContentSource& manifest, Diagnostics& diagnostics,
                                       ContentVersion* version = nullptr);

// The browser bundle (content.json): every file's JSON verbatim, parsed once.
//   {"files": [{"path": "sources.json", "doc": <the file's text>}, ...],
//    "offsets": [[first byte, end byte] of each "doc" in the bundle, ...],
//    "version": {"version": "1.0", "date": "2026-11-30"}}   (manifest.json's; optional)
// The offsets give each file's own text back, for the lines in diagnostics.
// Written by tools/bundle_content.py for the build, and by write_bundle.
std::vector<ContentSource> read_bundle(std::string_view text, Diagnostics& diagnostics,
                                       ContentVersion* version = nullptr);
// Files whose text must each be a JSON object.
std::string write_bundle(const std::vector<ContentSource>& files,
                         const ContentVersion& version = {});

// read_bundle then load_and_validate: the bundle's own problems first.
LoadResult load_bundle(std::string_view text);

} // namespace pw
