#include "platform/frame_picture.hpp"

#include <imgui.h>

#include <cstring>

namespace pw::platform {
namespace {

// Word at a time: the draw data of a full screen is a few hundred KB, hashed
// in a fraction of a millisecond. Not cryptographic; a collision would leave
// one frame undrawn until the next change.
class Hash {
  public:
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            word(w);
        }
        std::uint64_t tail = n;
        for (std::size_t i = 0; i < n; ++i)
            tail = (tail << 8) | p[i];
        word(tail);
    }
    void word(std::uint64_t w) {
        h_ = (h_ ^ w) * 0x9E3779B97F4A7C15ull;
        h_ ^= h_ >> 29;
    }
    std::uint64_t value() const { return h_; }

  private:
    std::uint64_t h_ = 0x243F6A8885A308D3ull;
};

} // namespace

std::uint64_t frame_picture(const ImDrawData* d, std::uint32_t clear_colour, int width,
                            int height) {
    Hash h;
    h.word(clear_colour);
    h.word((static_cast<std::uint64_t>(static_cast<std::uint32_t>(width)) << 32) |
           static_cast<std::uint32_t>(height));
    if (!d) return h.value();
    h.bytes(&d->DisplayPos, sizeof d->DisplayPos);
    h.bytes(&d->DisplaySize, sizeof d->DisplaySize);
    for (int n = 0; n < d->CmdListsCount; ++n) {
        const ImDrawList* list = d->CmdLists[n];
        h.bytes(list->VtxBuffer.Data,
                sizeof(ImDrawVert) * static_cast<std::size_t>(list->VtxBuffer.Size));
        h.bytes(list->IdxBuffer.Data,
                sizeof(ImDrawIdx) * static_cast<std::size_t>(list->IdxBuffer.Size));
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            h.bytes(&cmd.ClipRect, sizeof cmd.ClipRect);
            h.word(reinterpret_cast<std::uintptr_t>(cmd.TextureId));
            h.word((static_cast<std::uint64_t>(cmd.VtxOffset) << 32) | cmd.IdxOffset);
            h.word(cmd.ElemCount);
            h.word(reinterpret_cast<std::uintptr_t>(cmd.UserCallback));
        }
    }
    return h.value();
}

} // namespace pw::platform
