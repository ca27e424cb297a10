// Finding what looks like a real person in a text: numbers by their shape and
// checksum, names by their shape minus what the guide itself explains.
#include "pw/personal_data.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace pw {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Letters: ASCII and every byte of a multi-byte UTF-8 character (accented
// names: "Öztürk"), and an apostrophe or hyphen inside a word.
bool is_letter(unsigned char c) {
    return std::isalpha(c) || c >= 0x80;
}

std::string lower(std::string_view word) {
    std::string out(word);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// "Karimi", "Öztürk": a capital, then lower case only (not "RvdK", "INDIGO").
bool capitalised(std::string_view w) {
    if (w.size() < 2) return false;
    const auto c0 = static_cast<unsigned char>(w[0]);
    std::size_t rest = 1;
    if (c0 >= 'A' && c0 <= 'Z') {
        rest = 1;
    } else if (c0 == 0xC3 && w.size() > 2 && static_cast<unsigned char>(w[1]) >= 0x80 &&
               static_cast<unsigned char>(w[1]) <= 0x9E &&
               static_cast<unsigned char>(w[1]) != 0x97) {
        rest = 2; // À..Þ
    } else {
        return false;
    }
    bool has_lower = false;
    for (std::size_t i = rest; i < w.size(); ++i) {
        const auto c = static_cast<unsigned char>(w[i]);
        if (c >= 'A' && c <= 'Z') return false;
        has_lower = has_lower || (c >= 'a' && c <= 'z');
    }
    return has_lower;
}

// Words that start a Dutch sentence or a greeting, capitalised for that alone.
constexpr std::array<std::string_view, 98> kSentenceWords{
    "de",       "het",       "een",     "in",       "op",       "na",        "als",      "dan",
    "ik",       "je",        "jij",     "wij",      "we",       "zij",       "ze",       "hij",
    "u",        "wat",       "wie",     "hoe",      "waar",     "waarom",    "wanneer",  "welke",
    "dat",      "dit",       "deze",    "die",      "er",       "bij",       "voor",     "met",
    "om",       "van",       "tot",     "over",     "uit",      "nee",       "ja",       "juist",
    "half",     "goed",      "fout",    "maar",     "en",       "of",        "omdat",    "want",
    "toch",     "ook",       "nu",      "later",    "eerst",    "daarna",    "zo",       "niet",
    "geen",     "alle",      "elke",    "iedere",   "sinds",    "tijdens",   "door",     "aan",
    "per",      "volgens",   "zonder",  "onder",    "tegen",    "binnen",    "buiten",   "vanaf",
    "hier",     "daar",      "beste",   "geachte",  "dag",      "hallo",     "maandag",  "dinsdag",
    "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",   "januari",   "februari", "maart",
    "april",    "mei",       "juni",    "juli",     "augustus", "september", "oktober",  "november",
    "december", "mail"};
// Words between a first and a last name: "Jan van der Berg".
constexpr std::array<std::string_view, 14> kInfixes{"van", "de", "der", "den", "ter", "ten", "te",
                                                    "het", "el", "al",  "da",  "di",  "bin", "von"};
// Words of a fictional person's name that say who, not which: "Familie", "Tante".
constexpr std::array<std::string_view, 12> kKinship{"familie", "tante",   "oom",    "opa",
                                                    "oma",     "vader",   "moeder", "broer",
                                                    "zus",     "mevrouw", "meneer", "fictief"};

template <std::size_t N> bool in(const std::array<std::string_view, N>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

struct Word {
    std::string_view text;
    std::size_t begin = 0, end = 0;
};

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_letter(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && (is_letter(static_cast<unsigned char>(text[j])) ||
                                   ((text[j] == '-' || text[j] == '\'') && j + 1 < text.size() &&
                                    is_letter(static_cast<unsigned char>(text[j + 1])))))
            ++j;
        out.push_back({text.substr(i, j - i), i, j});
        i = j;
    }
    return out;
}

void add_words(std::set<std::string>& set, std::string_view text) {
    for (const Word& w : words_of(text))
        set.insert(lower(w.text));
}

void add_fictional(std::set<std::string>& set, const ExamplePerson& p) {
    if (!marked_fictional(p.name)) return;
    for (std::string_view t : {std::string_view(p.name), std::string_view(p.description)})
        for (const Word& w : words_of(t))
            if (capitalised(w.text) && !in(kKinship, lower(w.text))) set.insert(lower(w.text));
}

