// Where each word of a paragraph goes (rich_text), laid out once per text,
// font and width and drawn from that every frame: measuring every word and
// looking each up in the glossary again each frame was a large part of a
// frame's work beside the map. AppState keeps them; they are dropped when the
// fonts (the words' widths) or the glossary (which words are explained) change.
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pw::ui {

// Words on one line drawn in one go, or one explained abbreviation.
struct PlacedRun {
    std::uint32_t begin = 0, end = 0; // bytes of the text
    float x = 0, y = 0, width = 0;    // from the paragraph's top left
    int term = -1;                    // the abbreviation's index in the glossary, or -1
};

struct ParagraphLayout {
    const ImFont* font = nullptr;
    float size = 0, wrap = 0;
    std::vector<PlacedRun> runs;
    float widest = 0, height = 0;
};

class ParagraphLayouts {
  public:
    // The layout of `text` made with this font, size and width, or nullptr.
    const ParagraphLayout* find(std::string_view text, const ImFont* font, float size,
                                float wrap) const {
        const auto it = by_text_.find(text);
        if (it == by_text_.end()) return nullptr;
        const ParagraphLayout& l = it->second;
        return l.font == font && l.size == size && l.wrap == wrap ? &l : nullptr;
    }
    // One layout per text: the same text at another width replaces it.
    const ParagraphLayout& keep(std::string_view text, ParagraphLayout layout) {
        if (by_text_.size() >= kMostKept) by_text_.clear(); // every view's text, a few times over
        auto it = by_text_.find(text);
        if (it == by_text_.end()) it = by_text_.emplace(std::string(text), ParagraphLayout{}).first;
        it->second = std::move(layout);
        ++made_;
        return it->second;
    }
    void clear() { by_text_.clear(); }
    std::size_t made() const { return made_; } // layouts kept so far (tests)

  private:
    static constexpr std::size_t kMostKept = 2048;
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::unordered_map<std::string, ParagraphLayout, TextHash, std::equal_to<>> by_text_;
    std::size_t made_ = 0;
};

} // namespace pw::ui
