// Finding abbreviations in running text (RvdK, DT&V, OTS, KBPS, ...): used by
// the validator (every abbreviation needs a glossary entry) and by views that
// explain abbreviations on hover.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pw {

struct TextSpan {
    std::size_t begin = 0;
    std::size_t length = 0;
    std::string_view text(std::string_view whole) const { return whole.substr(begin, length); }
};

// Words of letters, digits and '&' (split on spaces, hyphens, dots, slashes...).
std::vector<TextSpan> words(std::string_view text);
// The next of those words from byte `at` on, one at a time (for reading only
// as far as needed); advances `at` past it. False when there is none.
bool next_word(std::string_view text, std::size_t& at, TextSpan& word);

// Words that look like an abbreviation: at least two capital letters, no
// more than ten characters ("RvdK", "DT&V", "EVRM", "HvJ").
std::vector<TextSpan> abbreviation_candidates(std::string_view text);

} // namespace pw
