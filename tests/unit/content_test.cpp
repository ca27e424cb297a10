// The real content in content/ must load and validate cleanly, and must hold
// what the AVG table (source 003) says, row by row.
#include "content_files.hpp"
#include "fixtures.hpp"

#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"
#include "pw/role_facts.hpp"

#include <doctest/doctest.h>

#include <set>

namespace {

const pw::LoadResult& real_content() {
    static const pw::LoadResult result = [] {
        pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
        pw::LoadResult r = pw::load_and_validate(files.files);
        r.diagnostics.insert(r.diagnostics.begin(), files.diagnostics.begin(),
                             files.diagnostics.end());
        return r;
    }();
    return result;
}

} // namespace

TEST_CASE("all content validates without a single diagnostic") {
    const auto& result = real_content();
    INFO(fixtures::all_messages(result.diagnostics));
    CHECK(result.diagnostics.empty());
    CHECK(result.model.case_types.size() >= 1);
}

TEST_CASE("the KB-maatregel process has every row of the AVG table, each with flows cited to it") {
    const auto& m = real_content().model;
    const pw::CaseType* kb = pw::find_case_type(m, "kb-maatregel");
    REQUIRE(kb);
    // One step per row of "PROCES KB maatregelen, categorie 3".
    for (const char* id :
         {"melding", "onderzoek-aangekondigd", "verblijfsinformatie", "overdrachtsdossier",
          "resultaten-onderzoek", "uitspraak-ots-delen", "uitspraak-gezag-delen",
          "verzoek-aanwezig-advies", "verzoek-om-advies", "dtv-toetst",
          "verzoek-toetsing-verlenging", "dtv-toetst-verlenging", "warme-overdracht"}) {
        CAPTURE(id);
        const pw::Step* s = pw::find_step(*kb, id);
        REQUIRE(s);
        REQUIRE_FALSE(s->flows.empty());
        for (const pw::Flow& f : s->flows) {
            CAPTURE(f.id);
            bool cites_table = false;
            for (const auto& c : f.provenance.citations)
                cites_table = cites_table || c.source == "avg-tabel";
            CHECK(cites_table);
            CHECK_FALSE(f.purposes.empty());
            CHECK_FALSE(pw::shared_data(*kb, f).empty());
        }
    }
    // The spoed route: COA, AVIM and IND can report directly.
    std::set<std::string> senders;
    for (const pw::Flow& f : pw::find_step(*kb, "melding")->flows)
        senders.insert(f.from);
    CHECK(senders == std::set<std::string>{"vt-medewerker", "coa-medewerker", "avim-medewerker",
                                           "ind-medewerker"});
    // NAW and geboortedatum go with every step.
    CHECK(kb->always_shared == std::vector<std::string>{"naw", "geboortedatum"});
}

TEST_CASE("every flow of the real protocol uses a channel fit for personal data") {
    const auto& m = real_content().model;
    for (const auto& ct : m.case_types)
        for (const auto& s : ct.steps)
            for (const auto& f : s.flows) {
                CAPTURE(f.id);
                const pw::Channel* ch = pw::find_by_id(m.channels, f.channel);
                REQUIRE(ch);
                CHECK(ch->secure);
            }
}

TEST_CASE("the legal basis and the AVG principles are present") {
    const auto& m = real_content().model;
    for (const char* id :
         {"avg-6-1-c", "avg-6-1-e", "bw-1", "vw-107", "vb-3-109c", "vw-8-e", "vb-kb-maatregel"})
        CHECK_MESSAGE(pw::find_by_id(m.legal_bases, id), id);
    for (const char* id : {"afweging", "veilig-delen", "basisgegevens"})
        CHECK_MESSAGE(pw::find_by_id(m.principles, id), id);
}

