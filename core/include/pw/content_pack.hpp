// The shipped content in the form the app starts from (content.pack): the
// model the build loaded and validated, written field by field in a compact
// binary form, so that the browser maps it into its model without a JSON
// parse or a validation pass. The JSON path (content_loader.hpp) stays for
// everything else: imported and edited exercises, the CLI, the server, tests.
//
// The app's start needs only what its home screen draws: the build splits
// the shipped content into content.pack (first_screen_model, first_screen.hpp)
// and rest.pack (the whole model), which the app fetches once its first
// screen is drawn. The first part carries a key of the second (a hash of its
// bytes), so a pair from two builds, or a damaged second part, is refused,
// never mixed.
//
// Layout: "PWPACK" + format byte + the model's shape (a hash of its structs'
// fields, so that a pack from another build is refused, not misread) + which
// part (whole; first screen + the rest's key and how many exercises the
// rest has; rest); then the edition, the content files' paths (not in the
// rest) and the model (the first screen's, or whole). Strings are a varint
// length and UTF-8 bytes, lists a varint count and their items, numbers
// little-endian. Every read is bounds-checked: a damaged pack is an error,
// never a crash or a half-read model.
#pragma once

#include "pw/content_loader.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw {

// The names of the packed content in the app's assets and in diagnostics.
inline constexpr const char* kContentPackName = "content.pack";
inline constexpr const char* kRestPackName = "rest.pack";

// The packed form of a loaded content: its model, edition and file paths.
// Diagnostics are not packed; the build packs only content without any.
std::string pack_content(const LoadResult& content);

// The same in two parts: what the first screen draws (unpacked by
// unpack_content, with rest_pending()) and the whole model.
struct SplitPack {
    std::string first_screen, rest;
};
SplitPack pack_content_split(const LoadResult& content);

// What the build writes instead when the content has problems (an author's
// checkout; CI refuses such content): a pack that holds only the word to read
// content.json, whose problems the app then lists as the CLI does.
std::string pack_deferring_to_json();
bool defers_to_json(std::string_view packed);

// The content back: the same model, edition and file paths; no diagnostics
// and no line index (there is no text to point into). A pack that is damaged,
// truncated or written for another model gives one error and an empty model.
LoadResult unpack_content(std::string_view packed);

// The rest of a content unpacked from its first screen's part: the whole
// model replaces the first screen's, with the exercises already in it (a
// trainer's own) after the content's; the content is whole then. "" when
// done, else the Dutch reason (another build's, another edition, damaged)
// and the content is untouched.
std::string unpack_rest(std::string_view packed, LoadResult& content);
// The whole model, however read (rest.pack, content.json), in place of the
// first screen's, keeping the exercises added to it since (a trainer's own)
// after the content's.
void put_whole_model(LoadResult& content, Model whole);
// The rest will not come: the content's exercises, which the first part
// names but cannot be played without it, are dropped; the content stays
// pending (only the home screen can be drawn from it).
void forget_rest(LoadResult& content);

// "" when a and b are equal field by field, else where they first differ
// ("scenarios[3].decisions[1].situation"): how the two ways into the model
// are proven to give the same one.
std::string first_difference(const Model& a, const Model& b);

} // namespace pw
