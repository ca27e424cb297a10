// `diff` on real edits: a copy of content/ with a flow's recipient changed, a
// step removed and an exercise added; the diff names exactly those.
#include "content_copy.hpp"

#include "pw/content_diff.hpp"
#include "pw/content_loader.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using pw_test::ContentCopy;
using pw_test::Edition;
using pw_test::load_edition;
using pw_test::read_json;
using pw_test::write_json;

pw::ContentDiff diff(const fs::path& old_dir, const fs::path& new_dir) {
    Edition before = load_edition(old_dir), after = load_edition(new_dir);
    pw::ContentDiff d = pw::diff_content(before.model, after.model);
    d.old_version = before.version;
    d.new_version = after.version;
    return d;
}

} // namespace

TEST_CASE("the content carries a version and a date") {
    const pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    CHECK_FALSE(files.version.version.empty());
    CHECK(files.version.date.size() == 10);
}

TEST_CASE("the same content has no differences") {
    ContentCopy copy;
    const pw::ContentDiff d = diff(PW_CONTENT_DIR, copy.dir);
    CHECK(d.changes.empty());
    CHECK(pw::format_diff_text(d).find("geen verschillen") != std::string::npos);
}

TEST_CASE("diff names exactly a changed recipient, a removed step and an added exercise") {
    ContentCopy copy;
    const fs::path kb = copy.dir / "case-types/kb-maatregel.json";
    json kb_json = read_json(kb);
    json& flow = kb_json["steps"][0]["flows"][0];
    REQUIRE(flow["id"] == "melding-vt");
    REQUIRE(flow["to"] == json::array({"rvdk-advies-team"}));
    flow["to"] = json::array({"ind-contactpersoon"});
    write_json(kb, kb_json);

    const fs::path dublin = copy.dir / "case-types/dublin.json";
    json dublin_json = read_json(dublin);
    json& steps = dublin_json["steps"];
    REQUIRE(steps[4]["id"] == "verzoek-rvdk-dublin");
    REQUIRE(steps[4]["flows"].size() == 2); // its flows go with it, unlisted
    steps.erase(4);
    write_json(dublin, dublin_json);

    json exercise = read_json(copy.dir / "scenarios/kb-ind-contactpersoon.json");
    exercise["id"] = "kb-ind-contactpersoon-kopie";
    exercise["title"] = "Kopie voor de diff-test";
    write_json(copy.dir / "scenarios/kb-ind-contactpersoon-kopie.json", exercise);
    json manifest = read_json(copy.dir / "manifest.json");
    manifest["files"].push_back("scenarios/kb-ind-contactpersoon-kopie.json");
    manifest["version"] = "99.1";
    manifest["date"] = "2099-01-02";
    write_json(copy.dir / "manifest.json", manifest);

    const pw::ContentDiff d = diff(PW_CONTENT_DIR, copy.dir);
    CHECK(d.new_version.version == "99.1");
    CHECK(d.new_version.date == "2099-01-02");
    REQUIRE(d.changes.size() == 3);

    CHECK(d.changes[0].kind == pw::ContentChange::Kind::removed);
    CHECK(d.changes[0].entity == "stap");
    CHECK(d.changes[0].id == "dublin/verzoek-rvdk-dublin");

    CHECK(d.changes[1].kind == pw::ContentChange::Kind::changed);
    CHECK(d.changes[1].entity == "gegevensstroom");
    CHECK(d.changes[1].id == "kb-maatregel/melding/melding-vt");
    REQUIRE(d.changes[1].fields.size() == 1);
    CHECK(d.changes[1].fields[0].field == "ontvangers");
    CHECK(d.changes[1].fields[0].old_value == "rvdk-advies-team");
    CHECK(d.changes[1].fields[0].new_value == "ind-contactpersoon");

    CHECK(d.changes[2].kind == pw::ContentChange::Kind::added);
    CHECK(d.changes[2].entity == "oefening");
    CHECK(d.changes[2].id == "kb-ind-contactpersoon-kopie");
    CHECK(d.changes[2].label == "Kopie voor de diff-test");

    const std::string text = pw::format_diff_text(d);
    CHECK(text.find("→ 99.1 (2099-01-02): 3 wijzigingen.") != std::string::npos);
    CHECK(text.find("    ontvangers: “rvdk-advies-team” → “ind-contactpersoon”\n") !=
          std::string::npos);
    const json j = json::parse(pw::format_diff_json(d));
    CHECK(j["new"]["version"] == "99.1");
    CHECK(j["changes"][1]["fields"][0]["old"] == "rvdk-advies-team");
    CHECK(j["changes"][2]["kind"] == "added");

    // And back: the step comes back, the exercise goes, the recipient reverts.
    const pw::ContentDiff back = diff(copy.dir, PW_CONTENT_DIR);
    REQUIRE(back.changes.size() == 3);
    CHECK(back.changes[0].kind == pw::ContentChange::Kind::added);
    CHECK(back.changes[2].kind == pw::ContentChange::Kind::removed);
}

TEST_CASE("a role's limit and a data item's name are named as changed fields") {
    ContentCopy copy;
    json orgs = read_json(copy.dir / "organisations.json");
    json& role = orgs["roles"][0];
    REQUIRE(!role["limits"].empty());
    role["limits"][0]["text"] = "Beslist niet over de verandering in deze test.";
    write_json(copy.dir / "organisations.json", orgs);
    json catalog = read_json(copy.dir / "catalog.json");
    catalog["dataItems"][0]["name"] = "Andere naam";
    write_json(copy.dir / "catalog.json", catalog);

    const pw::ContentDiff d = diff(PW_CONTENT_DIR, copy.dir);
    REQUIRE(d.changes.size() == 2);
    CHECK(d.changes[0].entity == "gegeven");
    CHECK(d.changes[0].fields.at(0).field == "naam");
    CHECK(d.changes[0].fields.at(0).new_value == "Andere naam");
    CHECK(d.changes[1].entity == "rol");
    CHECK(d.changes[1].id == role["id"].get<std::string>());
    REQUIRE(d.changes[1].fields.size() == 1);
    CHECK(d.changes[1].fields[0].field == "beslist niet");
    CHECK(d.changes[1].fields[0].new_value.find("Beslist niet over de verandering in deze test.") !=
          std::string::npos);
}
