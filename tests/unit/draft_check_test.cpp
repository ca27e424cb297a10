// Authoring mistakes and what the editor says of each, at the field it
// concerns: the validator's own messages for the exercise, the search for
// personal data for the texts, and Dutch refusals for a file that is no exercise.
#include "draft_fixtures.hpp"

#include "pw/exercise_draft_json.hpp"
#include "pw/personal_data.hpp"

#include <fstream>
#include <sstream>

namespace {

using draft_fixtures::complete_draft;
using draft_fixtures::decision;
using draft_fixtures::model;
using draft_fixtures::says;

const std::string kWho = "Oefening \"kb-ind-eigen-oefening\"";

std::vector<pw::DraftFinding> check(const pw::ExerciseDraft& d) {
    return pw::check_draft(model(), d);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("mistake: an exercise without people") {
    pw::ExerciseDraft d = complete_draft();
    d.persons.clear();
    CHECK(says(check(d), "persons", "veld \"persons\": heeft minstens 1 element(en) nodig."));
}

TEST_CASE("mistake: a decision without its situation") {
    pw::ExerciseDraft d = complete_draft();
    d.decisions[0].situation.clear();
    const auto f = check(d);
    CHECK(says(f, "decisions[0].situation",
               "beslismoment \"verblijfsinformatie\": veld \"situation\" is leeg; vul het in."));
    CHECK_FALSE(pw::can_play(f));
}

TEST_CASE("mistake: a decision at a step the case type does not have") {
    const pw::Model& m = model();
    pw::AddedDecision added =
        pw::add_decision(m, complete_draft(), {"uitspraak-kinderechter", {}, ""});
    CHECK(added.notes ==
          std::vector<std::string>{"Stap \"uitspraak-kinderechter\" bestaat niet in zaaktype "
                                   "\"kb-maatregel\"; kies een stap op de proceskaart."});
    const auto f = check(added.draft);
    CHECK(says(f, "decisions[2].step",
               kWho + ", beslismoment \"uitspraak-kinderechter\": processtap "
                      "\"uitspraak-kinderechter\" bestaat niet; bedoelde je "
                      "\"uitspraak-kinderrechter\"?"));
    CHECK(says(f, "decisions[2]",
               kWho + ", beslismoment \"uitspraak-kinderechter\" stelt geen enkele vraag."));
}

TEST_CASE("mistake: the flow's right answer is not among the choices") {
    pw::ExerciseDraft d = complete_draft();
    std::erase(d.decisions[0].offered_recipients, "rvdk-contactpersoon");
    std::erase(d.decisions[0].offered_channels, "beveiligde-mail");
    const auto f = check(d);
    CHECK(says(f, "decisions[0].recipients",
               kWho + ", beslismoment \"verblijfsinformatie\": ontvanger \"rvdk-contactpersoon\" "
                      "van de gegevensstroom staat niet tussen de keuzes."));
    CHECK(says(f, "decisions[0].channels",
               kWho + ", beslismoment \"verblijfsinformatie\": kanaal \"beveiligde-mail\" van de "
                      "gegevensstroom staat niet tussen de keuzes."));
}

TEST_CASE("mistake: no choice of an action is right") {
    pw::ExerciseDraft d = complete_draft();
    for (pw::ScenarioOption& o : d.decisions[1].action.options)
        o.credit = 0;
    CHECK(says(check(d), "decisions[1].action",
               kWho + ", beslismoment \"overdrachtsdossier\", vraag \"action\": geen keuze is "
                      "volledig goed (\"correct\": true, of bij een formulering: alle criteria "
                      "in \"meets\")."));
}

TEST_CASE("mistake: no ending can be reached (the path goes round)") {
    pw::ExerciseDraft d = complete_draft();
    d = pw::connect_next(d, d.decisions[1].id, d.decisions[0].id);
    const auto f = check(d);
    CHECK(says(f, "endings",
               "Vanaf de start is geen enkele afloop te bereiken; verbind het laatste "
               "beslismoment met een afloop."));
    CHECK(says(f, "decisions",
               kWho + " heeft een kring: een beslismoment of afloop leidt terug naar een eerder "
                      "punt. Elk pad moet vooruit gaan en eindigen."));
}

TEST_CASE("mistake: a decision nothing leads to") {
    pw::ExerciseDraft d = complete_draft();
    d = pw::connect_next(d, d.decisions[0].id, "goed");
    const auto f = check(d);
    CHECK(says(f, "decisions[1]",
               kWho + ": beslismoment \"overdrachtsdossier\" is niet bereikbaar vanaf de start."));
    CHECK(pw::draft_graph(d).unreachable == std::vector<std::string>{"overdrachtsdossier"});
}

TEST_CASE("mistake: a dead end") {
    pw::ExerciseDraft d = complete_draft();
    d = pw::connect_next(d, d.decisions[1].id, "");
    const auto f = check(d);
    CHECK(says(f, "decisions[1]",
               kWho + ", beslismoment \"overdrachtsdossier\" heeft geen vervolg; vul \"next\" in "
                      "(een beslismoment of een afloop)."));
    CHECK(pw::draft_graph(d).dead_ends == std::vector<std::string>{"overdrachtsdossier"});
}

TEST_CASE("mistake: a wrong action without a consequence in the story") {
    pw::ExerciseDraft d = complete_draft();
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < d.decisions[1].action.options.size(); ++i)
        if (!d.decisions[1].action.options[i].correct()) wrong = i;
    d.decisions[1].action.options[wrong].consequence.clear();
    const std::string id = d.decisions[1].action.options[wrong].id;
    CHECK(says(check(d), "decisions[1].action.options[" + std::to_string(wrong) + "]",
               kWho + ", beslismoment \"overdrachtsdossier\", vraag \"action\", keuze \"" + id +
                   "\": een foute keuze heeft een gevolg in het verhaal: vul \"consequence\" in "
                   "(of laat haar met \"next\" een eigen pad gaan)."));
}

TEST_CASE("mistake: a good ending anyone reaches") {
    pw::ExerciseDraft d = complete_draft();
    d.endings[0].requires_.min_score = 0.2;
    CHECK(says(check(d), "endings[0].minScore",
               kWho + ", afloop \"goed\" is een goede afloop en moet verdiend worden: zet "
                      "\"minScore\" op ten minste 0.5 (de helft van de punten), met een "
                      "\"otherwise\" (\"good\": false) voor wie dat niet haalt."));
}

TEST_CASE("personal data: a BSN blocks sharing and playing") {
    pw::ExerciseDraft d = complete_draft();
    d.decisions[0].situation += " Het BSN van Sami is 111222333.";
    const auto f = check(d);
    CHECK(says(f, "decisions[0].situation",
               "\"111222333\" lijkt op een burgerservicenummer (negen cijfers die de elfproef "
               "halen). Gebruik geen echte nummers: laat het weg of schrijf \"BSN-FICTIEF\"."));
    CHECK_FALSE(pw::can_share(f));
    CHECK_FALSE(pw::can_play(f));
    // Nine digits that fail the elfproef are no BSN.
    d.decisions[0].situation = "Zaaknummer 111222334.";
    CHECK(pw::can_share(check(d)));
}

TEST_CASE("personal data: a real-looking V-number") {
    pw::ExerciseDraft d = complete_draft();
    d.persons[0].description += ", V-nummer 1234567890";
    CHECK(says(check(d), "persons[0].description",
               "\"1234567890\" lijkt op een echt V-nummer of telefoonnummer (tien cijfers). "
               "Gebruik een zichtbaar nep kenmerk, zoals \"V-FICTIEF-1001\"."));
}

TEST_CASE("personal data: a name not marked fictional blocks sharing, not playing") {
    pw::ExerciseDraft d = complete_draft();
    d.endings[1].text += " Mevrouw Jansen belt Johan van der Berg.";
    const auto f = check(d);
    CHECK(says(f, "endings[1].text",
               "\"Mevrouw Jansen\" lijkt een echte naam. Is deze persoon verzonnen? Zet hem bij "
               "de personen met (fictief) achter de naam; anders: laat de naam weg."));
    CHECK(says(f, "endings[1].text",
               "\"Johan van der Berg\" lijkt een echte naam. Is deze persoon verzonnen? Zet hem "
               "bij de personen met (fictief) achter de naam; anders: laat de naam weg."));
    CHECK(pw::can_play(f));
    CHECK_FALSE(pw::can_share(f));
    // Marked fictional among the persons, the same name may be used.
    d.persons.push_back({"Johan van der Berg (fictief)", "buurman", ""});
    d.persons.push_back({"Els Jansen (fictief)", "mevrouw Jansen, buurvrouw", ""});
    CHECK(pw::can_share(check(d)));
    d.persons.push_back({"Kees Smit", "oom", ""});
    const auto unmarked = check(d);
    CHECK(says(unmarked, "persons[3].name",
               "Persoon \"Kees Smit\" is niet als verzonnen gemarkeerd: zet (fictief) achter de "
               "naam. Echte personen horen niet in een oefening."));
    CHECK(draft_fixtures::messages(unmarked, "persons[3].name").size() == 1); // said once
}

TEST_CASE("personal data: the exercises in content/ have none") {
    const pw::NameLists none{};
    CHECK(pw::find_personal_data("Jan de Vries belt", none).size() == 1);
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        for (const pw::DraftFinding& f : pw::check_draft(model(), sc))
            CHECK_MESSAGE(!f.personal_data, f.field << ": " << f.message);
    }
}

