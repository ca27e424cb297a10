// The validator on training scenarios, and how the app survives a broken one:
// each test breaks one thing in a real scenario file and checks what is said.
#include "content_files.hpp"

#include "pw/content_loader.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>

namespace {

using nlohmann::json;

const std::string kScenarioFile = "scenarios/kb-ind-contactpersoon.json";

std::vector<pw::ContentSource> content_with(const std::function<void(json&)>& change,
                                            const std::string& file = kScenarioFile) {
    std::vector<pw::ContentSource> files = pw::read_content_dir(PW_CONTENT_DIR).files;
    for (auto& f : files)
        if (f.path == file) {
            json doc = json::parse(f.text);
            change(doc);
            f.text = doc.dump(2);
        }
    return files;
}

json& decision(json& doc, const std::string& id) {
    for (json& d : doc["decisions"])
        if (d["id"] == id) return d;
    FAIL("no decision " << id);
    return doc;
}

json& option(json& question, const std::string& id) {
    for (json& o : question.contains("options") ? question["options"] : question["items"])
        if (o["id"] == id) return o;
    FAIL("no option " << id);
    return question;
}

// The messages about the changed file (and nothing else breaks).
std::vector<std::string> problems(const std::function<void(json&)>& change,
                                  const std::string& file = kScenarioFile) {
    const pw::LoadResult r = pw::load_and_validate(content_with(change, file));
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics)
        if (d.severity == pw::Severity::error) {
            CHECK(d.file == file);
            out.push_back(d.message);
        }
    return out;
}

// An order question on the first decision: three steps of the KB case type.
void add_order(json& doc, const std::vector<std::string>& correct) {
    decision(doc, "aankondiging")["order"] = {
        {"prompt", "Zet op volgorde"},
        {"items",
         {{{"id", "a"}, {"text", "IND informeert"}, {"step", "verblijfsinformatie"}},
          {{"id", "b"}, {"text", "Melding"}, {"step", "melding"}},
          {{"id", "c"}, {"text", "Aankondiging"}, {"step", "onderzoek-aangekondigd"}}}},
        {"correctOrder", correct},
        {"sources", {{{"source", "avg-tabel"}, {"locator", "Proces"}, {"quote", "MELDING"}}}}};
}

bool mentions(const std::vector<std::string>& messages, std::string_view part) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.find(part) != std::string::npos; });
}

} // namespace

TEST_CASE("the real scenarios are valid") {
    CHECK(problems([](json&) {}).empty());
}

TEST_CASE("a dead end is reported") {
    const auto p = problems([](json& doc) { decision(doc, "vraag-ots").erase("next"); });
    CHECK(mentions(p, "heeft geen vervolg"));
}

TEST_CASE("a decision nobody reaches is reported") {
    const auto p = problems([](json& doc) {
        for (json& o : decision(doc, "aankondiging")["action"]["options"])
            o.erase("next");
    });
    CHECK(mentions(p, "\"herinnering\" is niet bereikbaar"));
}

TEST_CASE("a decision must practise a step of the scenario's case type") {
    const auto p = problems([](json& doc) { decision(doc, "vraag-ots")["step"] = "dublinclaim"; });
    CHECK(mentions(p, "processtap"));
}

TEST_CASE("the data the protocol allows must be exactly choosable, with tempting extras") {
    SUBCASE("allowed data missing from the choices") {
        const auto p = problems([](json& doc) {
            json& data = decision(doc, "verblijfsinfo")["data"];
            data.erase(std::find(data.begin(), data.end(), "v-nummer"));
        });
        CHECK(
            mentions(p, "gegeven \"v-nummer\" van de gegevensstroom staat niet tussen de keuzes"));
    }
    SUBCASE("nothing tempting to leave out") {
        const auto p = problems([](json& doc) {
            decision(doc, "verblijfsinfo")["data"] = {"naw", "geboortedatum", "v-nummer",
                                                      "relaas-verblijf"};
        });
        CHECK(mentions(p, "níet gedeeld mogen worden"));
    }
    SUBCASE("the protocol's channel is not offered") {
        const auto p = problems([](json& doc) {
            decision(doc, "verblijfsinfo")["channels"] = {"onversleutelde-mail", "mail-of-post"};
        });
        CHECK(mentions(p, "kanaal \"beveiligde-mail\" van de gegevensstroom"));
    }
}

