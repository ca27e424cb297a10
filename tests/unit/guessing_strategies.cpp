#include "guessing_strategies.hpp"

#include "pw/text_fold.hpp"

#include <algorithm>
#include <numeric>

namespace guessing {
namespace {

using pw::OfferedChoice;
using pw::OfferedDecision;
using pw::OfferedQuestion;
using pw::QuestionKind;
using pw::ScenarioAnswer;

bool has(const OfferedChoice& c, std::initializer_list<const char*> words) {
    const std::string text = pw::fold(c.text + " " + c.id);
    return std::any_of(words.begin(), words.end(),
                       [&](const char* w) { return text.find(w) != std::string::npos; });
}

// Surface patterns a trainee picks up without knowing the protocol.
bool plain(const OfferedChoice& c) {
    return has(c, {"onversleuteld", "gewone", "whatsapp", "telefoon", "prive"});
}
bool medical(const OfferedChoice& c) {
    return has(c, {"medisch", "medische", "gezondheid"});
}
bool contact(const OfferedChoice& c) {
    return has(c, {"contactpersoon"});
}
bool identity(const OfferedChoice& c) {
    return has(c, {"naw", "geboortedatum", "v-nummer", "vreemdelingennummer"});
}
bool cautious(const OfferedChoice& c) {
    return has(c, {"alleen", "niet ", "geen ", "eerst", "zorgvuldig", "noodzakelijk"});
}
bool secure_sounding(const OfferedChoice& c) {
    return has(c, {"beveilig", "versleuteld", "veilig", "ketensysteem", "mailgroep"}) && !plain(c);
}
int protocol_words(const OfferedChoice& c) {
    int n = 0;
    for (const char* w : {"belang van het kind", "contactpersoon", "beoordeelt", "zorgvuldig",
                          "motiveer", "weeg", "afweging", "protocol", "mailgroep", "ketensysteem",
                          "beveilig", "noodzakelijk", "rolvast", "bron", "gemotiveerd"})
        if (pw::fold(c.text).find(w) != std::string::npos) ++n;
    return n;
}

using Pick = std::function<std::size_t(const std::vector<OfferedChoice>&, Rng&)>;
using Filter = std::function<bool(const OfferedChoice&)>;
// Picks several (recipients, data) or a sequence (order, route).
using Sequence = std::function<std::vector<std::string>(const std::vector<OfferedChoice>&, Rng&)>;

std::size_t first(const std::vector<OfferedChoice>&, Rng&) {
    return 0;
}
std::size_t last(const std::vector<OfferedChoice>& c, Rng&) {
    return c.size() - 1;
}
std::size_t middle(const std::vector<OfferedChoice>& c, Rng&) {
    return c.size() / 2;
}
std::size_t longest(const std::vector<OfferedChoice>& c, Rng&) {
    return static_cast<std::size_t>(std::max_element(c.begin(), c.end(),
                                                     [](const auto& a, const auto& b) {
                                                         return a.text.size() < b.text.size();
                                                     }) -
                                    c.begin());
}
std::size_t shortest(const std::vector<OfferedChoice>& c, Rng&) {
    return static_cast<std::size_t>(std::min_element(c.begin(), c.end(),
                                                     [](const auto& a, const auto& b) {
                                                         return a.text.size() < b.text.size();
                                                     }) -
                                    c.begin());
}
std::size_t random_one(const std::vector<OfferedChoice>& c, Rng& rng) {
    return rng.below(c.size());
}
// The first choice that passes, else `fallback`.
Pick preferring(Filter f, Pick fallback) {
    return [f, fallback](const std::vector<OfferedChoice>& c, Rng& rng) {
        for (std::size_t i = 0; i < c.size(); ++i)
            if (f(c[i])) return i;
        return fallback(c, rng);
    };
}
std::size_t most_protocol_words(const std::vector<OfferedChoice>& c, Rng& rng) {
    std::size_t best = longest(c, rng);
    int best_n = protocol_words(c[best]);
    for (std::size_t i = 0; i < c.size(); ++i)
        if (protocol_words(c[i]) > best_n) best = i, best_n = protocol_words(c[i]);
    return best;
}

std::vector<std::string> ids_where(const std::vector<OfferedChoice>& c, const Filter& f) {
    std::vector<std::string> out;
    for (const auto& x : c)
        if (f(x)) out.push_back(x.id);
    return out;
}

Sequence where(Filter f) {
    return [f](const std::vector<OfferedChoice>& c, Rng&) { return ids_where(c, f); };
}
std::vector<std::string> random_subset(const std::vector<OfferedChoice>& c, Rng& rng) {
    std::vector<std::string> out;
    for (const auto& x : c)
        if (rng.below(2) == 0) out.push_back(x.id);
    return out;
}

std::vector<std::string> shown_order(const std::vector<OfferedChoice>& c, Rng&) {
    return ids_where(c, [](const OfferedChoice&) { return true; });
}
std::vector<std::string> reversed_order(const std::vector<OfferedChoice>& c, Rng& rng) {
    auto ids = shown_order(c, rng);
    std::reverse(ids.begin(), ids.end());
    return ids;
}
Sequence sorted_by(std::function<bool(const OfferedChoice&, const OfferedChoice&)> less) {
    return [less](const std::vector<OfferedChoice>& c, Rng&) {
        std::vector<OfferedChoice> copy = c;
        std::stable_sort(copy.begin(), copy.end(), less);
        std::vector<std::string> ids;
        for (const auto& x : copy)
            ids.push_back(x.id);
        return ids;
    };
}
std::vector<std::string> random_order(const std::vector<OfferedChoice>& c, Rng& rng) {
    auto ids = shown_order(c, rng);
    for (std::size_t i = ids.size(); i > 1; --i)
        std::swap(ids[i - 1], ids[rng.below(i)]);
    return ids;
}
std::vector<std::string> random_route(const std::vector<OfferedChoice>& c, Rng& rng) {
    auto ids = random_order(c, rng);
    ids.resize(1 + rng.below(ids.size()));
    return ids;
}
// The textbook ladder for any matter: own contact person, then the SKIV, then the directors.
std::vector<std::string> ladder(const std::vector<OfferedChoice>& c, Rng&) {
    std::vector<std::string> out;
    for (const char* w : {"contactpersoon", "skiv", "directeur"})
        for (const auto& x : c)
            if (has(x, {w}) && std::find(out.begin(), out.end(), x.id) == out.end()) {
                out.push_back(x.id);
                break;
            }
    return out;
}

// How one trainee answers each kind of question.
struct Habits {
    Pick one = first; // action, judgement, decides, wording, missing
    Sequence recipients = shown_order;
    Sequence data = shown_order;
    Pick channel = first;
    Sequence order = shown_order;
    Sequence route = shown_order;
};

pw::ScenarioAnswer answer_with(const Habits& h, const OfferedDecision& offer, Rng& rng) {
    ScenarioAnswer a;
    for (const OfferedQuestion& q : offer.questions) {
        if (q.choices.empty()) continue;
        std::vector<std::string> ids;
        switch (q.kind) {
        case QuestionKind::recipients:
            ids = h.recipients(q.choices, rng);
            break;
        case QuestionKind::data:
            ids = h.data(q.choices, rng);
            break;
        case QuestionKind::channel:
            ids = {q.choices[h.channel(q.choices, rng)].id};
            break;
        case QuestionKind::order:
            ids = h.order(q.choices, rng);
            break;
        case QuestionKind::escalation:
            ids = h.route(q.choices, rng);
            break;
        default:
            ids = {q.choices[h.one(q.choices, rng)].id};
        }
        pw::set_answer_values(a, q.kind, std::move(ids));
    }
    return completed(offer, a);
}

Strategy make(std::string name, Habits h, std::uint64_t seed = 1) {
    return Strategy{
        std::move(name),
        [h](const OfferedDecision& offer, Rng& rng) { return answer_with(h, offer, rng); }, seed};
}

} // namespace

std::uint64_t Rng::next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

std::size_t Rng::below(std::size_t n) {
    return static_cast<std::size_t>(next() % n);
}

pw::ScenarioAnswer completed(const OfferedDecision& offer, pw::ScenarioAnswer a) {
    for (const OfferedQuestion& q : offer.questions) {
        if (q.choices.empty()) continue;
        std::vector<std::string> ids = pw::answer_values(a, q.kind);
        if (q.kind == QuestionKind::order) {
            for (const auto& c : q.choices) // every item gets a place
                if (std::find(ids.begin(), ids.end(), c.id) == ids.end()) ids.push_back(c.id);
        } else if (ids.empty() && q.kind != QuestionKind::data) {
            ids = {q.choices.front().id};
        }
        pw::set_answer_values(a, q.kind, std::move(ids));
    }
    return a;
}

std::vector<Strategy> strategies() {
    const Sequence all = where([](const OfferedChoice&) { return true; });
    const Sequence none = where([](const OfferedChoice&) { return false; });
    const Sequence not_medical = where([](const OfferedChoice& c) { return !medical(c); });
    const Sequence contacts = where(contact);
    const auto by_length = [](bool longest_first) {
        return sorted_by([longest_first](const OfferedChoice& a, const OfferedChoice& b) {
            return longest_first ? a.text.size() > b.text.size() : a.text.size() < b.text.size();
        });
    };
    const Sequence alphabetical =
        sorted_by([](const OfferedChoice& a, const OfferedChoice& b) { return a.text < b.text; });
    const Pick not_plain = preferring([](const OfferedChoice& c) { return !plain(c); }, first);
    const Pick secure = preferring(secure_sounding, first);
    std::vector<Strategy> out;
    out.push_back(make("eerste keuze", {first, none, none, first, shown_order, shown_order}));
    out.push_back(make("laatste keuze", {last, none, none, last, reversed_order, reversed_order}));
    out.push_back(make("middelste keuze", {middle, none, none, middle, shown_order, shown_order}));
    out.push_back(
        make("langste keuze", {longest, all, all, longest, by_length(true), by_length(true)}));
    out.push_back(make("kortste keuze",
                       {shortest, none, none, shortest, by_length(false), by_length(false)}));
    out.push_back(make("alles kiezen", {first, all, all, first, shown_order, shown_order}));
    out.push_back(make("zo min mogelijk", {shortest, none, none, first, shown_order,
                                           [](const std::vector<OfferedChoice>& c, Rng&) {
                                               return std::vector<std::string>{c.front().id};
                                           }}));
    out.push_back(make("nooit het onversleutelde kanaal",
                       {longest, all, all, not_plain, shown_order, shown_order}));
    out.push_back(make("nooit medische gegevens",
                       {longest, contacts, not_medical, not_plain, shown_order, ladder}));
    out.push_back(make("altijd de contactpersoon", {preferring(contact, longest), contacts,
                                                    not_medical, secure, shown_order, contacts}));
    out.push_back(make(
        "privacybewust: zo weinig mogelijk, beveiligd",
        {preferring(cautious, shortest), contacts, where(identity), secure, shown_order, ladder}));
    out.push_back(make("de IND beslist", {preferring(
                                              [](const OfferedChoice& c) {
                                                  return has(c, {"de ind", "ind "});
                                              },
                                              longest),
                                          contacts, not_medical, secure, shown_order, ladder}));
    out.push_back(
        make("protocoltaal", {most_protocol_words, contacts, where([](const OfferedChoice& c) {
                                  return !medical(c) && !has(c, {"rapport", "dossier"});
                              }),
                              secure, alphabetical, ladder}));
    out.push_back(make("escalatieladder",
                       {most_protocol_words, contacts, not_medical, secure, shown_order, ladder}));
    out.push_back(make("alfabetisch", {first, none, none, first, alphabetical, alphabetical}));
    for (std::uint64_t seed = 1; seed <= 10; ++seed)
        out.push_back(
            make("willekeurig (zaad " + std::to_string(seed) + ")",
                 {random_one, random_subset, random_subset, random_one, random_order, random_route},
                 seed * 0x9E3779B97F4A7C15ull));
    return out;
}

} // namespace guessing
