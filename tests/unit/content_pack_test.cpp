// The packed content (issue 20): the app starts from it instead of parsing
// and validating the JSON bundle, so it must give the very model the JSON
// path gives, and a damaged pack must be refused, never half read.
#include "content_files.hpp"

#include "pw/content_pack.hpp"
#include "pw/first_screen.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

// The shipped content through the browser's JSON path: one bundle, loaded and validated.
const pw::LoadResult& from_json() {
    static const pw::LoadResult result = [] {
        const pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
        REQUIRE(files.diagnostics.empty());
        return pw::load_bundle(pw::write_bundle(files.files, files.version));
    }();
    return result;
}

const std::string& packed() {
    static const std::string bytes = pw::pack_content(from_json());
    return bytes;
}

std::string message(const pw::LoadResult& r) {
    return r.diagnostics.empty() ? std::string() : r.diagnostics.front().message;
}

} // namespace

TEST_CASE("the packed content gives the model, edition and files the JSON path gives") {
    const pw::LoadResult& json = from_json();
    REQUIRE(json.ok());
    REQUIRE(json.diagnostics.empty());
    const pw::LoadResult unpacked = pw::unpack_content(packed());
    CHECK(message(unpacked) == "");
    CHECK(unpacked.ok());
    CHECK(pw::first_difference(json.model, unpacked.model) == "");
    CHECK(unpacked.version.version == json.version.version);
    CHECK(unpacked.version.date == json.version.date);
    CHECK(!unpacked.version.version.empty());
    CHECK(unpacked.source_map.paths == json.source_map.paths);
    CHECK(unpacked.source_map.lines.size() == unpacked.source_map.paths.size());
    // Not an empty model compared with another: the content is all there.
    CHECK(unpacked.model.scenarios.size() == json.model.scenarios.size());
    CHECK(unpacked.model.scenarios.size() > 20);
    CHECK(unpacked.model.case_types.size() == 7);
    // And packing what was unpacked gives the same bytes.
    CHECK(pw::pack_content(unpacked) == packed());
}

TEST_CASE("first_difference names the first field that differs, down to a score or a flag") {
    const pw::Model& model = from_json().model;
    CHECK(pw::first_difference(model, model) == "");
    pw::Model other = model;
    other.scenarios[2].decisions[1].situation += " ";
    CHECK(pw::first_difference(model, other) == "scenarios[2].decisions[1].situation");
    other = model;
    other.scenarios[0].decisions[0].action.options[1].credit += 0.5;
    CHECK(pw::first_difference(model, other) ==
          "scenarios[0].decisions[0].action.options[1].credit");
    other = model;
    other.channels[0].secure = !other.channels[0].secure;
    CHECK(pw::first_difference(model, other) == "channels[0].secure");
    other = model;
    other.case_types[1].steps[3].kind = other.case_types[1].steps[3].kind == pw::StepKind::end
                                            ? pw::StepKind::task
                                            : pw::StepKind::end;
    CHECK(pw::first_difference(model, other) == "case_types[1].steps[3].kind");
    other = model;
    other.escalation_matters.front().never.emplace_back("x", "y");
    CHECK(pw::first_difference(model, other).rfind("escalation_matters[0].never (", 0) == 0);
    other = model;
    other.assistant.outcomes.back().origin.pointer = "/elders";
    CHECK(pw::first_difference(model, other).find(".origin.pointer") != std::string::npos);
}

TEST_CASE("a damaged pack is refused with a reason and gives no half model") {
    const std::string& good = packed();
    auto refused = [](std::string_view bytes) {
        const pw::LoadResult r = pw::unpack_content(bytes);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics.front().file == std::string(pw::kContentPackName));
        CHECK(r.model.scenarios.empty());
        CHECK(r.model.case_types.empty());
        CHECK(!r.ok());
        return r.diagnostics.front().message;
    };
    CHECK(refused("").find("geen ingepakte inhoud") != std::string::npos);
    CHECK(refused(R"({"files":[]})").find("geen ingepakte inhoud") != std::string::npos);

    std::string other_format = good;
    other_format[6] = 9;
    CHECK(refused(other_format).find("andere versie") != std::string::npos);
    std::string other_shape = good;
    other_shape[8] ^= 0x5a;
    CHECK(refused(other_shape).find("andere versie") != std::string::npos);

    // Cut anywhere: the first bytes one by one, then all through the pack.
    for (std::size_t n = 0; n < 64; ++n)
        refused(std::string_view(good).substr(0, n));
    for (std::size_t n = 64; n < good.size(); n += good.size() / 97)
        CHECK(refused(std::string_view(good).substr(0, n)).find("beschadigd of afgebroken") !=
              std::string::npos);
    CHECK(refused(good + "x").find("1 bytes te veel") != std::string::npos);

    // A count claiming more items than there are bytes is damage, not an allocation.
    std::string huge = good.substr(0, 12);
    huge += std::string("\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 9);
    CHECK(refused(huge).find("beschadigd") != std::string::npos);

    // Content with problems is not packed: its pack sends the app to the JSON.
    CHECK(pw::defers_to_json(pw::pack_deferring_to_json()));
    CHECK(!pw::defers_to_json(good));
    CHECK(refused(pw::pack_deferring_to_json()).find("lees content.json") != std::string::npos);

    // A kind of step no view knows is damage too, not a value to draw.
    pw::LoadResult odd = from_json();
    odd.model.case_types[0].steps[0].kind = static_cast<pw::StepKind>(7);
    CHECK(refused(pw::pack_content(odd)).find("beschadigd") != std::string::npos);

    // Bytes flipped all through: refused or read, never a crash (sanitizers watch).
    for (std::size_t at = 12; at < good.size(); at += good.size() / 211) {
        std::string flipped = good;
        flipped[at] = static_cast<char>(~flipped[at]);
        const pw::LoadResult r = pw::unpack_content(flipped);
        CHECK((r.diagnostics.empty() || r.model.scenarios.empty()));
    }
}

