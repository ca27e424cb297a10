// content/search.json: names point at existing organisations and roles, no
// word is claimed twice, and no stop word hides a name.
#include "checker.hpp"
#include "search_lexicon.hpp"

#include <map>

namespace pw::detail {

void check_search(Checker& c) {
    const SearchLexicon& lex = c.model().search_lexicon;
    std::map<std::string, std::size_t> name_of_word; // folded word -> index in lex.names
    for (std::size_t i = 0; i < lex.names.size(); ++i) {
        const SearchName& n = lex.names[i];
        const std::string who = "Zoeknaam " + std::to_string(i + 1);
        c.references(n.organisations, c.organisation_ids, "organisatie", n.origin,
                     "/organisations", who);
        c.references(n.roles, c.role_ids, "rol", n.origin, "/roles", who);
        if (n.organisations.empty() && n.roles.empty())
            c.error(n.origin, "",
                    who + " wijst naar geen organisatie of rol; vul \"organisations\" of "
                          "\"roles\" in.");
        for (std::size_t w = 0; w < n.words.size(); ++w) {
            const std::string key = folded_phrase(n.words[w]);
            if (key.empty()) continue;
            auto [it, added] = name_of_word.emplace(key, i);
            if (!added && it->second != i)
                c.error(n.origin, "/words/" + std::to_string(w),
                        who + ": \"" + n.words[w] + "\" staat ook bij zoeknaam " +
                            std::to_string(it->second + 1) +
                            "; één woord kan maar naar één plek wijzen.");
        }
    }
    for (std::size_t i = 0; i < lex.synonyms.size(); ++i)
        if (lex.synonyms[i].words.size() < 2)
            c.error(lex.synonyms[i].origin, "/words",
                    "Synoniemen " + std::to_string(i + 1) +
                        ": noem minstens twee woorden die hetzelfde betekenen.");
    for (std::size_t i = 0; i < lex.stop_words.size(); ++i) {
        const std::string& w = lex.stop_words[i];
        const std::string suffix = "/stopWords/" + std::to_string(i);
        if (w != folded_phrase(w) || w.find(' ') != std::string::npos)
            c.error(lex.origin, suffix,
                    "Stopwoord \"" + w +
                        "\": schrijf één woord in kleine letters, zonder accenten of leestekens.");
        else if (name_of_word.count(w))
            c.error(lex.origin, suffix,
                    "Stopwoord \"" + w + "\" is ook een zoeknaam; dan wordt die naam nooit gevonden.");
    }
}

} // namespace pw::detail
