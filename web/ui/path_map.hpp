// The debrief's picture: the part of a process map an exercise went through,
// with the trainee's path (numbered, solid) drawn next to the protocol's
// path (dashed). A step box opens that step in the guide.
#pragma once

#include "pw/model.hpp"
#include "ui/map_geometry.hpp"

#include <string>
#include <vector>

namespace pw::ui {

struct PathMarks {
    std::vector<std::string> trainee;  // step ids, in the order decided
    std::vector<bool> trainee_costly;  // per trainee entry: points were lost there
    std::vector<std::string> protocol; // step ids of the protocol's path
};

void draw_path_map(AppState& state, LayoutCache& layout, const CaseType& case_type,
                   const PathMarks& marks);

} // namespace pw::ui
