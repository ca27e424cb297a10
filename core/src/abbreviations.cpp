#include "pw/abbreviations.hpp"

#include <array>

namespace pw {
namespace {

// Per byte: part of a word? One look-up a byte: search marks the words of
// every row it shows, byte by byte.
constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> word{};
    for (int c = 0; c < 256; ++c)
        // Bytes >= 0x80 belong to UTF-8 letters (ë, é): part of a word.
        word[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '&' || c >= 0x80;
    return word;
}();

bool is_word_char(unsigned char c) {
    return kWordByte[c];
}

} // namespace

bool next_word(std::string_view text, std::size_t& at, TextSpan& word) {
    std::size_t i = at;
    while (i < text.size()) {
        while (i < text.size() && !is_word_char(static_cast<unsigned char>(text[i])))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && is_word_char(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > start) {
            // A trailing or leading '&' is punctuation ("A & B"), not part of a word.
            std::size_t b = start, e = i;
            while (b < e && text[b] == '&')
                ++b;
            while (e > b && text[e - 1] == '&')
                --e;
            if (e > b) {
                at = i;
                word = TextSpan{b, e - b};
                return true;
            }
        }
    }
    at = i;
    return false;
}

std::vector<TextSpan> words(std::string_view text) {
    std::vector<TextSpan> out;
    std::size_t at = 0;
    for (TextSpan w; next_word(text, at, w);)
        out.push_back(w);
    return out;
}

std::vector<TextSpan> abbreviation_candidates(std::string_view text) {
    std::vector<TextSpan> out;
    for (const TextSpan& w : words(text)) {
        if (w.length > 10) continue;
        int capitals = 0;
        for (char c : w.text(text))
            capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
        if (capitals >= 2) out.push_back(w);
    }
    return out;
}

} // namespace pw
