#include "pw/source_map.hpp"

namespace pw {

int SourceMap::line_of(const Origin& origin, std::string_view suffix) const {
    if (origin.file < 0 || static_cast<std::size_t>(origin.file) >= lines.size()) return 0;
    const auto& map = lines[static_cast<std::size_t>(origin.file)];
    std::string pointer = origin.pointer;
    pointer += suffix;
    for (;;) {
        if (auto it = map.find(pointer); it != map.end()) return it->second;
        if (pointer.empty()) return 0;
        pointer.erase(pointer.rfind('/'));
    }
}

std::string SourceMap::path_of(const Origin& origin) const {
    if (origin.file < 0 || static_cast<std::size_t>(origin.file) >= paths.size()) return {};
    return paths[static_cast<std::size_t>(origin.file)];
}

} // namespace pw
