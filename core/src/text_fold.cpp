#include "pw/text_fold.hpp"

namespace pw {
namespace {

// Base letters for U+00C0..U+017F (generated from Unicode decompositions).
constexpr std::string_view kLatinBase =
    "aaaaaaaceeeeiiiidnoooooxouuuuytsaaaaaaaceeeeiiiidnooooo/"
    "ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiii"
    "iiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatinBase.size() == 0x180 - 0xC0);

} // namespace

char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    auto cont = [&](std::size_t k) {
        return static_cast<char32_t>(static_cast<unsigned char>(text[i + k]) & 0x3F);
    };
    if (b0 < 0x80) {
        i += 1;
        return b0;
    }
    if ((b0 & 0xE0) == 0xC0 && i + 1 < text.size()) {
        const char32_t cp = (static_cast<char32_t>(b0 & 0x1F) << 6) | cont(1);
        i += 2;
        return cp;
    }
    if ((b0 & 0xF0) == 0xE0 && i + 2 < text.size()) {
        const char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2);
        i += 3;
        return cp;
    }
    if ((b0 & 0xF8) == 0xF0 && i + 3 < text.size()) {
        const char32_t cp =
            (static_cast<char32_t>(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
        i += 4;
        return cp;
    }
    i += 1; // invalid byte: skip it
    return 0xFFFD;
}

std::string fold(std::string_view text) {
    std::string out;
    fold_into(out, text);
    return out;
}

std::size_t fold_to(char* o, std::string_view text) {
    std::size_t n = 0, i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            o[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
            ++i;
            continue;
        }
        const std::size_t start = i;
        const char32_t cp = next_code_point(text, i);
        if (cp >= 0xC0 && cp < 0x180) {
            o[n++] = kLatinBase[cp - 0xC0];
        } else {
            for (std::size_t k = start; k < i; ++k)
                o[n++] = text[k];
        }
    }
    return n;
}

void fold_into(std::string& out, std::string_view text) {
    out.resize(text.size());
    out.resize(fold_to(out.data(), text));
}

std::vector<FoldedWord> folded_words(std::string_view text) {
    std::vector<FoldedWord> out;
    for (const TextSpan& span : words(text))
        out.push_back(FoldedWord{fold(span.text(text)), span});
    return out;
}

} // namespace pw
