// The trainer's own exercises as the browser keeps them: all of them back as
// they were written, and whatever cannot be read reported with its text kept.
#include "draft_fixtures.hpp"

#include "pw/draft_library.hpp"

using draft_fixtures::complete_draft;
using draft_fixtures::model;

TEST_CASE("the library gives back every draft as it was stored") {
    pw::ExerciseDraft second = complete_draft();
    second.id = "kb-ind-tweede";
    second.decisions.front().situation.clear(); // a draft with errors is kept too
    const std::string stored = pw::store_draft_library({complete_draft(), second});
    const pw::DraftLibraryLoad back = pw::load_draft_library(model(), stored);
    CHECK(back.problems.empty());
    REQUIRE(back.drafts.size() == 2);
    CHECK(back.drafts[0] == complete_draft());
    CHECK(back.drafts[1] == second);
    CHECK(pw::load_draft_library(model(), "").drafts.empty());
    CHECK(pw::load_draft_library(model(), "").problems.empty());
}

TEST_CASE("a damaged library is reported and its text kept, not dropped") {
    const std::string broken = "{\"app\": \"protocolwijzer\", \"kind\": \"exercise-drafts\", ";
    pw::DraftLibraryLoad load = pw::load_draft_library(model(), broken);
    CHECK(load.drafts.empty());
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0] == "De opgeslagen eigen oefeningen konden niet worden gelezen: het is "
                              "geen geldige JSON. De opgeslagen tekst is bewaard.");
    CHECK(load.kept == std::vector<std::string>{broken});

    load = pw::load_draft_library(
        model(),
        R"({"app": "protocolwijzer", "kind": "exercise-drafts", "version": 9, "drafts": []})");
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].find("andere versie van Protocolwijzer (versie 9)") !=
          std::string::npos);
}

TEST_CASE("one unreadable draft does not cost the others") {
    std::string stored = pw::store_draft_library({complete_draft()});
    // A second entry for a case type this guide does not have.
    pw::ExerciseDraft foreign = complete_draft();
    foreign.case_type = "bestaat-niet";
    const std::string other = pw::store_draft_library({foreign});
    const std::string entry = other.substr(other.find("\"drafts\":[") + 10);
    stored.insert(stored.size() - 2, "," + entry.substr(0, entry.size() - 2));
    const pw::DraftLibraryLoad load = pw::load_draft_library(model(), stored);
    REQUIRE(load.drafts.size() == 1);
    CHECK(load.drafts[0] == complete_draft());
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].find("Het opgeslagen concept kon niet worden gelezen") == 0);
    REQUIRE(load.kept.size() == 1);
    CHECK(load.kept[0].find("bestaat-niet") != std::string::npos);
}
