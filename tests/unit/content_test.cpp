// The real content in content/ must load and validate cleanly, and must hold
// what the AVG table (source 003) says, row by row.
#include "content_files.hpp"
#include "fixtures.hpp"

#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"

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
