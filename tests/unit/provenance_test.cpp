// No claim without a source or a flag: steps, flows, role tasks and limits,
// decision rights and glossary definitions each cite a source or say, as
// illustrative, what was assumed. And the reviewer's views of the citations.
#include "content_files.hpp"
#include "fixtures.hpp"

#include "pw/content_loader.hpp"
#include "pw/export.hpp"
#include "pw/lookup.hpp"
#include "pw/provenance_sites.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

namespace {

using fixtures::json;

std::string messages_of(const fixtures::MiniContent& c) {
    return fixtures::all_messages(pw::load_and_validate(c.files()).diagnostics);
}

const char* kRefusal = "noemt geen bron en is niet als illustratief gemarkeerd";

// Drops the sources of `claim`; refused as it is, accepted once flagged with a note.
void check_source_or_flag(fixtures::MiniContent& c, json& claim, const std::string& who) {
    claim.erase("sources");
    const std::string refused = messages_of(c);
    CHECK_MESSAGE(refused.find(who + " " + kRefusal) != std::string::npos, refused);

    claim["illustrative"] = true;
    const std::string no_note = messages_of(c);
    CHECK_MESSAGE(no_note.find(who + " is gemarkeerd als illustratief maar zegt niet wat is "
                                     "toegevoegd") != std::string::npos,
                  no_note);

    claim["illustrativeNote"] = "Aangenomen: de bron zegt dit niet.";
    CHECK_MESSAGE(messages_of(c).empty(), messages_of(c));
}

} // namespace

TEST_CASE("a step or a flow without a source is refused unless flagged illustrative") {
    fixtures::MiniContent c;
    check_source_or_flag(c, c.case_type["steps"][0], "Stap \"begin\"");
    fixtures::MiniContent d;
    check_source_or_flag(d, d.case_type["steps"][0]["flows"][0],
                         "Stap \"begin\", gegevensstroom \"f1\"");
}

TEST_CASE("a role's task or limit without a source is refused unless flagged illustrative") {
    fixtures::MiniContent c;
    check_source_or_flag(c, c.organisations["roles"][0]["tasks"][0], "Rol \"ra\", taak 1");
    fixtures::MiniContent d;
    check_source_or_flag(d, d.organisations["roles"][1]["limits"][0], "Rol \"rb\", grens 1");
}

TEST_CASE("a decision right or a glossary definition without a source is refused unless flagged") {
    fixtures::MiniContent c;
    c.organisations["decisionRights"] = {{{"id", "dr"},
                                          {"subject", "iets"},
                                          {"organisation", "a"},
                                          {"statement", "A beslist over iets."},
                                          {"notDecidedBy", {"b"}},
                                          {"sources", {fixtures::citation()}}}};
    REQUIRE(messages_of(c).empty());
    check_source_or_flag(c, c.organisations["decisionRights"][0], "Rolverdeling \"dr\"");
    fixtures::MiniContent d;
    check_source_or_flag(d, d.glossary["terms"][0], "Begrip \"sys\"");
}

TEST_CASE("what is always shared says where that comes from") {
    fixtures::MiniContent c;
    c.case_type["alwaysShared"] = {"d1"};
    const std::string refused = messages_of(c);
    CHECK_MESSAGE(refused.find("Zaaktype \"ct\", \"alwaysSharedBasis\" (waarom deze gegevens "
                               "altijd meegaan) " +
                               std::string(kRefusal)) != std::string::npos,
                  refused);
    c.case_type["alwaysSharedBasis"] = {{"illustrative", true},
                                        {"illustrativeNote", "Aangenomen naar het voorbeeld."}};
    CHECK_MESSAGE(messages_of(c).empty(), messages_of(c));
}

TEST_CASE("a role's task written as plain text gets a message that shows the right shape") {
    fixtures::MiniContent c;
    c.organisations["roles"][0]["tasks"] = {"stuurt gegevens"};
    const pw::LoadResult r = pw::load_and_validate(c.files());
    REQUIRE_FALSE(r.ok());
    const pw::Diagnostic& d = r.diagnostics.front();
    CHECK(d.file == "organisations.json");
    CHECK(d.pointer == "/roles/0/tasks/0");
    CHECK(d.line == fixtures::line_of(c.organisations.dump(2), "\"stuurt gegevens\""));
    CHECK(d.message.find("rol \"ra\", taak 1: schrijf dit als object met de tekst en haar bron") !=
          std::string::npos);
}

TEST_CASE("the citations listing names what cites, where in the source, the quote and the flag") {
    fixtures::MiniContent c;
    c.case_type["steps"][0]["flows"][0]["sources"][0]["quote"] = "A stuurt B";
    c.case_type["steps"][0]["flows"][0]["illustrative"] = true;
    c.case_type["steps"][0]["flows"][0]["illustrativeNote"] = "Het kanaal is aangenomen.";
    const pw::LoadResult r = pw::load_and_validate(c.files());
    REQUIRE_MESSAGE(r.ok(), fixtures::all_messages(r.diagnostics));

    const json all = json::parse(pw::export_citations_json(r.model, &r.source_map));
    std::size_t citations = 0;
    for (const auto& site : pw::provenance_sites(r.model))
        citations += site.provenance->citations.size();
    REQUIRE(all.size() == citations);
    const json* flow = nullptr;
    for (const auto& e : all)
        if (e["citedBy"]["kind"] == "flow") flow = &e;
    REQUIRE(flow);
    CHECK((*flow)["citedBy"]["id"] == "f1");
    CHECK((*flow)["citedBy"]["route"] == "#/proces/ct/stap/begin");
    CHECK((*flow)["citedBy"]["claim"] == "mail");
    CHECK((*flow)["source"]["title"] == "Bron een");
    CHECK((*flow)["locator"] == "rij 1");
    CHECK((*flow)["quote"] == "A stuurt B");
    CHECK((*flow)["illustrative"] == true);
    CHECK((*flow)["illustrativeNote"] == "Het kanaal is aangenomen.");
    CHECK((*flow)["at"]["file"] == "case-types/ct.json");
    CHECK((*flow)["at"]["pointer"] == "/steps/0/flows/0/sources/0");
    // Tasks and limits are claims of their own.
    std::size_t statements = 0;
    for (const auto& e : all)
        statements += e["citedBy"]["kind"] == "task" || e["citedBy"]["kind"] == "limit" ? 1 : 0;
    CHECK(statements == 4);
}

TEST_CASE("the export by source gives each document with every claim that cites it") {
    const pw::LoadResult r = pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files);
    REQUIRE(r.ok());
    const std::string md = pw::export_by_source(r.model);
    std::size_t at = 0;
    for (const auto& s : r.model.sources) {
        const std::size_t heading = md.find("\n## " + s.title + "\n", at);
        CHECK_MESSAGE(heading != std::string::npos, s.id);
        if (heading != std::string::npos) at = heading; // in the order of sources.json
    }
    // Every quote appears under its document's heading.
    for (const auto& site : pw::provenance_sites(r.model))
        for (const auto& c : site.provenance->citations) {
            if (c.quote.empty()) continue;
            const std::string title = std::string(pw::source_title(r.model, c.source));
            const std::size_t section = md.find("\n## " + title + "\n");
            const std::size_t next = md.find("\n## ", section + 1);
            const std::size_t quote = md.find("- Citaat: “" + c.quote + "”", section);
            CHECK_MESSAGE(quote < next, site.label << ": " << c.quote);
        }
    CHECK(md.find("- *Illustratief:* ") != std::string::npos);
}
