// The completeness checks: they must fail when something is missing.
#include "fixtures.hpp"

#include "pw/abbreviations.hpp"
#include "pw/content_loader.hpp"

#include <doctest/doctest.h>

using fixtures::MiniContent;

namespace {

pw::LoadResult load(const MiniContent& c) {
    return pw::load_and_validate(c.files());
}

bool has_message(const pw::Diagnostics& ds, const std::string& needle) {
    for (const auto& d : ds)
        if (d.message.find(needle) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("abbreviations are found in running Dutch text") {
    const std::string text = "De RvdK mailt de IND-cp en DT&V; zie art. 8 EVRM, de OTS & de GI's. "
                             "Een Brief is geen afkorting.";
    std::vector<std::string> found;
    for (const auto& span : pw::abbreviation_candidates(text))
        found.emplace_back(span.text(text));
    CHECK(found == std::vector<std::string>{"RvdK", "IND", "DT&V", "EVRM", "OTS", "GI"});
    const std::string accents = "beëindiging van het gezag";
    CHECK(pw::words(accents).size() == 4);
}

TEST_CASE("an abbreviation without a glossary entry is an error, reported once with a count") {
    MiniContent c;
    c.case_type["summary"] = "De KBPS en nog eens KBPS";
    auto result = load(c);
    CHECK_FALSE(result.ok());
    CHECK(has_message(result.diagnostics,
                      "afkorting \"KBPS\" staat niet in de woordenlijst (komt 2 keer voor)"));
    c.glossary["terms"].push_back({{"id", "kbps"},
                                   {"term", "KBPS"},
                                   {"definition", "Een systeem."},
                                   {"sources", {fixtures::citation()}}});
    CHECK(load(c).ok());
}

TEST_CASE("a glossary alias counts as an entry") {
    MiniContent c;
    c.case_type["summary"] = "Bij een OTS-zaak";
    c.glossary["terms"].push_back({{"id", "ots"},
                                   {"term", "ondertoezichtstelling"},
                                   {"aliases", {"OTS"}},
                                   {"definition", "maatregel"},
                                   {"sources", {fixtures::citation()}}});
    CHECK(load(c).ok());
}

TEST_CASE("every role says what it does and what it does not decide") {
    MiniContent c;
    c.organisations["roles"][0].erase("tasks");
    c.organisations["roles"][1]["limits"] = nlohmann::json::array();
    auto result = load(c);
    CHECK(has_message(result.diagnostics, "Rol \"ra\" noemt geen taken"));
    CHECK(has_message(result.diagnostics, "Rol \"rb\" noemt geen grenzen"));
}

TEST_CASE("every case type has flows and a worked example") {
    MiniContent c;
    c.case_type.erase("examples");
    c.case_type["steps"][0].erase("flows");
    auto result = load(c);
    CHECK(has_message(result.diagnostics, "heeft geen enkele gegevensstroom"));
    CHECK(has_message(result.diagnostics, "heeft geen uitgewerkt voorbeeld"));
}

TEST_CASE("a worked example walks a path the process allows, with fake identifiers") {
    SUBCASE("a real-looking V-nummer is refused") {
        MiniContent c;
        c.case_type["examples"][0]["persons"][0]["identifier"] = "V-1234567890";
        CHECK(has_message(load(c).diagnostics, "moet zichtbaar nep zijn"));
    }
    SUBCASE("a jump the process does not allow") {
        MiniContent c;
        c.case_type["examples"][0]["path"] = {{{"step", "einde"}, {"narrative", "meteen klaar"}}};
        CHECK(has_message(load(c).diagnostics, "begint niet bij de startstap"));
    }
    SUBCASE("a walk that stops halfway") {
        MiniContent c;
        c.case_type["examples"][0]["path"] = {{{"step", "begin"}, {"narrative", "begin"}}};
        CHECK(has_message(load(c).diagnostics, "maar dat is geen eindstap"));
    }
}

TEST_CASE("cards, decision rights and contact points are loaded and their references checked") {
    MiniContent c;
    c.organisations["decisionRights"] = {{{"id", "dr"},
                                          {"subject", "iets"},
                                          {"organisation", "a"},
                                          {"statement", "A beslist"},
                                          {"notDecidedBy", {"bb"}},
                                          {"sources", {fixtures::citation()}}}};
    c.organisations["contactPoints"] = {{{"id", "cp"},
                                         {"organisation", "b"},
                                         {"role", "rb"},
                                         {"count", "3/4"},
                                         {"locations", {"Den Haag"}},
                                         {"asOf", "mei 2022"},
                                         {"sources", {fixtures::citation()}}}};
    auto files = c.files();
    files.push_back({"cards.json", nlohmann::json{{"kind", "cards"},
                                                  {"cards",
                                                   {{{"id", "m"},
                                                     {"kind", "misvatting"},
                                                     {"title", "Titel"},
                                                     {"text", {"zo zit het"}},
                                                     {"roles", {"ra"}},
                                                     {"sources", {fixtures::citation()}}}}}}
                                       .dump(2)});
    auto result = pw::load_and_validate(files);
    CHECK(result.model.decision_rights.size() == 1);
    CHECK(result.model.contact_points.at(0).count == "3/4");
    REQUIRE(result.model.cards.size() == 1);
    CHECK(has_message(result.diagnostics, "organisatie \"bb\" bestaat niet; bedoelde je \"b\"?"));
    CHECK(has_message(result.diagnostics, "een misvatting-kaart noemt de misvatting"));
}
