// Lines of every JSON value in every loaded content file, kept beside the model
// (not inside it) so that the validator can point authors at the right line.
#pragma once

#include "pw/json_document.hpp"
#include "pw/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw {

struct SourceMap {
    std::vector<std::string> paths; // index = Origin::file
    std::vector<LineIndex> lines;   // per file

    // Line of origin.pointer + suffix, or of its nearest enclosing value.
    int line_of(const Origin& origin, std::string_view suffix = {}) const;
    std::string path_of(const Origin& origin) const;
};

} // namespace pw
