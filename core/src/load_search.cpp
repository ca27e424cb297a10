// Readers for content/search.json: how people ask (names, synonyms, stop words,
// question verbs; several files of this kind add up), and for
// content/onboarding.json: the reading path for new staff.
#include "loaders.hpp"

namespace pw::detail {

void read_search_file(const FileContext& file, ObjectReader& top, Model& model) {
    SearchLexicon& lex = model.search_lexicon;
    if (lex.origin.file < 0) lex.origin = top.origin();
    read_entities(file, top, "names", "naam", false, lex.names, [](ObjectReader& r) {
        SearchName n;
        n.words = r.string_list("words", true);
        n.organisations = r.string_list("organisations", false);
        n.roles = r.string_list("roles", false);
        n.origin = r.origin();
        r.reject_unknown_keys({"words", "organisations", "roles"});
        return n;
    });
    read_entities(file, top, "synonyms", "synoniemen", false, lex.synonyms, [](ObjectReader& r) {
        SearchSynonyms s;
        s.words = r.string_list("words", true);
        s.origin = r.origin();
        r.reject_unknown_keys({"words"});
        return s;
    });
    for (auto& w : top.string_list("stopWords", false))
        lex.stop_words.push_back(std::move(w));
    if (top.object("questionVerbs", false)) {
        ObjectReader verbs(file, *top.object("questionVerbs", false),
                           top.child_pointer("questionVerbs"), "vraagwerkwoorden");
        for (const auto& [key, list] :
             {std::pair{"sends", &lex.sends}, std::pair{"receives", &lex.receives},
              std::pair{"asks", &lex.asks}, std::pair{"decides", &lex.decides}})
            for (auto& w : verbs.string_list(key, false))
                list->push_back(std::move(w));
        verbs.reject_unknown_keys({"sends", "receives", "asks", "decides"});
    }
    top.reject_unknown_keys(
        {"kind", "description", "names", "synonyms", "stopWords", "questionVerbs"});
}

void read_onboarding_file(const FileContext& file, ObjectReader& top, Model& model) {
    if (const nlohmann::json* groups = top.array("groups", false); groups && groups->empty())
        file.report(Severity::error, "/groups",
                    "Het leerpad heeft geen groepen; noem er minstens één.");
    read_entities(file, top, "groups", "groep", true, model.onboarding, [](ObjectReader& r) {
        OnboardingGroup g;
        g.title = r.required_string("title");
        g.title_en = r.optional_string("titleEn");
        // 0 (no column, or not a whole number) is refused by the validator.
        const double column = r.optional_number("column", 0);
        g.column = column == static_cast<int>(column) ? static_cast<int>(column) : 0;
        g.kind = r.required_string("kind");
        g.items = r.string_list("items", true);
        g.origin = r.origin();
        r.reject_unknown_keys({"title", "titleEn", "column", "kind", "items"});
        return g;
    });
    top.reject_unknown_keys({"kind", "description", "groups"});
}

} // namespace pw::detail
