// The whole guide as one readable document: Markdown (a handbook for people
// who know the sources) and HTML (the text twin of the app: semantic, linked
// to the app's deep links). Pure functions: the caller writes the file.
#pragma once

#include "pw/model.hpp"
#include "pw/source_map.hpp"

#include <string>

namespace pw {

std::string export_markdown(const Model& model);

struct HtmlExportOptions {
    std::string app_url = "index.html"; // links back into the app: <app_url>#/proces/...
    // When set, a section lists the exercises, each playable at <exercise_page>#<id>.
    std::string exercise_page;
};
std::string export_html(const Model& model, const HtmlExportOptions& options = {});

// For reviewers who hold the sources: per source document (in the order of
// sources.json), every claim that cites it, with the locator and the quote,
// and whether it is illustrative. Markdown.
std::string export_by_source(const Model& model);

// Every citation as JSON: what cites it (kind, id, label, route), the source
// (id, title, file), locator, quote, and the illustrative flag and note of
// what cites it. With a source map, also the content file and line.
std::string export_citations_json(const Model& model, const SourceMap* source_map = nullptr);

} // namespace pw
