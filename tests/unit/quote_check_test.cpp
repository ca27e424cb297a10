// Quotes in citations must be in the cited document: the matching rules, a
// quote that is not there (it fails), and every quote of the real content
// against the real source texts in ../shared/sources.
#include "content_files.hpp"
#include "fixtures.hpp"

#include "pw/content_loader.hpp"
#include "pw/provenance_sites.hpp"
#include "pw/quote_check.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>

namespace {

bool occurs(const std::string& document, const std::string& quote) {
    return pw::quote_occurs(pw::normalise_for_quotes(document), quote);
}

pw::Diagnostics check(const fixtures::MiniContent& c, const pw::SourceTexts& texts) {
    const pw::LoadResult r = pw::load_and_validate(c.files());
    REQUIRE_MESSAGE(r.ok(), fixtures::all_messages(r.diagnostics));
    return pw::check_quotes(r.model, r.source_map, texts);
}

} // namespace

TEST_CASE("quotes match the PDF text whatever its line breaks, case, hyphenation and glyphs") {
    // Case and whitespace, including line breaks in the middle of a phrase.
    CHECK(occurs("De IND beoordeelt of dit \nkind recht heeft op verblijf.",
                 "de ind beoordeelt of dit kind recht heeft op verblijf"));
    // A word broken over two lines, with and without the hyphen in the quote.
    CHECK(occurs("analyseert de Inspectie het vertrek-\nproces van vreemdelingen",
                 "het vertrekproces van vreemdelingen"));
    CHECK(
        occurs("begeleiden bij terugkeer en zijn re-\nintegratie door IOM", "zijn re-integratie"));
    CHECK(occurs("wanneer een kinderbeschermings-\nmaatregel aan de orde lijkt.",
                 "wanneer een kinderbeschermingsmaatregel aan de orde lijkt"));
    // Bullet glyphs of the AVG table and typographic quotes.
    CHECK(occurs("\xef\x82\xb7 V-nummer; \n\xef\x82\xb7 relaas: o.a. verblijfsstatus",
                 "V-nummer; relaas: o.a. verblijfsstatus"));
    CHECK(occurs("mailgroep \xe2\x80\x98"
                 "belang van het kind\xe2\x80\x99- IND",
                 "mailgroep 'belang van het kind'- IND"));
    // Diacritics are folded as the search folds them.
    CHECK(occurs("gezagsbe\xc3\xabindigende maatregel", "gezagsbeeindigende maatregel"));
    // An ellipsis skips text, but the parts must come in order.
    CHECK(occurs("Het gezin moet in dat geval Nederland binnen 28 dagen verlaten.",
                 "Het gezin moet … binnen 28 dagen verlaten"));
    CHECK(occurs("Het gezin moet in dat geval Nederland binnen 28 dagen verlaten.",
                 "Het gezin moet ... binnen 28 dagen verlaten"));
    CHECK_FALSE(occurs("Het gezin moet in dat geval Nederland binnen 28 dagen verlaten.",
                       "binnen 28 dagen … Het gezin moet"));
    // Words are words: a changed, added or dropped word is not the quote.
    CHECK_FALSE(occurs("De IND beoordeelt of dit kind recht heeft op verblijf.",
                       "De IND beslist of dit kind recht heeft op verblijf"));
    CHECK_FALSE(occurs("De IND beoordeelt of dit kind recht heeft op verblijf.",
                       "De IND beoordeelt of het kind recht heeft op verblijf"));
    CHECK_FALSE(occurs("recht heeft op verblijf", "recht heeft op verblijfsrecht"));
    CHECK_FALSE(occurs("zeker", ""));
}

TEST_CASE("a quote that is not in its document is refused, on its own line") {
    fixtures::MiniContent c;
    c.case_type["steps"][0]["sources"][0]["quote"] = "A stuurt B de gegevens";
    c.case_type["steps"][0]["flows"][0]["sources"][0]["quote"] = "via de beveiligde mail";
    const pw::SourceTexts texts{{"000.txt", "Rij 1: A stuurt B de gegevens\nvia de post."}};
    const pw::Diagnostics ds = check(c, texts);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].file == "case-types/ct.json");
    CHECK(ds[0].pointer == "/steps/0/flows/0/sources/0/quote");
    CHECK(ds[0].line == fixtures::line_of(c.case_type.dump(2), "via de beveiligde mail"));
    CHECK(ds[0].message.find("het citaat \"via de beveiligde mail\" staat niet in \"Bron een\"") !=
          std::string::npos);

    // The same quote, once it is what the document says, passes.
    c.case_type["steps"][0]["flows"][0]["sources"][0]["quote"] = "via de post";
    CHECK(check(c, texts).empty());
}

TEST_CASE("a quote that cannot be checked is refused too") {
    fixtures::MiniContent c;
    c.sources["sources"].push_back(
        {{"id", "web"}, {"title", "Een webpagina"}, {"url", "https://x"}});
    c.glossary["terms"][0]["sources"] = {
        {{"source", "web"}, {"locator", "alinea 2"}, {"quote", "een systeem"}}};
    c.case_type["sources"][0]["quote"] = "zaaktype";
    const pw::Diagnostics ds = check(c, {});
    REQUIRE(ds.size() == 2);
    std::set<std::string> messages;
    for (const auto& d : ds)
        messages.insert(d.message);
    CHECK(messages.count("de tekst van bron \"s1\" (000.txt) is niet gevonden in de map met "
                         "bronnen; de citaten uit deze bron zijn niet gecontroleerd.") == 1);
    CHECK(messages.count("Begrip \"SYS\": bron \"web\" is een webpagina zonder tekst in de map met "
                         "bronnen, dus het citaat is niet te controleren; laat \"quote\" weg.") ==
          1);
}

TEST_CASE("every quote in the real content is in the source document it cites") {
    const std::filesystem::path dir = PW_SOURCES_DIR;
    INFO("bronnen gezocht in \"" << dir.string()
                                 << "\"; zet PW_SOURCES_DIR (cmake of omgeving) op "
                                    "../shared/sources");
    REQUIRE(!dir.empty());
    REQUIRE(std::filesystem::is_directory(dir));
    const pw::LoadResult r = pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files);
    REQUIRE(r.ok());
    const pw::SourceTexts texts = pw::read_source_texts(dir, r.model);
    CHECK(texts.size() == 5); // the five documents of ../shared/sources
    const pw::Diagnostics ds = pw::check_quotes(r.model, r.source_map, texts);
    INFO(fixtures::all_messages(ds));
    CHECK(ds.empty());
}

TEST_CASE("every claim of the guide that cites a source document quotes it") {
    const pw::LoadResult r = pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files);
    REQUIRE(r.ok());
    std::set<std::string> documents; // sources with a text to quote from
    for (const auto& s : r.model.sources)
        if (!s.file.empty()) documents.insert(s.id);
    // Exercises are the simulator's; every other claim quotes its document.
    std::size_t cited = 0;
    std::string unquoted;
    for (const pw::ProvenanceSite& site : pw::provenance_sites(r.model)) {
        if (site.kind == "scenario") continue;
        for (const auto& c : site.provenance->citations) {
            if (!documents.count(c.source)) continue;
            ++cited;
            if (c.quote.empty())
                unquoted += site.label + " — " + c.source + ", " + c.locator + "\n";
        }
    }
    CHECK(cited > 300);
    INFO(unquoted);
    CHECK(unquoted.empty());
}