TEST_CASE(
    "split in two: what the first screen draws, then the JSON path's model once the rest is in") {
    const pw::LoadResult& json = from_json();
    const pw::SplitPack split = pw::pack_content_split(json);
    pw::LoadResult first = pw::unpack_content(split.first_screen);
    REQUIRE(message(first) == "");
    CHECK(first.rest_pending());
    CHECK(first.exercises_to_come == json.model.scenarios.size());
    CHECK(pw::first_difference(pw::first_screen_model(json.model), first.model) == "");
    // Every place by title: the exercises too, without their decisions.
    REQUIRE(first.model.scenarios.size() == json.model.scenarios.size());
    CHECK(first.model.scenarios.front().title == json.model.scenarios.front().title);
    CHECK(first.model.scenarios.front().decisions.empty());
    CHECK(first.model.case_types.size() == json.model.case_types.size());
    CHECK(first.model.case_types.front().steps.size() ==
          json.model.case_types.front().steps.size());
    CHECK(first.model.case_types.front().steps.front().flows.empty());
    CHECK(first.source_map.paths == json.source_map.paths);
    // The first part is a small fraction of the whole; the rest is the whole model.
    CHECK(split.first_screen.size() < packed().size() / 5);
    CHECK(split.rest.size() > packed().size() * 9 / 10);

    // A trainer's own exercise already in the model stays, after the content's.
    pw::Scenario own = json.model.scenarios.front();
    own.id = "eigen-oefening";
    first.model.scenarios.push_back(own);
    CHECK(pw::unpack_rest(split.rest, first) == "");
    CHECK(!first.rest_pending());
    REQUIRE(first.model.scenarios.size() == json.model.scenarios.size() + 1);
    CHECK(first.model.scenarios.back().id == "eigen-oefening");
    first.model.scenarios.pop_back();
    CHECK(pw::first_difference(json.model, first.model) == "");
    // Given up, the content's exercises are gone (not promised), a trainer's own stays.
    pw::LoadResult given_up = pw::unpack_content(split.first_screen);
    given_up.model.scenarios.push_back(own);
    pw::forget_rest(given_up);
    CHECK(given_up.rest_pending());
    REQUIRE(given_up.model.scenarios.size() == 1);
    CHECK(given_up.model.scenarios.front().id == "eigen-oefening");
    // Once whole, a second delivery is refused and changes nothing.
    CHECK(pw::unpack_rest(split.rest, first).find("al compleet") != std::string::npos);
    CHECK(first.model.scenarios.size() == json.model.scenarios.size());
}

TEST_CASE("a rest that is damaged, another build's or another edition's is refused") {
    const pw::LoadResult& json = from_json();
    const pw::SplitPack split = pw::pack_content_split(json);
    const pw::LoadResult first = pw::unpack_content(split.first_screen);
    auto refused = [&](std::string_view bytes) {
        pw::LoadResult into = first;
        const std::string problem = pw::unpack_rest(bytes, into);
        CHECK(!problem.empty());
        CHECK(into.rest_pending());
        CHECK(pw::first_difference(first.model, into.model) == "");
        return problem;
    };
    CHECK(refused("").find("geen ingepakte inhoud") != std::string::npos);
    CHECK(refused(split.first_screen).find("niet de rest") != std::string::npos);
    CHECK(refused(packed()).find("niet de rest") != std::string::npos);
    // The rest is not content to start from either.
    CHECK(message(pw::unpack_content(split.rest)).find("de rest van de inhoud") !=
          std::string::npos);
    // One byte changed anywhere, or cut short: the key no longer fits.
    for (std::size_t at = 12; at < split.rest.size(); at += split.rest.size() / 97) {
        std::string flipped = split.rest;
        flipped[at] = static_cast<char>(~flipped[at]);
        CHECK(refused(flipped).find("hoort niet bij dit begin") != std::string::npos);
    }
    refused(std::string_view(split.rest).substr(0, split.rest.size() - 1));
    // A first part that names no rest (key 0) would read as whole content.
    std::string keyless = split.first_screen;
    std::fill(keyless.begin() + 12, keyless.begin() + 20, '\0');
    CHECK(message(pw::unpack_content(keyless)).find("sleutel van de rest") != std::string::npos);
    // The key fits but the edition or the count does not (a first part taken
    // as another edition's): refused all the same.
    pw::LoadResult relabelled = first;
    relabelled.version.date = "2000-01-01";
    CHECK(pw::unpack_rest(split.rest, relabelled).find("andere uitgave") != std::string::npos);
    CHECK(relabelled.rest_pending());
    relabelled = first;
    relabelled.exercises_to_come += 1;
    CHECK(pw::unpack_rest(split.rest, relabelled).find("andere uitgave") != std::string::npos);
    // The rest of another edition of the content.
    pw::LoadResult other = json;
    other.version.date = "2000-01-01";
    other.model.scenarios.front().title += " (ander)";
    CHECK(refused(pw::pack_content_split(other).rest).find("hoort niet bij") != std::string::npos);
}
