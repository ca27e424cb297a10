#include "pw/dutch_verb_forms.hpp"

#include <algorithm>
#include <array>

namespace pw {
namespace {

constexpr std::size_t kMinWord = 4;

// Separable particles (none is the start of another).
constexpr std::array<std::string_view, 17> kParticles = {
    "aan", "af",   "bij",   "binnen", "door", "in",  "mee",  "na", "om",
    "op",  "over", "samen", "terug",  "toe",  "uit", "voor", "weg"};
// A verb with one of these prefixes has no "ge" in its participle ("beoordeeld").
constexpr std::array<std::string_view, 6> kInseparable = {"be", "ge", "her", "ont", "ver", "er"};

bool starts_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}
bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// 't kofschip: a stem ending in one of these takes -t in the past, others -d;
// a stem ending in t or d takes nothing.
std::string_view participle_ending(std::string_view stem) {
    if (stem.empty()) return "";
    const char last = stem.back();
    if (last == 't' || last == 'd') return "";
    if (last == 'k' || last == 'f' || last == 's' || last == 'p' || last == 'x' ||
        ends_with(stem, "ch"))
        return "t";
    return "d";
}

// The stems a form may come from: "dient" -> "dien", "vragen" -> "vraag",
// "gemeld" -> "meld", "ingediend" -> "indien".
std::vector<std::string> stems_of(std::string_view w) {
    std::vector<std::string> out{std::string(w)};
    if (ends_with(w, "en") && w.size() >= kMinWord + 1) {
        const std::string_view b = w.substr(0, w.size() - 2);
        out.emplace_back(b);
        const std::size_t n = b.size();
        // "zetten" -> "zet"; "vragen" -> "vraag" (an open syllable's long vowel).
        if (n >= 2 && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]))
            out.emplace_back(b.substr(0, n - 1));
        if (n >= 3 && !is_vowel(b[n - 1]) && is_vowel(b[n - 2]) && !is_vowel(b[n - 3]))
            out.push_back(std::string(b.substr(0, n - 1)) + b[n - 2] + b[n - 1]);
    }
    // Third person ("dient", "meldt") and past participle ("beoordeeld").
    if ((w.back() == 't' || w.back() == 'd') && w.size() >= kMinWord)
        out.emplace_back(w.substr(0, w.size() - 1));
    // A participle with "ge", after a particle or not: "gediend", "ingediend".
    for (std::size_t k = 0; k <= kParticles.size(); ++k) {
        const std::string_view particle = k < kParticles.size() ? kParticles[k] : "";
        if (!starts_with(w, std::string(particle) + "ge")) continue;
        const std::string_view rest = w.substr(particle.size() + 2);
        if (rest.size() < 3 || (rest.back() != 'd' && rest.back() != 't')) continue;
        out.push_back(std::string(particle) + std::string(rest));
        out.push_back(std::string(particle) + std::string(rest.substr(0, rest.size() - 1)));
    }
    return out;
}

// The forms of one stem: itself, + t, the infinitive, the participle.
void add_forms(std::string_view stem, std::vector<std::string>& out) {
    if (stem.size() < 2) return;
    out.emplace_back(stem);
    if (stem.back() != 't') out.push_back(std::string(stem) + "t");
    // The infinitive: a long vowel before one consonant is written once
    // ("vraag" -> "vragen"), a short one doubles the consonant ("zet" ->
    // "zetten") or not ("kom" -> "komen", "regel" -> "regelen"): which one is
    // a matter of the word, so both ("wek" -> "weken" too: rare, and harmless
    // beside missing "komen").
    const std::size_t n = stem.size();
    if (n >= 3 && stem[n - 2] == stem[n - 3] && is_vowel(stem[n - 2]) && !is_vowel(stem[n - 1]))
        out.push_back(std::string(stem.substr(0, n - 2)) + stem[n - 1] + "en");
    out.push_back(std::string(stem) + "en");
    if (!is_vowel(stem[n - 1])) out.push_back(std::string(stem) + stem[n - 1] + "en");
    // The participle: "ge" after a separable particle, none after an
    // inseparable prefix, else in front.
    const std::string_view ending = participle_ending(stem);
    for (const std::string_view particle : kParticles)
        if (starts_with(stem, particle) && stem.size() >= particle.size() + 3)
            out.push_back(std::string(particle) + "ge" + std::string(stem.substr(particle.size())) +
                          std::string(ending));
    const bool inseparable = std::any_of(kInseparable.begin(), kInseparable.end(),
                                         [&](std::string_view p) { return starts_with(stem, p); });
    if (inseparable) out.push_back(std::string(stem) + std::string(ending));
    out.push_back("ge" + std::string(stem) + std::string(ending));
}

} // namespace

std::vector<std::string> dutch_verb_forms(std::string_view word) {
    std::vector<std::string> out;
    if (word.size() < kMinWord) return out;
    for (const std::string& stem : stems_of(word))
        add_forms(stem, out);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    out.erase(std::remove(out.begin(), out.end(), std::string(word)), out.end());
    return out;
}

bool is_separable_particle(std::string_view word) {
    return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

} // namespace pw
