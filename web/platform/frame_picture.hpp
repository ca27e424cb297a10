// What a frame puts on the canvas, as a hash of ImGui's draw data, the clear
// colour and the canvas size. A frame whose picture equals the last one drawn
// is not drawn again: WebGL then presents nothing, the canvas keeps its
// pixels, and the browser has no canvas to composite — with software GL that
// commit costs more than the frame itself (tests/bench: the page left alone).
#pragma once

#include "platform_only.hpp"

#include <cstdint>

struct ImDrawData;

namespace pw::platform {

std::uint64_t frame_picture(const ImDrawData* draw_data, std::uint32_t clear_colour, int width,
                            int height);

} // namespace pw::platform
