#include "fixtures.hpp"

#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"

#include <doctest/doctest.h>

using fixtures::MiniContent;
using pw::Severity;

namespace {

const pw::Diagnostic* find_message(const pw::Diagnostics& ds, const std::string& needle) {
    for (const auto& d : ds)
        if (d.message.find(needle) != std::string::npos) return &d;
    return nullptr;
}

} // namespace

TEST_CASE("minimal content loads into the model without diagnostics") {
    auto result = pw::load_and_validate(MiniContent{}.files());
    INFO(fixtures::all_messages(result.diagnostics));
    CHECK(result.ok());
    CHECK(result.diagnostics.empty());
    REQUIRE(result.model.case_types.size() == 1);
    const auto& ct = result.model.case_types[0];
    CHECK(ct.steps.size() == 2);
    CHECK(ct.steps[0].flows[0].to == std::vector<std::string>{"rb"});
    CHECK(ct.steps[1].kind == pw::StepKind::end);
    CHECK(pw::find_role(result.model, "ra")->organisation == "a");
    CHECK(result.model.channels[0].secure);
}

TEST_CASE("invalid JSON in one file is reported with its line, the other files still load") {
    auto files = MiniContent{}.files();
    files[2].text = "{\n  \"kind\": \"catalog\",\n  \"systems\": [\n}\n";
    auto result = pw::load_content(files);
    CHECK_FALSE(result.ok());
    REQUIRE_FALSE(result.diagnostics.empty());
    const auto& d = result.diagnostics[0];
    CHECK(d.file == "catalog.json");
    CHECK(d.line == 4);
    CHECK(d.message.find("geen geldige JSON") != std::string::npos);
    CHECK(result.model.roles.size() == 2); // organisations.json was still read
    CHECK(result.model.case_types.size() == 1);
}

TEST_CASE("a missing required field names the entity, the field, the path and the line") {
    MiniContent c;
    c.case_type["steps"][0].erase("title");
    auto files = c.files();
    auto result = pw::load_content(files);
    const auto* d = find_message(result.diagnostics, "verplicht veld \"title\"");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK(d->file == "case-types/ct.json");
    CHECK(d->pointer == "/steps/0");
    CHECK(d->message.find("stap \"begin\"") != std::string::npos);
    CHECK(d->line == fixtures::line_of(files[4].text, "\"steps\"") + 1);
}

TEST_CASE("a wrong type is reported in words, not as a crash") {
    MiniContent c;
    c.case_type["steps"][0]["flows"][0]["to"] = 42;
    c.catalog["channels"][0]["secure"] = "ja";
    auto result = pw::load_content(c.files());
    const auto* d = find_message(result.diagnostics,
                                 "veld \"to\" moet een lijst met teksten zijn, maar is een getal");
    REQUIRE(d);
    CHECK(d->pointer == "/steps/0/flows/0/to");
    CHECK(find_message(result.diagnostics,
                       "veld \"secure\" moet true of false zijn, maar is een tekst"));
}

TEST_CASE("an unknown field is most likely a typo and gets a suggestion") {
    MiniContent c;
    c.case_type["steps"][0]["flows"][0]["purpses"] = {"x"};
    auto result = pw::load_content(c.files());
    const auto* d =
        find_message(result.diagnostics, "onbekend veld \"purpses\"; bedoelde je \"purposes\"?");
    REQUIRE(d);
    CHECK(d->pointer == "/steps/0/flows/0/purpses");
}

TEST_CASE("an unknown file kind is reported with the nearest known kind") {
    MiniContent c;
    c.rules["kind"] = "rule";
    auto result = pw::load_content(c.files());
    const auto* d =
        find_message(result.diagnostics, "onbekende soort inhoud \"rule\"; bedoelde je \"rules\"?");
    REQUIRE(d);
    CHECK(d->file == "rules.json");
}

TEST_CASE("an id used twice is reported at the second place, naming the first") {
    MiniContent c;
    c.organisations["roles"][1]["id"] = "ra";
    auto result = pw::load_content(c.files());
    const auto* d = find_message(result.diagnostics, "Rol \"ra\" bestaat al");
    REQUIRE(d);
    CHECK(d->pointer == "/roles/1/id");
}

