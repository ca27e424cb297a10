#include "pw/source_map.hpp"

namespace pw {

int SourceMap::line_of(const Origin& origin, std::string_view suffix) const {
    if (origin.file < 0 || static_cast<std::size_t>(origin.file) >= lines.size()) return 0;
    std::string pointer = origin.pointer;
    pointer += suffix;
    return lines[static_cast<std::size_t>(origin.file)].line_of(pointer);
}

std::string SourceMap::path_of(const Origin& origin) const {
    if (origin.file < 0 || static_cast<std::size_t>(origin.file) >= paths.size()) return {};
    return paths[static_cast<std::size_t>(origin.file)];
}

} // namespace pw
