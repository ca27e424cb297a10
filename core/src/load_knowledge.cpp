// Readers for the glossary and the knowledge cards.
#include "loaders.hpp"

namespace pw::detail {

void read_glossary_file(const FileContext& file, ObjectReader& top, Model& model) {
    read_entities(file, top, "terms", "begrip", true, model.glossary, [](ObjectReader& r) {
        GlossaryTerm t;
        t.id = r.required_string("id");
        t.term = r.required_string("term");
        t.expansion = r.optional_string("expansion");
        t.definition = r.required_string("definition");
        t.aliases = r.string_list("aliases", false);
        t.provenance = r.provenance();
        t.origin = r.origin();
        r.reject_unknown_keys({"id", "term", "expansion", "definition", "aliases", "sources",
                               "illustrative", "illustrativeNote"});
        return t;
    });
    top.reject_unknown_keys({"kind", "description", "terms"});
}

void read_cards_file(const FileContext& file, ObjectReader& top, Model& model) {
    read_entities(file, top, "cards", "kaart", true, model.cards, [&file](ObjectReader& r) {
        Card c;
        c.id = r.required_string("id");
        c.kind = r.required_string("kind");
        static const char* kinds[] = {"rolverdeling", "misvatting", "samenwerking",
                                      "terugkeer",    "avg",        "achtergrond"};
        bool known = false;
        for (const char* k : kinds)
            known = known || c.kind == k;
        if (!c.kind.empty() && !known)
            file.report(Severity::error, r.child_pointer("kind"),
                        r.label() + ": soort \"" + c.kind +
                            "\" bestaat niet; kies rolverdeling, misvatting, samenwerking, "
                            "terugkeer, avg of "
                            "achtergrond.");
        c.title = r.required_string("title");
        c.misconception = r.optional_string("misconception");
        if (c.kind == "misvatting" && c.misconception.empty())
            file.report(Severity::error, r.pointer(),
                        r.label() +
                            ": een misvatting-kaart noemt de misvatting in \"misconception\".");
        c.text = r.string_list("text", true);
        c.items = r.string_list("items", false);
        c.organisations = r.string_list("organisations", false);
        c.roles = r.string_list("roles", false);
        c.case_types = r.string_list("caseTypes", false);
        c.provenance = r.provenance();
        c.origin = r.origin();
        r.reject_unknown_keys({"id", "kind", "title", "misconception", "text", "items",
                               "organisations", "roles", "caseTypes", "sources", "illustrative",
                               "illustrativeNote"});
        return c;
    });
    top.reject_unknown_keys({"kind", "description", "cards"});
}

} // namespace pw::detail
