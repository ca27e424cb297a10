#include "platform/frame_picture.hpp"

#include <imgui.h>

#include <cstring>

namespace pw::platform {
namespace {

// Four words at a time, in four lanes: a lane's multiply does not wait for
// the others', so the draw data of a full screen (a few hundred KB) is hashed
// in a few hundredths of a millisecond. Not cryptographic; a collision would
// leave one frame undrawn until the next change.
class Hash {
  public:
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (; n >= 32; p += 32, n -= 32) {
            std::uint64_t w[4];
            std::memcpy(w, p, 32);
            for (int lane = 0; lane < 4; ++lane)
                lanes_[lane] = mix(lanes_[lane], w[lane]);
        }
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
    void word(std::uint64_t w) { lanes_[0] = mix(lanes_[0], w); }
    std::uint64_t value() const {
        std::uint64_t h = lanes_[0];
        for (int lane = 1; lane < 4; ++lane)
            h = mix(h, lanes_[lane]);
        return h;
    }

  private:
    // Inlined even at -Os: a call per word would cost more than the word.
    [[gnu::always_inline]] static std::uint64_t mix(std::uint64_t h, std::uint64_t w) {
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 29);
    }
    std::uint64_t lanes_[4] = {0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull,
                               0x082EFA98EC4E6C89ull};
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
