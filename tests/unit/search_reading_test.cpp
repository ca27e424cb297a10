// How the search reads a question (stop words, names, shape) and what that
// does to the ranking; and content/search.json checked like any content.
#include "content_files.hpp"
#include "fixtures.hpp"

#include "pw/content_loader.hpp"
#include "pw/dutch_stemmer.hpp"
#include "pw/lookup.hpp"
#include "pw/search.hpp"
#include "pw/text_fold.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

namespace {

const pw::Model& model() {
    static const pw::Model m = [] {
        pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
        return pw::load_and_validate(files.files).model;
    }();
    return m;
}

const pw::SearchIndex& index() {
    static const pw::SearchIndex idx = pw::SearchIndex::build(model());
    return idx;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

const pw::SearchDocument& doc(const pw::SearchHit& h) {
    return index().documents()[h.document];
}

std::vector<std::string> top_routes(const std::string& query, std::size_t n) {
    std::vector<std::string> out;
    for (const auto& h : index().search(query, n))
        out.push_back(pw::format_route(doc(h).route));
    return out;
}

} // namespace

TEST_CASE("the Snowball Dutch stemmer joins inflected forms") {
    pw::DutchStemmer s;
    CHECK(s.stem("verlenging") == s.stem("verlengen"));
    CHECK(s.stem("kinderen") == "kinder");
    CHECK(s.stem("contactpersonen") == s.stem("contactpersoon"));
    CHECK(s.stem("") == "");
    // "verlenging" finds "Verlengt de kinderrechter de OTS?" through its stem.
    CHECK(has(top_routes("verlenging", 5), "#/proces/kb-maatregel/stap/maatregel-verlengd"));
}

TEST_CASE("stop words are skipped, and a full question still finds its answer") {
    const auto r = index().read_query("wie informeert de gi na de uitspraak");
    CHECK(has(r.skipped, "wie"));
    CHECK(has(r.skipped, "na"));
    CHECK(r.concepts == std::vector<std::string>{"informeert", "de gi", "uitspraak"});
    const auto hits = index().search("wie informeert de gi na de uitspraak", 3);
    REQUIRE_FALSE(hits.empty());
    // One extra word no document has costs coverage, not every result.
    CHECK_FALSE(index().search("warme overdracht xyzzyplugh", 5).empty());
    // A word typed as an abbreviation is never a stop word: "om" is, "OM" is the OM.
    CHECK(has(index().read_query("vraagt om advies").skipped, "om"));
    CHECK(has(index().read_query("wat doet het OM").concepts, "OM"));
    // Only stop words: they are searched after all.
    CHECK(index().read_query("wie").concepts == std::vector<std::string>{"wie"});
}

TEST_CASE("everyday names and abbreviations map to organisations and roles") {
    CHECK(has(top_routes("de raad", 3), "#/organisatie/rvdk"));
    CHECK(has(top_routes("de gi", 3), "#/organisatie/gi"));
    CHECK(has(top_routes("de regievoerder", 3), "#/rol/dtv-regievoerder"));
    CHECK(has(top_routes("amv", 3), "#/begrip/amv"));
    // "de raad" searches the text for RvdK too.
    const auto hits = index().search("wat doet de raad met de informatie", 10);
    REQUIRE_FALSE(hits.empty());
    CHECK(std::any_of(hits.begin(), hits.end(), [](const pw::SearchHit& h) {
        return pw::fold(doc(h).title + " " + doc(h).body).find("rvdk") != std::string::npos;
    }));
}

TEST_CASE("who sends what to whom: flows with the asked sender and recipient rank first") {
    const auto r = index().read_query("stuurt de dt&v het advies per mail naar de ind");
    CHECK(r.shape == "sends");
    CHECK(has(r.senders, "dtv"));
    CHECK(has(r.recipients, "ind"));
    const auto hits = index().search("stuurt de dt&v het advies per mail naar de ind", 3);
    REQUIRE_FALSE(hits.empty());
    const pw::SearchDocument& best = doc(hits.front());
    REQUIRE(best.kind == pw::SearchKind::flow);
    CHECK(pw::organisation_of_role(model(), best.senders.front())->id == "dtv");
    CHECK(has(hits.front().shape_matches, "afzender"));
    CHECK(has(hits.front().shape_matches, "ontvanger"));

    // "wie informeert X": X is the recipient.
    const auto gi = index().read_query("wie informeert de gi");
    CHECK(gi.senders.empty());
    CHECK(has(gi.recipients, "gi"));
    // "van" after a noun is a genitive, not a sender.
    const auto genitive =
        index().read_query("wie informeert de regievoerder over de uitspraak van de rechtbank");
    CHECK(has(genitive.recipients, "dtv-regievoerder"));
    CHECK_FALSE(has(genitive.senders, "rechtspraak"));
}

TEST_CASE("who decides: decision rights of the asked organisation rank high") {
    const auto r = index().read_query("beslist de raad over verblijf?");
    CHECK(r.shape == "decides");
    CHECK(has(r.deciders, "rvdk"));
    const auto hits = index().search("beslist de raad over verblijf?", 3);
    CHECK(std::any_of(hits.begin(), hits.end(), [](const pw::SearchHit& h) {
        return doc(h).kind == pw::SearchKind::decision_right;
    }));
}

TEST_CASE("every kind of entity is searched, notes and locations included") {
    std::set<pw::SearchKind> kinds;
    for (const auto& d : index().documents())
        kinds.insert(d.kind);
    CHECK(kinds.size() == 15); // every SearchKind
    const auto zwolle = index().search("zwolle", 3);
    REQUIRE_FALSE(zwolle.empty());
    CHECK(doc(zwolle.front()).kind == pw::SearchKind::contact_point);
    CHECK(pw::format_route(doc(zwolle.front()).route) == "#/organisatie/ind");
    CHECK(has(top_routes("oefening voogdij", 3), "#/oefenen/voogdij-ind-contactpersoon"));
    CHECK(has(top_routes("beveiligde mail", 5), "#/kanaal/beveiligde-mail"));
}

TEST_CASE("one hit per place, each with the reasons it ranks") {
    const auto hits = index().search("uitspraak ots", 30);
    std::set<std::string> routes;
    const auto rows = index().describe(hits, 0, hits.size());
    REQUIRE(rows.size() == hits.size());
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& h = hits[i];
        CHECK(routes.insert(pw::format_route(doc(h).route)).second);
        CHECK(h.score >= h.shape_bonus + h.name_bonus + h.title_bonus);
        CHECK(h.coverage > 0.0);
        CHECK(h.coverage <= 1.0);
        CHECK(rows[i].fields != 0u);
    }
    for (std::size_t i = 1; i < hits.size(); ++i)
        CHECK(hits[i - 1].score >= hits[i].score);
}

