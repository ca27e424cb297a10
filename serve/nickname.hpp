// Trainees' nicknames as the server keeps them, with ICU: NFKC-normalised,
// printable only, and unique in a class by a key that look-alikes share.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pw::serve {

struct Nickname {
    std::string display; // what the trainer sees: NFKC, white space collapsed, trimmed
    std::string key;     // equal for names one cannot tell apart on a projector
};

// The nickname, or a Dutch reason in `error`. Refused: invalid UTF-8, control
// and format characters (bidi overrides, zero-width, BOM), line and paragraph
// separators, unassigned and private-use code points, combining marks without
// a base or more than two on one, names without a letter or digit, and names
// over kMaxNicknameBytes once normalised.
std::optional<Nickname> normalize_nickname(std::string_view raw, std::string& error);

} // namespace pw::serve
