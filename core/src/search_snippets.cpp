#include "search_snippets.hpp"

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

void mark_matches(const SearchDocument& doc,
                  const std::unordered_set<std::string_view>& matched_words, SearchHit& hit) {
    // Words are folded one at a time, on the stack, and only as far as needed:
    // a body is long, the snippet short. Most words are rejected by length and
    // first letter before any hashing.
    std::size_t min_length = SIZE_MAX, max_length = 0;
    bool first_letters[256] = {};
    for (const std::string_view w : matched_words) {
        min_length = std::min(min_length, w.size());
        max_length = std::max(max_length, w.size());
        if (!w.empty()) first_letters[static_cast<unsigned char>(w[0])] = true;
    }
    char buffer[64];
    std::string long_word;
    auto matches = [&](std::string_view text, const TextSpan& span) {
        const std::string_view word = span.text(text);
        if (word.size() < min_length) return false;
        std::string_view folded;
        if (word.size() <= sizeof buffer) {
            folded = std::string_view(buffer, fold_to(buffer, word));
        } else {
            fold_into(long_word, word);
            folded = long_word;
        }
        return folded.size() >= min_length && folded.size() <= max_length &&
               first_letters[static_cast<unsigned char>(folded[0])] &&
               matched_words.count(folded) > 0;
    };
    for (const TextSpan& span : words(doc.title))
        if (matches(doc.title, span)) hit.title_matches.push_back(span);

    const std::vector<TextSpan> body_words = words(doc.body);
    std::size_t first = doc.body.size();
    std::size_t first_index = 0;
    for (; first_index < body_words.size(); ++first_index)
        if (matches(doc.body, body_words[first_index])) {
            first = body_words[first_index].begin;
            break;
        }
    std::size_t offset = 0;
    hit.snippet = window(doc.body, first == doc.body.size() ? 0 : first, offset);
    const std::size_t ellipsis = std::string_view("…").size();
    const std::size_t lead = offset > 0 ? ellipsis : 0;
    const bool cut_end = hit.snippet.size() >= ellipsis &&
                         hit.snippet.compare(hit.snippet.size() - ellipsis, ellipsis, "…") == 0 &&
                         offset + hit.snippet.size() - lead < doc.body.size() + ellipsis;
    const std::size_t shown = hit.snippet.size() - lead - (cut_end ? ellipsis : 0);
    for (const TextSpan& w : body_words) {
        if (w.begin < offset) continue;
        if (w.begin + w.length > offset + shown) break;
        if (matches(doc.body, w))
            hit.snippet_matches.push_back(TextSpan{w.begin - offset + lead, w.length});
    }
}

} // namespace pw::detail