TEST_CASE("compounds written apart or unknown compounds still match") {
    CHECK(has(top_routes("kinderbeschermings maatregel", 5), "#/proces/kb-maatregel"));
    CHECK_FALSE(index().search("parkeervergunning").empty()); // "vergunning"
}

TEST_CASE("nothing found: the closest words are offered") {
    CHECK_FALSE(index().search("raadsonderzoekr").empty()); // one typo is tolerated
    CHECK(index().search("raadsonderzeoker").empty());      // two are not...
    const auto words = index().closest_words("raadsonderzeoker"); // ...but offered
    REQUIRE_FALSE(words.empty());
    CHECK(words.front() == "raadsonderzoeker");
    CHECK(index().closest_words("xq").empty());
}

TEST_CASE("an answer card only when the first hit clearly wins") {
    CHECK_FALSE(pw::SearchIndex::clear_winner({}));
    pw::SearchHit a, b;
    a.score = 10;
    a.coverage = 1.0;
    b.score = 9;
    CHECK_FALSE(pw::SearchIndex::clear_winner({a, b}));
    b.score = 5;
    CHECK(pw::SearchIndex::clear_winner({a, b}));
    a.coverage = 0.3; // wins, but answers too little of the question
    CHECK_FALSE(pw::SearchIndex::clear_winner({a, b}));
}

TEST_CASE("content/search.json is checked: names point at real ids, stop words hide no name") {
    fixtures::MiniContent c;
    std::vector<pw::ContentSource> files = c.files();
    const nlohmann::json search = {
        {"kind", "search"},
        {"names",
         {{{"words", {"de a"}}, {"organisations", {"a"}}},
          {{"words", {"rol b"}}, {"roles", {"rbb"}}},
          {{"words", {"de a", "niemand"}}}}},
        {"synonyms", {{{"words", {"alleen"}}}}},
        {"stopWords", {"de", "niemand", "Hoofd"}},
        {"questionVerbs", {{"sends", {"stuurt"}}, {"shouts", {"roept"}}}}};
    files.push_back({"search.json", search.dump(2)});
    const auto result = pw::load_and_validate(files);
    const std::string all = fixtures::all_messages(result.diagnostics);
    CHECK(all.find("rol \"rbb\" bestaat niet; bedoelde je \"rb\"?") != std::string::npos);
    CHECK(all.find("wijst naar geen organisatie of rol") != std::string::npos);
    CHECK(all.find("\"de a\" staat ook bij zoeknaam 1") != std::string::npos);
    CHECK(all.find("noem minstens twee woorden") != std::string::npos);
    CHECK(all.find("Stopwoord \"niemand\" is ook een zoeknaam") != std::string::npos);
    CHECK(all.find("Stopwoord \"Hoofd\": schrijf één woord in kleine letters") !=
          std::string::npos);
    CHECK(all.find("shouts") != std::string::npos); // an unknown key, with the line
    CHECK(result.model.search_lexicon.sends == std::vector<std::string>{"stuurt"});
}
