// The other forms of a Dutch verb: what search asks its vocabulary for when a
// question uses a form the content does not ("indient" vs. "ingediend").
#include "pw/dutch_verb_forms.hpp"

#include <algorithm>
#include <doctest/doctest.h>

namespace {

bool has(const std::vector<std::string>& forms, const std::string& form) {
    return std::find(forms.begin(), forms.end(), form) != forms.end();
}

} // namespace

TEST_CASE("a verb form gives its infinitive, third person and participle") {
    using pw::dutch_verb_forms;
    // Separable: the participle has "ge" after the particle.
    CHECK(has(dutch_verb_forms("indient"), "ingediend"));
    CHECK(has(dutch_verb_forms("indient"), "indienen"));
    CHECK(has(dutch_verb_forms("ingediend"), "indient"));
    CHECK(has(dutch_verb_forms("aanvraagt"), "aangevraagd"));
    // A long vowel is written once before one consonant: "vraag" -> "vragen".
    CHECK(has(dutch_verb_forms("vraagt"), "vragen"));
    CHECK(has(dutch_verb_forms("vragen"), "gevraagd"));
    // 't kofschip: -t after k, f, s, ch, p; -d otherwise; nothing after t or d.
    CHECK(has(dutch_verb_forms("stuurt"), "gestuurd"));
    CHECK(has(dutch_verb_forms("maakt"), "gemaakt"));
    CHECK(has(dutch_verb_forms("meldt"), "gemeld"));
    CHECK(has(dutch_verb_forms("gemeld"), "meldt"));
    // An inseparable prefix has no "ge": "beoordeelt" -> "beoordeeld".
    CHECK(has(dutch_verb_forms("beoordeelt"), "beoordeeld"));
    CHECK(has(dutch_verb_forms("informeert"), "informeren"));
    CHECK(!has(dutch_verb_forms("informeert"), "informeert"));
    CHECK(dutch_verb_forms("ots").empty());
}

TEST_CASE("the particles a separable verb leaves at the end") {
    CHECK(pw::is_separable_particle("in"));
    CHECK(pw::is_separable_particle("aan"));
    CHECK(!pw::is_separable_particle("de"));
    CHECK(!pw::is_separable_particle("indien"));
}
