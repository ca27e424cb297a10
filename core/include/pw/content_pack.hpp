// The shipped content in the form the app starts from (content.pack): the
// model the build loaded and validated, written field by field in a compact
// binary form, so that the browser maps it into its model without a JSON
// parse or a validation pass. The JSON path (content_loader.hpp) stays for
// everything else: imported and edited exercises, the CLI, the server, tests.
//
// The app's start needs no exercises: the build splits the shipped content
// into content.pack (the model without its exercises) and exercises.pack
// (the exercises), which the app fetches once its first screen is drawn.
// The first part carries a key of the second (a hash of its bytes), so a
// pair from two builds, or a damaged second part, is refused, never mixed.
//
// Layout: "PWPACK" + format byte + the model's shape (a hash of its structs'
// fields, so that a pack from another build is refused, not misread) + which
// part (whole, without exercises + the exercises' key, exercises); then the
// edition, the content files' paths (not in the exercises' part) and the
// model, or the exercises. Strings are a varint
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
inline constexpr const char* kExercisesPackName = "exercises.pack";

// The packed form of a loaded content: its model, edition and file paths.
// Diagnostics are not packed; the build packs only content without any.
std::string pack_content(const LoadResult& content);

// The same in two parts: the content without its exercises (unpacked by
// unpack_content, with exercises_pending()) and its exercises.
struct SplitPack {
    std::string without_exercises, exercises;
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

// The exercises of a content unpacked without them: put before any already
// in the model (a trainer's own), and the content is whole. "" when done,
// else the Dutch reason (another build's, another edition, damaged) and the
// content is untouched.
std::string unpack_exercises(std::string_view packed, LoadResult& content);
// The content's exercises, however read (exercises.pack, content.json), put
// before any already in the model; the content is whole then.
void put_shipped_exercises(LoadResult& content, std::vector<Scenario> exercises);

// "" when a and b are equal field by field, else where they first differ
// ("scenarios[3].decisions[1].situation"): how the two ways into the model
// are proven to give the same one.
std::string first_difference(const Model& a, const Model& b);

} // namespace pw