TEST_CASE("a key written twice in one object is reported") {
    auto files = MiniContent{}.files();
    files[0].text = "{\"kind\": \"sources\", \"kind\": \"sources\", \"sources\": []}";
    auto result = pw::load_content(files);
    CHECK(find_message(result.diagnostics, "staat twee keer in hetzelfde object"));
}

TEST_CASE("the browser bundle unpacks into the same files, parsed once") {
    auto files = MiniContent{}.files();
    pw::Diagnostics ds;
    auto unpacked = pw::read_bundle(pw::write_bundle(files), ds);
    CHECK(ds.empty());
    REQUIRE(unpacked.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        CHECK(unpacked[i].path == files[i].path);
        CHECK(unpacked[i].text == files[i].text);
        REQUIRE(unpacked[i].parsed);
        CHECK(unpacked[i].parsed->root == nlohmann::json::parse(files[i].text));
    }
    auto result = pw::load_and_validate(unpacked);
    INFO(fixtures::all_messages(result.diagnostics));
    CHECK(result.ok());
    CHECK(result.model.case_types.size() == 1);
}

TEST_CASE("a problem in a bundled file has the file's own line, as from disk") {
    MiniContent c;
    c.case_type["steps"][0]["flows"][0]["to"] = {"rbb"};
    auto files = c.files();
    pw::Diagnostics ds;
    auto from_bundle = pw::load_and_validate(pw::read_bundle(pw::write_bundle(files), ds));
    auto from_disk = pw::load_and_validate(files);
    const auto* bundled = find_message(from_bundle.diagnostics, "rol \"rbb\" bestaat niet");
    const auto* direct = find_message(from_disk.diagnostics, "rol \"rbb\" bestaat niet");
    REQUIRE(bundled);
    REQUIRE(direct);
    CHECK(bundled->file == "case-types/ct.json");
    CHECK(bundled->line == fixtures::line_of(files[4].text, "\"rbb\""));
    CHECK(bundled->line == direct->line);
}

TEST_CASE("a key written twice in a bundled file is reported for that file") {
    auto files = MiniContent{}.files();
    files[0].text = "{\"kind\": \"sources\",\n \"sources\": [],\n \"kind\": \"sources\"}\n";
    pw::Diagnostics ds;
    auto result = pw::load_content(pw::read_bundle(pw::write_bundle(files), ds));
    CHECK(ds.empty());
    const auto* d = find_message(result.diagnostics, "staat twee keer in hetzelfde object");
    REQUIRE(d);
    CHECK(d->file == files[0].path);
    CHECK(d->pointer == "/kind");
    CHECK(d->line == 3);
}

TEST_CASE("a broken bundle gives a diagnostic and no files") {
    const auto files = MiniContent{}.files();
    const std::string good = pw::write_bundle(files);
    nlohmann::json old_format{{"files", {{{"path", files[0].path}, {"text", files[0].text}}}}};
    std::string shifted = good;
    shifted.replace(shifted.find("\"offsets\":[[") + 12, 1, "9"); // the first offset moved
    for (const std::string& bad :
         {std::string("<html>404</html>"), std::string("{\"files\": [{\"path\": 3}]}"),
          old_format.dump(), shifted, good.substr(0, good.size() / 2)}) {
        pw::Diagnostics ds;
        CHECK(pw::read_bundle(bad, ds).empty());
        CHECK(pw::has_errors(ds));
    }
    pw::Diagnostics ds;
    pw::read_bundle(shifted, ds);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].message.find("offsets kloppen niet") != std::string::npos);
}

TEST_CASE("the manifest refuses paths outside content/ and duplicates") {
    pw::Diagnostics ds;
    auto names =
        pw::read_manifest({"manifest.json", R"({"files": ["a.json", "../x.json", "a.json"]})"}, ds);
    CHECK(names.size() == 3);
    CHECK(find_message(ds, "buiten content/"));
    CHECK(find_message(ds, "twee keer"));
}
