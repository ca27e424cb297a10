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

std::vector<pw::ContentSource> content_with(const std::function<void(json&)>& change) {
    std::vector<pw::ContentSource> files = pw::read_content_dir(PW_CONTENT_DIR).files;
    for (auto& f : files)
        if (f.path == kScenarioFile) {
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

// The messages about the scenario file (and nothing else breaks).
std::vector<std::string> problems(const std::function<void(json&)>& change) {
    const pw::LoadResult r = pw::load_and_validate(content_with(change));
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics)
        if (d.severity == pw::Severity::error) {
            CHECK(d.file == kScenarioFile);
            out.push_back(d.message);
        }
    return out;
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
            if (o["id"] == "wachten") o["next"] = "verblijfsinfo";
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