TEST_CASE("every area of the protocol is a case type with steps, flows and a worked example") {
    const auto& m = real_content().model;
    for (const char* id : {"kb-maatregel", "gezag-omgang", "chavez", "dublin", "jeugdstraf",
                           "voogdij", "terugkeer"}) {
        CAPTURE(id);
        const pw::CaseType* ct = pw::find_case_type(m, id);
        REQUIRE(ct);
        std::size_t flows = 0, decisions = 0;
        for (const auto& s : ct->steps) {
            flows += s.flows.size();
            decisions += s.kind == pw::StepKind::decision ? 1 : 0;
        }
        CHECK(flows >= 2);
        CHECK(decisions >= 1);
        REQUIRE_FALSE(ct->examples.empty());
        for (const auto& e : ct->examples)
            for (const auto& p : e.persons)
                if (!p.identifier.empty()) CHECK(p.identifier.find("FICTIEF") != std::string::npos);
    }
    // The variants the AVG table implies are all reachable decisions in the KB process.
    const pw::CaseType* kb = pw::find_case_type(m, "kb-maatregel");
    for (const char* id :
         {"bekend-in-keten", "niet-bekend-gemeld", "uitspraak-ots-delen", "uitspraak-gezag-delen",
          "verzoek-toetsing-verlenging", "warme-overdracht"})
        CHECK_MESSAGE(pw::find_step(*kb, id), id);
}

TEST_CASE("every role the protocol names exists, and each appears where the processes say") {
    const auto& m = real_content().model;
    for (const char* id : {"ind-zaakeigenaar",
                           "ind-contactpersoon",
                           "ind-kennisgroep-8-evrm",
                           "dtv-regievoerder",
                           "dtv-bijzonder-vertrek",
                           "dtv-adviseur",
                           "rvdk-advies-team",
                           "rvdk-raadsonderzoeker",
                           "rvdk-gedragsdeskundige",
                           "rvdk-juridisch-deskundige",
                           "rvdk-mdo",
                           "rvdk-contactpersoon",
                           "vt-medewerker",
                           "coa-medewerker",
                           "avim-medewerker",
                           "gi-jeugdbeschermer",
                           "nidos-jeugdbeschermer",
                           "kinderrechter",
                           "vreemdelingenrechter",
                           "iom-medewerker",
                           "dvo-medewerker",
                           "kmar-medewerker",
                           "dji-medewerker",
                           "bma-arts"})
        CHECK_MESSAGE(pw::find_role(m, id), id);
    // Derived, not typed: the regievoerder acts in the warme overdracht and receives the
    // overdrachtsdossier.
    bool acts = false, receives = false;
    for (const auto& a : pw::role_appearances(m, "dtv-regievoerder")) {
        acts = acts || (a.step == "warme-overdracht" && a.acts);
        receives = receives || (a.step == "overdrachtsdossier" && a.receives);
    }
    CHECK(acts);
    CHECK(receives);
    bool mails_rvdk = false;
    for (const auto& c : pw::role_contacts(m, "ind-contactpersoon"))
        mails_rvdk = mails_rvdk || (c.other_role == "rvdk-contactpersoon" &&
                                    c.channel == "beveiligde-mail" && c.outgoing);
    CHECK(mails_rvdk);
}

TEST_CASE("who decides what is data, and the three organisations each decide and do not decide") {
    const auto& m = real_content().model;
    for (const char* role : {"rvdk-raadsonderzoeker", "ind-zaakeigenaar", "dtv-regievoerder"}) {
        CAPTURE(role);
        const auto rights = pw::decision_rights_for(m, role);
        CHECK_FALSE(rights.decides.empty());
        CHECK_FALSE(rights.does_not_decide.empty());
    }
    const auto rvdk = pw::decision_rights_for(m, "rvdk-contactpersoon");
    bool not_residence = false;
    for (const auto* d : rvdk.does_not_decide)
        not_residence = not_residence || d->id == "verblijfsrecht";
    CHECK(not_residence);
}

TEST_CASE("the misconceptions of footnote 22 and the contact-person figures are in the content") {
    const auto& m = real_content().model;
    int footnote_22 = 0;
    for (const auto& c : m.cards)
        if (c.kind == "misvatting")
            for (const auto& cit : c.provenance.citations)
                footnote_22 += cit.locator.find("voetnoot 22") != std::string::npos ? 1 : 0;
    CHECK(footnote_22 == 2);
    for (const char* org : {"ind", "dtv", "rvdk"}) {
        bool found = false;
        for (const auto& p : m.contact_points)
            if (p.organisation == org) {
                found = true;
                CHECK_FALSE(p.as_of.empty());
                CHECK_FALSE(p.count.empty());
            }
        CHECK_MESSAGE(found, org);
    }
}