TEST_CASE("import: a file that is no exercise of this guide is refused in Dutch") {
    const pw::Model& m = model();
    const pw::DraftImport case_type =
        pw::draft_from_json(m, read_file(PW_CONTENT_DIR "/case-types/kb-maatregel.json"));
    CHECK_FALSE(case_type.draft);
    CHECK(case_type.problem ==
          "Dit is een inhoudsbestand van soort \"case-type\", geen oefening. Kies een oefening "
          "(een bestand uit content/scenarios/ of een geëxporteerde oefening).");
    const std::string html = pw::draft_from_json(m, "<html>").problem;
    CHECK(html.rfind("Dit bestand is geen oefening: het is geen geldige JSON (regel 1: tekst moet "
                     "tussen dubbele aanhalingstekens staan",
                     0) == 0);
    CHECK(pw::draft_from_json(m, R"({"app": "h5p", "kind": "scenario"})").problem ==
          "Dit bestand komt uit een ander programma (\"h5p\"), niet uit Protocolwijzer.");
    CHECK(pw::draft_from_json(m, R"({"app": "protocolwijzer", "version": 3, "visited": []})")
              .problem ==
          "Dit bestand is van Protocolwijzer, maar geen oefening (het lijkt opgeslagen "
          "voortgang).");
    std::string other = pw::draft_to_json(complete_draft());
    other.replace(other.find("\"kb-maatregel\""), 14, "\"asiel-algemeen\"");
    CHECK(pw::draft_from_json(m, other).problem ==
          "Zaaktype \"asiel-algemeen\" bestaat niet in deze gids; de oefening hoort bij andere "
          "inhoud.");
}
