// Quotes in citations are checked against the text of the cited document
// (../shared/sources/<file>). The texts come from PDFs, so matching ignores
// what the extraction garbled and keeps what the words say:
//   - case and diacritics ("Beëindiging" = "beeindiging"), as the search folds them;
//   - whitespace: every run of spaces, tabs and line breaks is one space;
//   - hyphens and dashes: a word broken over two lines ("vertrek-\nproces")
//     is joined, and "-", "–", "—" are left out on both sides, so
//     "re-integratie" matches "re-\nintegratie" and "reintegratie";
//   - bullet glyphs (•, the private-use  of the AVG table) count as space;
//   - typographic quotes and apostrophes (‘’“”«») equal the plain ' and ".
// An ellipsis ("…" or "...") in a quote skips text: each part must occur, in
// order. A quote must not cross a page header or a footnote number; quote a
// phrase on one side of it.
#pragma once

#include "pw/diagnostics.hpp"
#include "pw/model.hpp"
#include "pw/source_map.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace pw {

std::string normalise_for_quotes(std::string_view text);

// Whether `quote` (as written by an author) occurs in `normalised_document`
// (the result of normalise_for_quotes).
bool quote_occurs(std::string_view normalised_document, std::string_view quote);

// Source document texts by file name, as SourceDocument::file names them.
using SourceTexts = std::map<std::string, std::string, std::less<>>;

// One error per quote that is not in its document, on the quote's line; and
// for a quote on a citation of a web page (no text to check it against) or
// of a document whose text is missing from `texts`.
Diagnostics check_quotes(const Model& model, const SourceMap& source_map, const SourceTexts& texts);

} // namespace pw
