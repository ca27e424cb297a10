// The classroom rules: what a trainee may submit, and how choices are counted.
#include "content_files.hpp"

#include "pw/classroom.hpp"
#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"

#include <doctest/doctest.h>

namespace {

using nlohmann::json;

const pw::Model& model() {
    static const pw::Model m =
        pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files).model;
    return m;
}

const pw::Scenario& kb() {
    return *pw::find_by_id(model().scenarios, std::string("kb-ind-contactpersoon"));
}

pw::ScenarioAnswer parse(const char* text) {
    pw::RequestError error;
    auto a = pw::answer_from_json(json::parse(text), error);
    REQUIRE_MESSAGE(a, error.message);
    return *a;
}

} // namespace

TEST_CASE("answers are read from JSON with types and sizes checked") {
    const auto a = parse(
        R"({"action":"informeren","recipients":["rvdk-contactpersoon"],"data":["naw"],"channel":"beveiligde-mail"})");
    CHECK(a.action == "informeren");
    CHECK(a.recipients == std::vector<std::string>{"rvdk-contactpersoon"});
    CHECK(pw::answer_to_json(a)["channel"] == "beveiligde-mail");
    for (const char* bad : {R"([])", R"({"action":3})", R"({"data":"naw"})", R"({"data":[1]})",
                            R"({"extra":true})"}) {
        CAPTURE(bad);
        pw::RequestError error;
        CHECK_FALSE(pw::answer_from_json(json::parse(bad), error));
        CHECK_FALSE(error.message.empty());
    }
    json many = {{"data", json::array()}};
    for (int i = 0; i < 41; ++i)
        many["data"].push_back("naw");
    pw::RequestError error;
    CHECK_FALSE(pw::answer_from_json(many, error));
}

TEST_CASE("a submitted answer must use the choices offered at that decision") {
    CHECK_FALSE(
        pw::check_classroom_answer(kb(), "aankondiging", parse(R"({"action":"informeren"})")));
    CHECK_FALSE(pw::check_classroom_answer(
        kb(), "verblijfsinfo",
        parse(
            R"({"recipients":["rvdk-contactpersoon"],"data":["naw","medische-gegevens"],"channel":"onversleutelde-mail"})")));
    struct Bad {
        const char* decision;
        const char* answer;
        const char* says;
    };
    for (const Bad& b :
         {Bad{"bestaat-niet", R"({"action":"informeren"})", "bestaat niet"},
          Bad{"aankondiging", R"({"action":"verzinsel"})", "Onbekende keuze"},
          Bad{"aankondiging", R"({"judgement":"ja"})", "geen vraag"},
          Bad{"verblijfsinfo", R"({"data":["bsn"]})", "Onbekende keuze"},
          Bad{"vraag-ots", R"({"decides":"zelf"})", "Onbekende keuze"},
          Bad{"verblijfsinfo", R"({"order":["a"]})", "geen vraag"},
          Bad{"verblijfsinfo", R"({"recipients":["rvdk-contactpersoon","rvdk-contactpersoon"]})",
              "twee keer"},
          Bad{"verblijfsinfo", R"({"channel":"fax"})", "kanaal"},
          Bad{"verblijfsinfo", R"({})", "leeg"}}) {
        CAPTURE(b.answer);
        const auto problem = pw::check_classroom_answer(kb(), b.decision, parse(b.answer));
        REQUIRE(problem);
        CHECK(problem->message.find(b.says) != std::string::npos);
    }
}

TEST_CASE("a sequence is counted as a whole, and survives JSON") {
    const auto spread = pw::spread_choices(
        kb(), {{"aankondiging", parse(R"({"order":["b","a","c"]})")},
               {"aankondiging", parse(R"({"order":["b","a","c"],"escalation":["x"]})")}});
    CHECK(spread[0].of(pw::QuestionKind::order).at("b>a>c") == 2);
    CHECK(spread[0].of(pw::QuestionKind::order).size() == 1);
    CHECK(spread[0].of(pw::QuestionKind::escalation).at("x") == 1);
    const auto back = pw::spread_from_json(json::parse(pw::spread_to_json(spread).dump()));
    CHECK(back[0].of(pw::QuestionKind::order).at("b>a>c") == 2);
}

TEST_CASE("nicknames are trimmed, bounded and free of markup and control characters") {
    pw::RequestError error;
    CHECK(pw::clean_nickname("  Uil  ", error) == std::optional<std::string>("Uil"));
    CHECK(pw::clean_nickname("Zeeëgel", error));
    for (std::string_view bad : {std::string_view(""), std::string_view("   "),
                                 std::string_view("a\tb"), std::string_view("<script>"),
                                 std::string_view("0123456789012345678901234567890123456789x")})
        CHECK_FALSE(pw::clean_nickname(bad, error));
}

TEST_CASE("choices are counted per decision, in the scenario's order, and survive JSON") {
    const std::vector<pw::SubmittedAnswer> answers = {
        {"aankondiging", parse(R"({"action":"informeren"})")},
        {"aankondiging", parse(R"({"action":"wachten"})")},
        {"aankondiging", parse(R"({"action":"informeren"})")},
        {"verblijfsinfo", parse(R"({"data":["naw","v-nummer"],"channel":"beveiligde-mail"})")},
        {"verblijfsinfo", parse(R"({"data":["naw"],"channel":"onversleutelde-mail"})")},
    };
    const auto spread = pw::spread_choices(kb(), answers);
    REQUIRE(spread.size() == kb().decisions.size());
    CHECK(spread[0].decision == kb().decisions[0].id);
    CHECK(spread[0].answers == 3);
    CHECK(spread[0].of(pw::QuestionKind::action).at("informeren") == 2);
    const auto& info = spread[2];
    CHECK(info.decision == "verblijfsinfo");
    CHECK(info.of(pw::QuestionKind::data).at("naw") == 2);
    CHECK(info.of(pw::QuestionKind::channel).at("onversleutelde-mail") == 1);
    const auto back = pw::spread_from_json(json::parse(pw::spread_to_json(spread).dump()));
    REQUIRE(back.size() == spread.size());
    CHECK(back[2].of(pw::QuestionKind::data) == info.of(pw::QuestionKind::data));
    CHECK(back[0].answers == 3);
}
