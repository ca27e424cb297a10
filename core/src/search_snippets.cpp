#include "search_snippets.hpp"

#include "pw/abbreviations.hpp"
#include "pw/text.hpp"
#include "pw/text_fold.hpp"

#include <algorithm>
#include <cstdint>

namespace pw::detail {
namespace {

// Cuts a window of about `width` bytes around byte `at`, at word boundaries.
std::string window(std::string_view body, std::size_t at, std::size_t& offset) {
    constexpr std::size_t before = 60, width = 180;
    std::size_t start = at > before ? at - before : 0;
    while (start > 0 && body[start - 1] != ' ')
        --start;
    std::size_t end = std::min(body.size(), start + width);
    while (end < body.size() && body[end] != ' ')
        ++end;
    std::string out;
    if (start > 0) out += "…";
    offset = start;
    out += body.substr(start, end - start);
    if (end < body.size()) out += "…";
    return out;
}

} // namespace

void MatchedWords::insert(std::string_view word) {
    if (word.empty() || !words_.insert(word).second) return;
    min_length_ = std::min(min_length_, word.size());
    max_length_ = std::max(max_length_, word.size());
    first_letters_[static_cast<unsigned char>(word[0])] = true;
}

void MatchedWords::clear() {
    words_.clear();
    min_length_ = SIZE_MAX;
    max_length_ = 0;
    std::fill(std::begin(first_letters_), std::end(first_letters_), false);
}

void mark_matches(const SearchDocument& doc, const MatchedWords& matched, std::size_t first_match,
                  HitDetails& hit) {
    // Words are folded one at a time, on the stack, and only as far as needed:
    // a body is long, the snippet short. Most words are rejected by length and
    // first letter before any hashing.
    char buffer[64];
    std::string long_word;
    auto matches = [&](std::string_view text, const TextSpan& span) {
        const std::string_view word = span.text(text);
        if (word.size() < matched.min_length()) return false;
        // An ASCII letter folds to itself in lower case: most words end here.
        if (const auto c = static_cast<unsigned char>(word[0]); c < 0x80)
            if (!matched.may_start_with(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c)))
                return false;
        std::string_view folded;
        if (word.size() <= sizeof buffer) {
            folded = std::string_view(buffer, fold_to(buffer, word));
        } else {
            fold_into(long_word, word);
            folded = long_word;
        }
        return matched.contains(folded);
    };
    TextSpan w;
    std::size_t at = 0;
    while (next_word(doc.title, at, w))
        if (matches(doc.title, w)) hit.title_matches.push_back(w);

    // The index knows where the first match is; when it does not, the body is
    // read word by word up to it.
    std::size_t first = first_match == kNoBodyMatch ? doc.body.size() : first_match;
    at = 0;
    if (first_match == kFindBodyMatch) {
        first = doc.body.size();
        while (next_word(doc.body, at, w))
            if (matches(doc.body, w)) {
                first = w.begin;
                break;
            }
    }
    std::size_t offset = 0;
    hit.snippet = window(doc.body, first == doc.body.size() ? 0 : first, offset);
    if (first_match == kNoBodyMatch) return;
    const std::size_t ellipsis = std::string_view("…").size();
    const std::size_t lead = offset > 0 ? ellipsis : 0;
    const bool cut_end = hit.snippet.size() >= ellipsis &&
                         hit.snippet.compare(hit.snippet.size() - ellipsis, ellipsis, "…") == 0 &&
                         offset + hit.snippet.size() - lead < doc.body.size() + ellipsis;
    const std::size_t shown = hit.snippet.size() - lead - (cut_end ? ellipsis : 0);
    // The snippet starts at a word boundary (after a space, or at 0).
    for (at = offset; next_word(doc.body, at, w);) {
        if (w.begin + w.length > offset + shown) break;
        if (matches(doc.body, w))
            hit.snippet_matches.push_back(TextSpan{w.begin - offset + lead, w.length});
    }
}

} // namespace pw::detail
