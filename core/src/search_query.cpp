#include "search_query.hpp"

#include "pw/dutch_verb_forms.hpp"
#include "pw/text_fold.hpp"

#include <algorithm>

namespace pw::detail {
namespace {

constexpr double kSynonymWeight = 0.9;
constexpr double kVerbWeight = 0.5;
// A word joined with the particle at the end ("dient ... in" -> "indient").
constexpr double kParticleWeight = 0.95;

// Words before a name that say which side it is on. Dutch grammar, not
// protocol knowledge: "naar de IND" receives, "door de RvdK" sends, and
// "van" is mostly a genitive ("de uitspraak van de rechtbank").
bool marks_recipient(std::string_view w) {
    return w == "naar" || w == "aan" || w == "bij" || w == "met";
}
bool marks_agent(std::string_view w) {
    return w == "door" || w == "vanuit";
}
bool is_article(std::string_view w) {
    return w == "de" || w == "het" || w == "een" || w == "andere" || w == "alle";
}

// Typed as an abbreviation ("OM", "DT&V"): never a stop word.
bool typed_as_abbreviation(std::string_view original) {
    int capitals = 0;
    for (const char c : original)
        capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
    return capitals >= 2;
}

QueryAlternative alternative(std::vector<std::string> words, double weight,
                             const SearchLexiconIndex& lexicon, DutchStemmer& stemmer) {
    QueryAlternative a;
    a.words = std::move(words);
    for (const auto& w : a.words) {
        const std::string* known = lexicon.known_stem(w);
        a.stems.push_back(known ? *known : stemmer.stem(w));
    }
    a.weight = weight;
    a.typed = weight >= 1.0; // synonyms and related verbs match exactly or by stem only
    return a;
}

struct Mention {
    std::vector<PartyId> parties;
    std::size_t begin = 0;
};

void add_parties(std::vector<PartyId>& into, const std::vector<PartyId>& parties) {
    for (const PartyId p : parties)
        if (std::find(into.begin(), into.end(), p) == into.end()) into.push_back(p);
}

enum class Side { none, subject, object, sender };

// Which side of the verb a name is on: "naar/aan/bij X" is the object of a
// send, "door X" the agent, "van X" the sender of what is received; in
// "wie informeert X" X is the object; otherwise the first name is the
// subject and the next the object.
Side side_of(std::string_view marker, QuestionVerb verb, bool object_question, bool after_verb,
             bool subject_taken) {
    const bool exchange = verb == QuestionVerb::sends || verb == QuestionVerb::asks;
    if (marks_recipient(marker)) return exchange ? Side::object : Side::none;
    if (marks_agent(marker)) return verb == QuestionVerb::decides ? Side::subject : Side::sender;
    if (marker == "van") return verb == QuestionVerb::receives ? Side::sender : Side::none;
    if (marker == "over") return Side::none;
    if (object_question && after_verb)
        return verb == QuestionVerb::decides ? Side::none : Side::object;
    return subject_taken ? Side::object : Side::subject;
}

void assign_roles(const std::vector<std::string>& words, std::size_t verb_at,
                  const std::vector<Mention>& mentions, QueryShape& shape) {
    const bool object_question = !words.empty() && words.front() == "wie";
    bool subject_taken = false;
    for (const Mention& m : mentions) {
        std::size_t k = m.begin;
        while (k > 0 && m.begin - k < 2 && is_article(words[k - 1]))
            --k;
        const std::string_view marker = k > 0 ? std::string_view(words[k - 1]) : "";
        const Side side =
            side_of(marker, shape.verb, object_question, m.begin > verb_at, subject_taken);
        subject_taken = subject_taken || side == Side::subject;
        std::vector<PartyId>* into = nullptr;
        switch (shape.verb) {
        case QuestionVerb::sends:
        case QuestionVerb::asks:
            into = side == Side::object ? &shape.recipients
                   : side == Side::none ? nullptr
                                        : &shape.senders;
            break;
        case QuestionVerb::receives:
            into = side == Side::subject ? &shape.recipients
                   : side == Side::none  ? nullptr
                                         : &shape.senders;
            break;
        case QuestionVerb::decides:
            into = side == Side::subject ? &shape.deciders : nullptr;
            break;
        case QuestionVerb::none:
            break;
        }
        if (into) add_parties(*into, m.parties);
    }
}

} // namespace

const char* verb_id(QuestionVerb verb) {
    switch (verb) {
    case QuestionVerb::sends:
        return "sends";
    case QuestionVerb::receives:
        return "receives";
    case QuestionVerb::asks:
        return "asks";
    case QuestionVerb::decides:
        return "decides";
    case QuestionVerb::none:
        break;
    }
    return "";
}

AnalysedQuery analyse_query(std::string_view query, const SearchLexiconIndex& lexicon,
                            DutchStemmer& stemmer) {
    AnalysedQuery q;
    const std::vector<FoldedWord> tokens = folded_words(query);
    std::vector<std::string> words;
    std::vector<bool> abbreviation;
    for (const FoldedWord& t : tokens) {
        words.push_back(t.folded);
        abbreviation.push_back(typed_as_abbreviation(t.span.text(query)));
    }
    std::vector<Mention> mentions;
    std::size_t verb_at = words.size();
    for (std::size_t i = 0; i < words.size();) {
        std::size_t n = 0;
        const auto* named = lexicon.longest_name(words, i, n);
        // A lone stop word names nothing ("om" is not the OM), unless typed as one.
        if (named && n == 1 && lexicon.is_stop_word(words[i]) && !abbreviation[i]) named = nullptr;
        if (named) {
            QueryGroup g;
            g.typed = std::string(query.substr(
                tokens[i].span.begin, tokens[i + n - 1].span.begin + tokens[i + n - 1].span.length -
                                          tokens[i].span.begin));
            const auto typed = lexicon.content_words(std::vector<std::string>(
                words.begin() + static_cast<long>(i), words.begin() + static_cast<long>(i + n)));
            g.alternatives.push_back(alternative(typed, 1.0, lexicon, stemmer));
            for (const auto& phrase : named->phrases)
                if (phrase != typed)
                    g.alternatives.push_back(alternative(phrase, kSynonymWeight, lexicon, stemmer));
            g.parties = named->parties;
            g.name = true;
            if (!g.parties.empty()) mentions.push_back({g.parties, i});
            q.groups.push_back(std::move(g));
            i += n;
            continue;
        }
        const QuestionVerb verb = lexicon.verb(words[i]);
        if (verb != QuestionVerb::none && q.shape.verb == QuestionVerb::none) {
            q.shape.verb = verb;
            verb_at = i;
        }
        if (lexicon.is_stop_word(words[i]) && !abbreviation[i]) {
            q.skipped.push_back(words[i]);
        } else {
            QueryGroup g;
            g.typed = std::string(tokens[i].span.text(query));
            g.alternatives.push_back(alternative({words[i]}, 1.0, lexicon, stemmer));
            if (verb != QuestionVerb::none) g.weight = kVerbWeight;
            q.groups.push_back(std::move(g));
        }
        ++i;
    }
    // Only stop words ("wie", "de"): search for them after all.
    if (q.groups.empty()) {
        q.skipped.clear();
        for (std::size_t i = 0; i < words.size(); ++i) {
            QueryGroup g;
            g.typed = std::string(tokens[i].span.text(query));
            g.alternatives.push_back(alternative({words[i]}, 1.0, lexicon, stemmer));
            q.groups.push_back(std::move(g));
        }
    }
    // A separable verb leaves its particle at the end ("kind dient een
    // aanvraag in"): each word before it may be the verb, joined again.
    if (words.size() >= 3 && is_separable_particle(words.back()))
        for (QueryGroup& g : q.groups) {
            const std::vector<std::string>& first = g.alternatives.front().words;
            if (g.name || first.size() != 1 || first.front() == words.back()) continue;
            QueryAlternative joined =
                alternative({words.back() + first.front()}, kParticleWeight, lexicon, stemmer);
            joined.typed = true; // as typed, in two parts: its other forms too
            g.alternatives.push_back(std::move(joined));
        }
    q.single_name = q.groups.size() == 1 && q.groups.front().name;
    if (q.shape.any() && !mentions.empty()) {
        assign_roles(words, verb_at, mentions, q.shape);
        // "wie informeert de GI" also finds "stuurt", "meldt": verbs of one kind.
        for (QueryGroup& g : q.groups)
            if (!g.name && lexicon.verb(g.alternatives.front().words.front()) == q.shape.verb)
                for (const auto& other : lexicon.verbs_of(q.shape.verb))
                    if (other != g.alternatives.front().words.front())
                        g.alternatives.push_back(
                            alternative({other}, kVerbWeight, lexicon, stemmer));
    }
    return q;
}

} // namespace pw::detail
