#include "search_lexicon.hpp"

#include "pw/dutch_stemmer.hpp"
#include "pw/text_fold.hpp"

#include <algorithm>

namespace pw::detail {
namespace {

constexpr std::size_t kMaxPhraseWords = 8;

std::vector<std::string> folded_list(std::string_view text) {
    std::vector<std::string> out;
    for (auto& w : folded_words(text))
        out.push_back(std::move(w.folded));
    return out;
}

std::string join(const std::vector<std::string>& words, std::size_t from, std::size_t count) {
    std::string out;
    for (std::size_t k = 0; k < count; ++k)
        out += (k ? " " : "") + words[from + k];
    return out;
}

// The ways of saying one thing, and the parties it names.
struct ConceptSource {
    std::vector<std::string> texts;
    std::vector<PartyId> parties;
};

void add_unique(std::vector<PartyId>& list, PartyId p) {
    if (std::find(list.begin(), list.end(), p) == list.end()) list.push_back(p);
}

} // namespace

std::string folded_phrase(std::string_view text) {
    const auto words = folded_list(text);
    return join(words, 0, words.size());
}

SearchLexiconIndex SearchLexiconIndex::build(const Model& m) {
    SearchLexiconIndex lex;
    const SearchLexicon& said = m.search_lexicon;
    for (const auto& w : said.stop_words)
        lex.stop_words_.push_back(folded_phrase(w));
    std::sort(lex.stop_words_.begin(), lex.stop_words_.end());
    for (const auto& [list, verb] : {std::pair{&said.sends, QuestionVerb::sends},
                                     std::pair{&said.receives, QuestionVerb::receives},
                                     std::pair{&said.asks, QuestionVerb::asks},
                                     std::pair{&said.decides, QuestionVerb::decides}})
        for (const auto& w : *list) {
            lex.verbs_.emplace(folded_phrase(w), verb);
            lex.verb_lists_[static_cast<std::size_t>(verb)].push_back(folded_phrase(w));
        }

    lex.organisations_ = m.organisations.size();
    for (const Organisation& o : m.organisations) {
        const auto p = static_cast<PartyId>(lex.party_names_.size());
        lex.organisation_parties_.emplace(o.id, p);
        lex.party_names_.push_back(o.id);
        lex.organisation_of_.push_back(p);
    }
    for (const Role& r : m.roles) {
        lex.role_parties_.emplace(r.id, static_cast<PartyId>(lex.party_names_.size()));
        lex.party_names_.push_back(r.id);
        const PartyId org = lex.organisation_party(r.organisation);
        lex.organisation_of_.push_back(org < lex.party_count() ? org : PartyId(0));
    }

    std::vector<ConceptSource> sources;
    std::vector<bool> glossary_used(m.glossary.size(), false);
    auto glossary_names = [&](std::size_t g, ConceptSource& into) {
        const GlossaryTerm& t = m.glossary[g];
        glossary_used[g] = true;
        into.texts.push_back(t.term);
        if (!t.expansion.empty()) into.texts.push_back(t.expansion);
        into.texts.insert(into.texts.end(), t.aliases.begin(), t.aliases.end());
    };
    for (std::size_t i = 0; i < m.organisations.size(); ++i) {
        const Organisation& o = m.organisations[i];
        ConceptSource c{{o.name, o.short_name}, {static_cast<PartyId>(i)}};
        for (std::size_t g = 0; g < m.glossary.size(); ++g)
            if (m.glossary[g].id == o.id ||
                folded_phrase(m.glossary[g].term) == folded_phrase(o.short_name))
                glossary_names(g, c);
        sources.push_back(std::move(c));
    }
    for (std::size_t i = 0; i < m.roles.size(); ++i)
        sources.push_back({{m.roles[i].name, m.roles[i].short_name},
                           {static_cast<PartyId>(lex.organisations_ + i)}});
    for (std::size_t g = 0; g < m.glossary.size(); ++g)
        if (!glossary_used[g]) {
            ConceptSource c;
            glossary_names(g, c);
            sources.push_back(std::move(c));
        }
    for (const SearchName& n : said.names) {
        ConceptSource c{n.words, {}};
        for (const auto& id : n.organisations)
            if (const PartyId p = lex.organisation_party(id); p < lex.party_count()) {
                add_unique(c.parties, p);
                c.texts.push_back(m.organisations[p].name);
                c.texts.push_back(m.organisations[p].short_name);
            }
        for (const auto& id : n.roles)
            if (const PartyId p = lex.role_party(id); p < lex.party_count()) {
                add_unique(c.parties, p);
                c.texts.push_back(m.roles[p - lex.organisations_].name);
                c.texts.push_back(m.roles[p - lex.organisations_].short_name);
            }
        sources.push_back(std::move(c));
    }
    for (const SearchSynonyms& s : said.synonyms)
        sources.push_back({s.words, {}});

    // Every way of saying a concept becomes a key that finds all the others.
    for (const ConceptSource& src : sources) {
        std::vector<std::vector<std::string>> phrases;
        for (const auto& text : src.texts) {
            auto words = lex.content_words(folded_list(text));
            if (!words.empty() && std::find(phrases.begin(), phrases.end(), words) == phrases.end())
                phrases.push_back(std::move(words));
        }
        for (const auto& text : src.texts) {
            const auto words = folded_list(text);
            if (words.empty() || words.size() > kMaxPhraseWords) continue;
            lex.longest_phrase_ = std::max(lex.longest_phrase_, words.size());
            std::size_t& longest = lex.longest_from_[words.front()];
            longest = std::max(longest, words.size());
            Concept& c = lex.concepts_[join(words, 0, words.size())];
            for (const auto& p : phrases)
                if (std::find(c.phrases.begin(), c.phrases.end(), p) == c.phrases.end())
                    c.phrases.push_back(p);
            for (const PartyId p : src.parties)
                add_unique(c.parties, p);
        }
    }
    DutchStemmer stemmer;
    auto stem_once = [&](const std::string& word) {
        if (!lex.stems_.count(word)) lex.stems_.emplace(word, stemmer.stem(word));
    };
    for (const auto& [key, c] : lex.concepts_)
        for (const auto& phrase : c.phrases)
            for (const auto& word : phrase)
                stem_once(word);
    for (const auto& list : lex.verb_lists_)
        for (const auto& word : list)
            stem_once(word);
    return lex;
}

const SearchLexiconIndex::Concept*
SearchLexiconIndex::longest_name(const std::vector<std::string>& words, std::size_t at,
                                 std::size_t& n) const {
    const auto starts = longest_from_.find(words[at]);
    const std::size_t longest = starts == longest_from_.end() ? 0 : starts->second;
    for (n = std::min(longest, words.size() - at); n >= 1; --n)
        if (auto it = concepts_.find(join(words, at, n)); it != concepts_.end()) return &it->second;
    n = 0;
    return nullptr;
}

bool SearchLexiconIndex::is_stop_word(std::string_view folded) const {
    return std::binary_search(stop_words_.begin(), stop_words_.end(), folded);
}

QuestionVerb SearchLexiconIndex::verb(std::string_view folded) const {
    auto it = verbs_.find(std::string(folded));
    return it == verbs_.end() ? QuestionVerb::none : it->second;
}

std::vector<std::string>
SearchLexiconIndex::content_words(const std::vector<std::string>& folded) const {
    std::vector<std::string> out;
    for (const auto& w : folded)
        if (!is_stop_word(w)) out.push_back(w);
    return out.empty() ? folded : out;
}

PartyId SearchLexiconIndex::organisation_party(const std::string& id) const {
    auto it = organisation_parties_.find(id);
    return it == organisation_parties_.end() ? static_cast<PartyId>(party_count()) : it->second;
}

PartyId SearchLexiconIndex::role_party(const std::string& id) const {
    auto it = role_parties_.find(id);
    return it == role_parties_.end() ? static_cast<PartyId>(party_count()) : it->second;
}

} // namespace pw::detail
