// Personal data in texts an author writes: exercises must be fictional
// (content/README.md), and a shared exercise must never carry a real person.
// Three signs, each a heuristic that errs on the side of asking: a 9-digit
// number that passes the elfproef (a BSN), a 10-digit number (a real V-nummer
// or a phone number), and a capitalised first and last name that neither the
// guide's vocabulary nor its fictional people explain.
#pragma once

#include "pw/model.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

struct PersonalDataHit {
    enum class Kind { bsn, v_number, name };
    Kind kind = Kind::name;
    std::string text; // the number or the name as written
};

// Words that are not a person: the guide's names and titles (organisations,
// roles, terms, steps, systems, ...), and the words of people the content
// marks fictional ("Familie Karimi (fictief)": Karimi), lower case.
struct NameLists {
    std::set<std::string> vocabulary;
    std::set<std::string> fictional;
};
// From the content and the exercise itself (its persons marked fictional).
NameLists name_lists(const Model& model, const Scenario& exercise);

std::vector<PersonalDataHit> find_personal_data(std::string_view text, const NameLists& names);

// The BSN check: 9×d1 + 8×d2 + … + 2×d8 − d9 is a multiple of 11 (not all zeros).
bool passes_elfproef(std::string_view nine_digits);

// Whether a person's name says it is made up: "(fictief)" in it.
bool marked_fictional(std::string_view name);

// The Dutch message for a hit, for the author.
std::string personal_data_message(const PersonalDataHit& hit);

} // namespace pw