TEST_CASE("every right answer rests on a quoted source or is flagged illustrative") {
    SUBCASE("an option: a citation without a quote is not enough") {
        const auto p = problems([](json& doc) {
            json& o = option(decision(doc, "aankondiging")["action"], "informeren");
            o["sources"] = {{{"source", "avg-tabel"}, {"locator", "rij 'Raadsonderzoek'"}}};
        });
        CHECK(mentions(p, "keuze \"informeren\": het goede antwoord rust op geen bron met citaat"));
    }
    SUBCASE("flagged illustrative with a note is enough") {
        const auto p = problems([](json& doc) {
            json& o = option(decision(doc, "aankondiging")["action"], "informeren");
            o["sources"] = {{{"source", "avg-tabel"}, {"locator", "rij 'Raadsonderzoek'"}}};
            o["illustrative"] = true;
            o["illustrativeNote"] = "aangenomen";
        });
        CHECK(p.empty());
    }
    SUBCASE("a flow answer whose flow quotes nothing needs the decision to quote its source") {
        // Valid content quotes every flow, so the flow loses its quotes here too
        // (which the case type's own rule reports as well).
        std::vector<pw::ContentSource> files = content_with(
            [](json& doc) { decision(doc, "verblijfsinfo").erase("sources"); });
        for (auto& f : files)
            if (f.path == "case-types/kb-maatregel.json") {
                json doc = json::parse(f.text);
                for (json& step : doc["steps"])
                    for (json& flow : step["flows"])
                        if (flow["id"] == "ind-informeert-rvdk")
                            for (json& citation : flow["sources"]) citation.erase("quote");
                f.text = doc.dump(2);
            }
        std::vector<std::string> p;
        for (const auto& d : pw::load_and_validate(files).diagnostics) p.push_back(d.message);
        CHECK(
            mentions(p, "gegevensstroom \"ind-informeert-rvdk\", die geen bron met citaat noemt"));
    }
}

TEST_CASE("who decides follows the decision rights") {
    SUBCASE("the right answer names another decider than the decision right") {
        const auto p = problems([](json& doc) {
            option(decision(doc, "vraag-ots")["decides"], "voorwaarden")["decider"] = "rvdk";
        });
        CHECK(mentions(p, "beslist \"ind\", niet \"rvdk\""));
    }
    SUBCASE("points for a decider the right excludes") {
        const auto p = problems([](json& doc) {
            option(decision(doc, "vraag-ots")["decides"], "rapport")["credit"] = 0.5;
            option(decision(doc, "vraag-ots")["decides"], "rapport")["rule"] =
                "beslisser-voorwaarde-ontbreekt";
        });
        CHECK(mentions(p, "beslist hier volgens de rolverdeling niet over"));
    }
    SUBCASE("half a point without the rule that explains it") {
        const auto p = problems([](json& doc) {
            option(decision(doc, "vraag-ots")["decides"], "automatisch").erase("rule");
        });
        CHECK(mentions(p, "een half punt vraagt om een \"rule\""));
    }
}

TEST_CASE("an order must be shuffled and agree with the case type") {
    CHECK(problems([](json& doc) { add_order(doc, {"b", "c", "a"}); }).empty());
    CHECK(mentions(problems([](json& doc) {
                       add_order(doc, {"c", "b", "a"});
                   }),
                   "volgens het zaaktype komt \"b\" niet na \"c\""));
    CHECK(mentions(problems([](json& doc) {
                       add_order(doc, {"a", "b", "c"});
                   }),
                   "staan al in de goede volgorde"));
    CHECK(mentions(problems([](json& doc) {
                       add_order(doc, {"a", "b"});
                   }),
                   "noemt elk onderdeel van \"items\" precies één keer"));
}

TEST_CASE("a route question offers the matter's route and more") {
    auto with_route = [](const std::vector<std::string>& venues) {
        return [venues](json& doc) {
            decision(doc, "vraag-ots")["escalation"] = {
                {"prompt", "Waarheen?"}, {"matter", "vraag-in-zaak"}, {"venues", venues}};
        };
    };
    CHECK(
        problems(with_route({"eigen-contactpersoon", "contactpersoon-andere-organisatie", "skiv"}))
            .empty());
    CHECK(mentions(problems(with_route({"eigen-contactpersoon", "skiv"})),
                   "\"contactpersoon-andere-organisatie\" hoort bij de route"));
    CHECK(mentions(
        problems(with_route({"eigen-contactpersoon", "contactpersoon-andere-organisatie"})),
        "bied ook plekken aan"));
}

TEST_CASE("a channel question offers a secure but wrong channel") {
    const auto p = problems([](json& doc) {
        decision(doc, "verblijfsinfo")["channels"] = {"beveiligde-mail", "onversleutelde-mail"};
    });
    CHECK(mentions(p, "bied ook een veilig maar verkeerd kanaal aan"));
}

