// Lines of every JSON value in every loaded content file, kept beside the model
// (not inside it) so that the validator can point authors at the right line.
#pragma once

#include "pw/model.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pw {

struct SourceMap {
    std::vector<std::string> paths;                          // index = Origin::file
    std::vector<std::unordered_map<std::string, int>> lines; // per file: pointer -> line

    // Line of origin.pointer + suffix, or of its nearest enclosing value.
    int line_of(const Origin& origin, std::string_view suffix = {}) const;
    std::string path_of(const Origin& origin) const;
};

} // namespace pw
