// The whole guide as one readable document: Markdown (a handbook for people
// who know the sources) and HTML (the text twin of the app: semantic, linked
// to the app's deep links). Pure functions: the caller writes the file.
#pragma once

#include "pw/model.hpp"

#include <string>

namespace pw {

std::string export_markdown(const Model& model);

struct HtmlExportOptions {
    std::string app_url = "index.html"; // links back into the app: <app_url>#/proces/...
};
std::string export_html(const Model& model, const HtmlExportOptions& options = {});

} // namespace pw
