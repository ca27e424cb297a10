#include "nickname.hpp"

#include "pw/classroom.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>

#include <memory>

namespace pw::serve {
namespace {

constexpr int kMaxMarksPerBase = 2;

bool well_formed_utf8(std::string_view s) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
    return status == U_BUFFER_OVERFLOW_ERROR || U_SUCCESS(status);
}

bool invisible_or_control(UChar32 c) {
    switch (u_charType(c)) {
    case U_CONTROL_CHAR: // C0, C1
    case U_FORMAT_CHAR:  // bidi overrides, ZWSP, ZWJ, BOM
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:      // U+2028
    case U_PARAGRAPH_SEPARATOR: // U+2029
        return true;
    default:
        // Hangul fillers, variation selectors and the like draw nothing either.
        return u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
    }
}

bool combining_mark(UChar32 c) {
    const int8_t type = u_charType(c);
    return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
           type == U_COMBINING_SPACING_MARK;
}

// The name with every run of white space made one space, and trimmed.
icu::UnicodeString collapse_spaces(const icu::UnicodeString& in) {
    icu::UnicodeString out;
    bool pending_space = false;
    for (int32_t i = 0; i < in.length(); i = in.moveIndex32(i, 1)) {
        const UChar32 c = in.char32At(i);
        // Spaces of any width (and a tab) are spaces; line breaks and other
        // controls stay, to be refused below.
        if (c == '\t' || u_charType(c) == U_SPACE_SEPARATOR) {
            pending_space = !out.isEmpty();
            continue;
        }
        if (pending_space) out.append(static_cast<UChar>(' '));
        pending_space = false;
        out.append(c);
    }
    return out;
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// Case-folded NFKC, then Unicode's confusable skeleton (UTS #39): "Vos",
// "vos", "Ｖｏｓ" and a Cyrillic look-alike all get one key.
std::string key_of(const icu::UnicodeString& display) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const icu::UnicodeString folded =
        U_SUCCESS(status) ? fold->normalize(display, status) : display;
    const std::string folded8 = utf8(folded);
    status = U_ZERO_ERROR;
    std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker(uspoof_open(&status),
                                                                    &uspoof_close);
    if (U_FAILURE(status)) return folded8;
    std::string skeleton(folded8.size() * 4 + 16, '\0');
    const int32_t n = uspoof_getSkeletonUTF8(checker.get(), 0, folded8.data(),
                                             static_cast<int32_t>(folded8.size()), skeleton.data(),
                                             static_cast<int32_t>(skeleton.size()), &status);
    if (U_FAILURE(status)) return folded8;
    skeleton.resize(static_cast<std::size_t>(n));
    return skeleton;
}

} // namespace

std::optional<Nickname> normalize_nickname(std::string_view raw, std::string& error) {
    const std::string length_rule = "Kies een bijnaam van 1 tot " +
                                    std::to_string(kMaxNicknameBytes) +
                                    " tekens (geen echte naam nodig).";
    if (raw.size() > 4 * kMaxNicknameBytes || !well_formed_utf8(raw)) {
        error = raw.size() > 4 * kMaxNicknameBytes ? length_rule
                                                   : "De bijnaam is geen geldige tekst (UTF-8).";
        return std::nullopt;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
        icu::StringPiece(raw.data(), static_cast<int32_t>(raw.size())));
    const icu::UnicodeString normal =
        U_SUCCESS(status) ? nfkc->normalize(source, status) : icu::UnicodeString();
    if (U_FAILURE(status)) {
        error = "De bijnaam kon niet worden gelezen.";
        return std::nullopt;
    }
    const icu::UnicodeString name = collapse_spaces(normal);
    bool has_letter = false;
    int marks = 0;
    bool base = false; // a letter, digit or symbol the next mark may sit on
    for (int32_t i = 0; i < name.length(); i = name.moveIndex32(i, 1)) {
        const UChar32 c = name.char32At(i);
        if (invisible_or_control(c)) {
            error = "De bijnaam bevat een onzichtbaar teken of stuurteken; gebruik alleen letters, "
                    "cijfers en leestekens.";
            return std::nullopt;
        }
        if (c == '<' || c == '>') {
            error = "De bijnaam bevat een teken dat niet mag (< of >).";
            return std::nullopt;
        }
        if (combining_mark(c)) {
            if (!base || ++marks > kMaxMarksPerBase) {
                error = "De bijnaam bevat losse of gestapelde accenttekens.";
                return std::nullopt;
            }
            continue;
        }
        marks = 0;
        base = c != ' ';
        has_letter = has_letter || u_isalnum(c);
    }
    Nickname out{utf8(name), {}};
    if (out.display.empty() || out.display.size() > kMaxNicknameBytes) {
        error = length_rule;
        return std::nullopt;
    }
    if (!has_letter) {
        error = "Een bijnaam heeft minstens één letter of cijfer.";
        return std::nullopt;
    }
    out.key = key_of(name);
    return out;
}

} // namespace pw::serve
