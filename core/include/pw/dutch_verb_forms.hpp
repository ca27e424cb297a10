// The other forms of a Dutch verb form, by the regular rules of the language:
// "indient" -> "indienen", "ingediend"; "vraagt" -> "vragen", "gevraagd".
// Snowball's Dutch stemmer leaves verb endings alone ("indient" and
// "ingediend" keep different stems), so search asks for these forms as well.
// Over-generates on purpose: a caller keeps the forms its vocabulary knows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pw {

// The forms `word` (folded, lower case) may take as a verb: its stem,
// infinitive, third person and past participle (with a separable particle
// split off: "in" + "ge" + "diend"). Without `word` itself; empty for words
// shorter than four letters.
std::vector<std::string> dutch_verb_forms(std::string_view word);

// A particle that a Dutch verb leaves at the end of the sentence ("de IND
// dient de aanvraag in"): "in", "aan", "op" ...
bool is_separable_particle(std::string_view word);

} // namespace pw
