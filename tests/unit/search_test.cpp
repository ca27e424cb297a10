#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/search.hpp"
#include "pw/text_fold.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

namespace {

const pw::SearchIndex& index() {
    static const pw::SearchIndex idx = [] {
        pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
        return pw::SearchIndex::build(pw::load_and_validate(files.files).model);
    }();
    return idx;
}

// Position of the first hit of `kind` with `id`, or -1.
int rank_of(const pw::SearchResults& hits, pw::SearchKind kind, const std::string& id) {
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& d = index().documents()[hits[i].document];
        if (d.kind == kind && d.id == id) return static_cast<int>(i);
    }
    return -1;
}

std::string highlighted(const std::string& text, const std::vector<pw::TextSpan>& spans) {
    std::string out;
    for (const auto& s : spans)
        out += "[" + std::string(s.text(text)) + "]";
    return out;
}

} // namespace

TEST_CASE("folding removes case and diacritics, keeps other characters") {
    CHECK(pw::fold("Beëindiging VAN het Gezag") == "beeindiging van het gezag");
    CHECK(pw::fold("Ĳsland, Ærø, Škoda, naïef, café") == "island, aro, skoda, naief, cafe");
    CHECK(pw::fold("→ €") == "→ €");
}

TEST_CASE("a query without diacritics finds text with them") {
    auto hits = index().search("gezagsbeeindiging");
    REQUIRE_FALSE(hits.empty());
    CHECK(rank_of(hits, pw::SearchKind::step, "uitspraak-gezag-delen") >= 0);
    const auto& doc = index().documents()[hits[0].document];
    const pw::HitDetails row = index().describe(hits, 0);
    const std::string all =
        highlighted(doc.title, row.title_matches) + highlighted(row.snippet, row.snippet_matches);
    CHECK(all.find("beëindig") != std::string::npos);
}

TEST_CASE("an abbreviation finds its expansion and the other way round") {
    auto by_abbreviation = index().search("OTS");
    auto by_word = index().search("ondertoezichtstelling");
    CHECK(rank_of(by_abbreviation, pw::SearchKind::glossary, "ots") >= 0);
    // The card says "ondertoezichtstelling" in words only where the glossary says "OTS"; both
    // queries find both.
    CHECK(rank_of(by_word, pw::SearchKind::step, "uitspraak-ots-delen") >= 0);
    CHECK(rank_of(by_abbreviation, pw::SearchKind::step, "uitspraak-kinderrechter") >= 0);
    auto amv = index().search("alleenstaande minderjarige vreemdeling");
    CHECK(rank_of(amv, pw::SearchKind::case_type, "voogdij") >= 0);
}

TEST_CASE("prefixes and one typo are tolerated, nonsense is not") {
    CHECK(rank_of(index().search("regievoer"), pw::SearchKind::role, "dtv-regievoerder") >= 0);
    CHECK(rank_of(index().search("regievoerdr"), pw::SearchKind::role, "dtv-regievoerder") >= 0);
    CHECK(rank_of(index().search("raadsonderzeoker"), pw::SearchKind::role,
                  "rvdk-raadsonderzoeker") == -1); // two edits
    CHECK(index().search("xyzzyplugh").empty());
    CHECK(index().search("").empty());
    CHECK(index().search("  ,, ").empty());
}

TEST_CASE("a typo is never read as a stop word") {
    // "indient" (the verb, as in "een aanvraag indient") is one letter from
    // "indien" ("if"), which the content uses 65 times: every hit would
    // highlight it. A stop word names nothing, so no typo lands on it.
    auto marked = [](const std::string& query) {
        const auto hits = index().search(query);
        std::string all;
        for (std::size_t i = 0; i < hits.size(); ++i) {
            const auto& doc = index().documents()[hits[i].document];
            const pw::HitDetails row = index().describe(hits, i);
            all += pw::fold(highlighted(doc.title, row.title_matches) +
                            highlighted(row.snippet, row.snippet_matches));
        }
        return all;
    };
    CHECK(marked("indient").find("[indien]") == std::string::npos);
    CHECK(marked("aanvraag indient").find("[indien]") == std::string::npos);
    CHECK(marked("vooor").find("[voor]") == std::string::npos);
    // A typo of a word that means something still finds it.
    CHECK(marked("aanvraeg").find("[aanvraag]") != std::string::npos);
}

TEST_CASE(
    "a verb in another form, or split with its particle at the end, finds the content's form") {
    // The content says "is ingediend"; people ask "indient", or "dient ... in".
    auto routes = [](const std::string& query) {
        std::vector<std::string> out;
        for (const auto& hit : index().search(query, 3))
            out.push_back(pw::format_route(index().documents()[hit.document].route));
        return out;
    };
    const std::string step = "#/proces/kb-maatregel/stap/aanvraag-vv-ingediend";
    for (const std::string query : {"wat gebeurt er als een kind met een ots een aanvraag indient",
                                    "kind met ots dient aanvraag in"}) {
        const auto top = routes(query);
        CHECK_MESSAGE(std::find(top.begin(), top.end(), step) != top.end(), query);
    }
    // "indien" ("if") is not a form of "indienen": the test above.
}

TEST_CASE("what is known by the name typed ranks above what is known by another of its names") {
    // "zaakeigenaar" and "beslismedewerker" are one name in search.json; the
    // glossary's "beslismedewerker" used to come first for "zaakeigenaar".
    auto first = [](const std::string& query) {
        const auto hits = index().search(query, 1);
        REQUIRE_FALSE(hits.empty());
        return pw::format_route(index().documents()[hits[0].document].route);
    };
    CHECK(first("zaakeigenaar") != "#/begrip/beslismedewerker");
    CHECK(first("contactpersoon belang van het kind") != "#/begrip/cp");
}

TEST_CASE("documents covering more of the query rank higher; the thing itself ranks first") {
    auto hits = index().search("warme overdracht");
    REQUIRE_FALSE(hits.empty());
    const auto& best = index().documents()[hits[0].document];
    CHECK(best.title.find("arme overdracht") != std::string::npos);
    CHECK(hits[0].coverage == doctest::Approx(1.0));
    // Any word may match; the hit covering both words comes first.
    const auto both = index().search("uitspraak verlenging");
    REQUIRE(both.size() > 2);
    CHECK(both[0].coverage == doctest::Approx(1.0));
    CHECK(std::any_of(both.begin(), both.end(),
                      [](const pw::SearchHit& h) { return h.coverage < 1.0; }));
    auto regievoerder = index().search("regievoerder", 2);
    REQUIRE(regievoerder.size() == 2);
    std::set<std::string> ids;
    for (const auto& h : regievoerder)
        ids.insert(index().documents()[h.document].id);
    CHECK(ids == std::set<std::string>{"regievoerder", "dtv-regievoerder"});
}

TEST_CASE("hits carry the route of their place in the guide") {
    auto hits = index().search("melding van zorgen");
    const int r = rank_of(hits, pw::SearchKind::step, "melding");
    REQUIRE(r >= 0);
    CHECK(pw::format_route(index().documents()[hits[static_cast<std::size_t>(r)].document].route) ==
          "#/proces/kb-maatregel/stap/melding");
}