void find_numbers(std::string_view text, std::vector<PersonalDataHit>& out) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_digit(text[i]) || (i > 0 && is_letter(static_cast<unsigned char>(text[i - 1])))) {
            ++i;
            continue;
        }
        // Digits, with dots between groups as a BSN is often written (1234.56.782).
        std::size_t j = i;
        std::string digits;
        while (j < text.size() &&
               (is_digit(text[j]) || (text[j] == '.' && j + 1 < text.size() &&
                                      is_digit(text[j + 1]) && !digits.empty()))) {
            if (is_digit(text[j])) digits += text[j];
            ++j;
        }
        const std::string written(text.substr(i, j - i));
        if (digits.size() == 9 && passes_elfproef(digits))
            out.push_back({PersonalDataHit::Kind::bsn, written});
        else if (digits.size() == 10)
            out.push_back({PersonalDataHit::Kind::v_number, written});
        i = j;
    }
}

// A first and a last name, possibly with infixes: capitalised words a single
// space apart that the guide's vocabulary and its fictional people do not explain.
void find_names(std::string_view text, const NameLists& names, std::vector<PersonalDataHit>& out) {
    const std::vector<Word> words = words_of(text);
    auto plain = [&](const Word& w) {
        const std::string l = lower(w.text);
        return capitalised(w.text) && !in(kSentenceWords, l) && !names.vocabulary.count(l) &&
               !names.fictional.count(l);
    };
    auto adjacent = [&](const Word& a, const Word& b) {
        return b.begin == a.end + 1 && text[a.end] == ' ';
    };
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (!plain(words[i])) continue;
        std::size_t j = i + 1;
        while (j < words.size() && in(kInfixes, words[j].text) && adjacent(words[j - 1], words[j]))
            ++j;
        if (j < words.size() && adjacent(words[j - 1], words[j]) && plain(words[j])) {
            out.push_back(
                {PersonalDataHit::Kind::name,
                 std::string(text.substr(words[i].begin, words[j].end - words[i].begin))});
            i = j;
        }
    }
}

} // namespace

bool passes_elfproef(std::string_view d) {
    if (d.size() != 9 || !std::all_of(d.begin(), d.end(), is_digit)) return false;
    if (std::all_of(d.begin(), d.end(), [](char c) { return c == '0'; })) return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * (d[static_cast<std::size_t>(i)] - '0');
    sum -= d[8] - '0';
    return sum % 11 == 0;
}

bool marked_fictional(std::string_view name) {
    return lower(name).find("fictief") != std::string::npos;
}

NameLists name_lists(const Model& m, const Scenario& exercise) {
    NameLists n;
    auto names = [&n](const auto& items, auto... fields) {
        for (const auto& x : items)
            (add_words(n.vocabulary, x.*fields), ...);
    };
    names(m.organisations, &Organisation::name, &Organisation::short_name);
    names(m.roles, &Role::name);
    names(m.glossary, &GlossaryTerm::term, &GlossaryTerm::expansion);
    names(m.case_types, &CaseType::title);
    names(m.systems, &System::name);
    names(m.channels, &Channel::name);
    names(m.data_items, &DataItem::name);
    names(m.venues, &Venue::name);
    names(m.sources, &SourceDocument::title);
    for (const CaseType& ct : m.case_types) {
        names(ct.steps, &Step::title);
        for (const Example& e : ct.examples)
            for (const ExamplePerson& p : e.persons)
                add_fictional(n.fictional, p);
    }
    for (const Scenario& sc : m.scenarios)
        for (const ExamplePerson& p : sc.persons)
            add_fictional(n.fictional, p);
    for (const ExamplePerson& p : exercise.persons)
        add_fictional(n.fictional, p);
    return n;
}

std::vector<PersonalDataHit> find_personal_data(std::string_view text, const NameLists& names) {
    std::vector<PersonalDataHit> out;
    find_numbers(text, out);
    find_names(text, names, out);
    return out;
}

std::string personal_data_message(const PersonalDataHit& hit) {
    switch (hit.kind) {
    case PersonalDataHit::Kind::bsn:
        return "\"" + hit.text +
               "\" lijkt op een burgerservicenummer (negen cijfers die de elfproef halen). "
               "Gebruik geen echte nummers: laat het weg of schrijf \"BSN-FICTIEF\".";
    case PersonalDataHit::Kind::v_number:
        return "\"" + hit.text +
               "\" lijkt op een echt V-nummer of telefoonnummer (tien cijfers). Gebruik een "
               "zichtbaar nep kenmerk, zoals \"V-FICTIEF-1001\".";
    case PersonalDataHit::Kind::name:
        break;
    }
    return "\"" + hit.text +
           "\" lijkt een echte naam. Is deze persoon verzonnen? Zet hem bij de personen met "
           "(fictief) achter de naam; anders: laat de naam weg.";
}

} // namespace pw
