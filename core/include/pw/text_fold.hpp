// Folding text for search: lower case, diacritics removed ("beëindiging" ->
// "beeindiging"), so that users find what they mean however they type it.
#pragma once

#include "pw/abbreviations.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw {

// Lower-cases ASCII and maps Latin-1 and Latin Extended-A letters to their
// base letter; other characters are kept.
std::string fold(std::string_view text);
// Decodes the UTF-8 sequence at text[i] and advances i past it; an invalid
// byte gives U+FFFD and is skipped.
char32_t next_code_point(std::string_view text, std::size_t& i);
// The same into `out` (replacing its content), reusing its memory.
void fold_into(std::string& out, std::string_view text);
// The same into a buffer of at least text.size() bytes (folding never makes
// text longer); returns the folded length. No allocation: for hot loops.
std::size_t fold_to(char* out, std::string_view text);

struct FoldedWord {
    std::string folded;
    TextSpan span; // where the word is in the original text
};

// The words of `text` (as pw::words splits them), each folded.
std::vector<FoldedWord> folded_words(std::string_view text);

} // namespace pw