TEST_CASE("paths go forward, and a bad ending is within reach") {
    CHECK(mentions(problems([](json& doc) { decision(doc, "vraag-ots")["next"] = "aankondiging"; }),
                   "heeft een kring"));
    CHECK(mentions(problems([](json& doc) {
                       for (json& e : doc["endings"]) {
                           e["good"] = true;
                           e.erase("minScore");
                           e.erase("without");
                           e.erase("otherwise");
                       }
                   }),
                   "geen bereikbare slechte afloop"));
    CHECK(mentions(problems([](json& doc) { doc["endings"][0].erase("otherwise"); }),
                   "noemt geen \"otherwise\""));
    CHECK(mentions(problems([](json& doc) {
                       decision(doc, "verblijfsinfo")["onMistake"] = {{"datalekk", "lek"}};
                   }),
                   "soort fout \"datalekk\" bestaat niet"));
}

TEST_CASE("a good ending must be earned: half the points at least, no breach, no role error") {
    const auto good = [](json& doc) -> json& { return doc["endings"][0]; };
    CHECK(mentions(problems([&](json& doc) {
                       good(doc).erase("minScore");
                       good(doc).erase("without");
                       good(doc).erase("otherwise");
                   }),
                   "is een goede afloop en moet verdiend worden"));
    CHECK(mentions(problems([&](json& doc) { good(doc)["minScore"] = 0.3; }),
                   "\"minScore\" op ten minste 0.5"));
    CHECK(mentions(problems([&](json& doc) { good(doc)["without"] = {"datalek"}; }),
                   "noem \"rolfout\" in \"without\""));
}

TEST_CASE("feedback.json holds every rule the simulator uses, with only placeholders it fills") {
    const auto missing = problems(
        [](json& doc) {
            auto& rules = doc["rules"];
            rules.erase(std::remove_if(rules.begin(), rules.end(),
                                       [](const json& r) { return r["id"] == "kanaal-onveilig"; }),
                        rules.end());
        },
        "feedback.json");
    CHECK(mentions(missing, "feedbackregel \"kanaal-onveilig\" ontbreekt"));
    const auto unknown = problems(
        [](json& doc) {
            for (json& r : doc["rules"])
                if (r["id"] == "ontvangers-goed") r["text"] = "Goed: {ontvanger}.";
        },
        "feedback.json");
    CHECK(mentions(unknown, "{ontvanger} wordt hier niet ingevuld"));
}

TEST_CASE("people in exercises carry visibly fake identifiers") {
    const auto p = problems([](json& doc) { doc["persons"][0]["identifier"] = "V-2734561"; });
    CHECK(mentions(p, "zichtbaar nep"));
}

TEST_CASE("a broken scenario is set aside; the guide and the other exercises still load") {
    pw::LoadResult r = pw::load_and_validate(content_with([](json& doc) {
        doc["caseType"] = "bestaat-niet";
        decision(doc, "verblijfsinfo")["flow"] = 42;
    }));
    const std::size_t scenarios_before = r.model.scenarios.size();
    REQUIRE_FALSE(r.ok());
    const auto broken = pw::set_aside_broken_scenarios(r);
    CHECK(r.ok());
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].file == kScenarioFile);
    CHECK(broken[0].diagnostics.size() >= 2);
    CHECK(r.model.scenarios.size() == scenarios_before - 1);
    CHECK_FALSE(r.model.case_types.empty());
    for (const auto& sc : r.model.scenarios)
        CHECK(sc.id != "kb-ind-contactpersoon");
}

TEST_CASE("a scenario file that is not even JSON is set aside too") {
    std::vector<pw::ContentSource> files = pw::read_content_dir(PW_CONTENT_DIR).files;
    for (auto& f : files)
        if (f.path == kScenarioFile) f.text = "{\"kind\": \"scenario\", ";
    pw::LoadResult r = pw::load_and_validate(files);
    const auto broken = pw::set_aside_broken_scenarios(r);
    CHECK(r.ok());
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].diagnostics.front().line > 0);
}

TEST_CASE("errors outside scenario files are never set aside") {
    std::vector<pw::ContentSource> files = pw::read_content_dir(PW_CONTENT_DIR).files;
    for (auto& f : files)
        if (f.path == "glossary.json") f.text = "[]";
    pw::LoadResult r = pw::load_and_validate(files);
    const auto broken = pw::set_aside_broken_scenarios(r);
    CHECK_FALSE(r.ok());
}
