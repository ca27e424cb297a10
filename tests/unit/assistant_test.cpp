// The "Wat nu?" assistant played through fixed interviews on the real
// content. Each checks the case type, the step and an inform line against the
// source row named in its comment (read in ../shared/sources, not in the
// content), plus the validator's proof that every combination of answers
// reaches an outcome, and its errors for a gap and for a malformed file.
#include "content_files.hpp"
#include "fixtures.hpp"

#include "pw/assistant.hpp"
#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"
#include "pw/routes.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

namespace {

using pw::AssistantAnswers;

const pw::LoadResult& real_content() {
    static const pw::LoadResult result = [] {
        pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
        return pw::load_and_validate(files.files);
    }();
    return result;
}

pw::AssistantAdvice advise(const AssistantAnswers& answers) {
    const pw::AssistantResult r = pw::answer(real_content().model, answers);
    INFO("unanswered: " << r.unanswered.size());
    REQUIRE(r.complete());
    REQUIRE(r.has_advice);
    return r.advice;
}

const pw::AdviceFlow* flow(const pw::AssistantAdvice& a, const char* id) {
    for (const pw::AdviceFlow& f : a.flows)
        if (f.flow->id == id) return &f;
    return nullptr;
}

bool has_right(const std::vector<const pw::DecisionRight*>& list, const char* id) {
    return std::any_of(list.begin(), list.end(), [&](const auto* r) { return r->id == id; });
}

bool has_note(const std::vector<const pw::AssistantNote*>& list, const char* words) {
    return std::any_of(list.begin(), list.end(),
                       [&](const auto* n) { return n->text.find(words) != std::string::npos; });
}

bool asks(const pw::AssistantAdvice& a, const char* organisation) {
    return std::find(a.ask.begin(), a.ask.end(), organisation) != a.ask.end();
}

// Content files with assistant.json replaced by `text`.
pw::LoadResult with_assistant(const std::string& text) {
    pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    for (pw::ContentSource& f : files.files)
        if (f.path == "assistant.json") f.text = text;
    return pw::load_and_validate(files.files);
}

std::string assistant_text() {
    pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    for (const pw::ContentSource& f : files.files)
        if (f.path == "assistant.json") return f.text;
    return {};
}

} // namespace

TEST_CASE("assistant: the content has questions and outcomes and validates") {
    const auto& r = real_content();
    INFO(fixtures::all_messages(r.diagnostics));
    CHECK(r.diagnostics.empty());
    CHECK(r.model.assistant.questions.size() >= 5);
    CHECK(r.model.assistant.outcomes.size() >= 10);
}

TEST_CASE("interview 1: KB, raadsonderzoek announced, IND contact person, pending application") {
    const auto a = advise({{"organisatie", "ind"},
                           {"rol-ind", "contactpersoon"},
                           {"zaak", "kb"},
                           {"kb-fase", "gemeld"},
                           {"aanvraag", "ja"},
                           {"vertrek", "ja"}});
    CHECK(a.case_type->id == "kb-maatregel");
    CHECK(a.step->id == "onderzoek-aangekondigd");
    // AVG table, row 'Raadsonderzoek': "Mail van de RvdK-contactpersoon (cp) naar mailgroep
    // 'belang van het kind'- IND (4 cp)/ DT&V": the IND contact person receives it.
    const auto* announced = flow(a, "aankondiging-mailgroep");
    REQUIRE(announced);
    CHECK(announced->i_receive);
    CHECK(announced->flow->channel == "mailgroep-bvhk");
    // Next row: "De IND informeert de RvdK over de verblijfsrechtelijke situatie kind/gezin",
    // "Mail van IND/DT&V-cp aan RvdK-cp".
    const auto* informs = flow(a, "ind-informeert-rvdk");
    REQUIRE(informs);
    CHECK(informs->i_send);
    CHECK(informs->flow->to == std::vector<std::string>{"rvdk-contactpersoon"});
    CHECK(informs->flow->channel == "beveiligde-mail");
    // Same row, column Doel: "Liggende aanvraag bij IND wordt met prioriteit behandeld" (the
    // IND decides) and "Beslissing DT&V wel of niet tijdelijk opschorten terugkeeractiviteiten"
    // (not the IND).
    CHECK(has_right(a.we_decide, "prioriteit-liggende-aanvraag"));
    CHECK(has_right(a.we_do_not_decide, "terugkeeractiviteiten-opschorten"));
    CHECK(has_note(a.notes, "terugkeeractiviteiten tijdelijk opschort"));
    CHECK_FALSE(a.open);
    REQUIRE_FALSE(a.contacts.empty());
    CHECK(a.contacts.front()->organisation == "ind");
}

TEST_CASE("interview 2: an OTS of less than a year with an application, DT&V regievoerder") {
    const auto a = advise({{"organisatie", "dtv"},
                           {"rol-dtv", "regievoerder"},
                           {"zaak", "kb"},
                           {"kb-fase", "ots"},
                           {"ots-duur", "korter"},
                           {"aanvraag", "ja"}});
    CHECK(a.case_type->id == "kb-maatregel");
    // AVG table, row 'Verzoek aanwezig advies bij kb-maatregel OTS': "Indien er een aanvraag voor
    // een verblijfsvergunning (VV) is ingediend, dan zal de IND de DT&V vragen ..."
    CHECK(a.step->id == "verzoek-aanwezig-advies");
    // Row 'DT&V toetst bij kb-maatregel OTS': "DT&V stuurt advies aan IND", "Het advies wordt
    // verzonden aan IND-cp via mail."
    const auto* advice = flow(a, "toets-advies");
    REQUIRE(advice);
    CHECK(advice->i_send);
    CHECK(advice->flow->to == std::vector<std::string>{"ind-contactpersoon"});
    // Evaluation, Bijlage 1 par. 1.1: the measure must be imposed "voor één jaar"; and
    // "Het gezin moet in dat geval Nederland binnen 28 dagen verlaten."
    CHECK(has_note(a.notes, "korter dan een jaar"));
    CHECK(has_note(a.deadlines, "28 dagen"));
    CHECK(has_right(a.we_decide, "overdraagbaarheid"));
    CHECK(has_right(a.we_do_not_decide, "verblijfsrecht"));
}

TEST_CASE("interview 3: an OTS of a year without an application: warm hand-over") {
    const auto a = advise({{"organisatie", "dtv"},
                           {"rol-dtv", "regievoerder"},
                           {"zaak", "kb"},
                           {"kb-fase", "ots"},
                           {"ots-duur", "jaar"},
                           {"aanvraag", "nee"}});
    // AVG table, row 'Warme overdracht bij geen VV'.
    CHECK(a.case_type->id == "kb-maatregel");
    CHECK(a.step->id == "dtv-overdraagbaar");
    const auto* handover = flow(a, "warme-overdracht-gi");
    REQUIRE(handover);
    CHECK(handover->i_send);
    CHECK(handover->flow->to == std::vector<std::string>{"gi-jeugdbeschermer"});
    CHECK(has_note(a.notes, "één jaar"));
}

TEST_CASE("interview 4: gezagsbeëindiging, IND contact person receives the ruling") {
    const auto a = advise({{"organisatie", "ind"},
                           {"rol-ind", "contactpersoon"},
                           {"zaak", "kb"},
                           {"kb-fase", "gezag"}});
    CHECK(a.case_type->id == "kb-maatregel");
    CHECK(a.step->id == "uitspraak-gezag-delen");
    // AVG table, row 'Uitspraak rechter': "RvdK (raadsonderzoeker of cp) informeert de
    // DT&V-Regievoerder en de IND cp", data "Gegevens GI; Uitspraak rechtbank ten aanzien van
    // kb-maatregel gezagsbeëindiging".
    const auto* ruling = flow(a, "uitspraak-gezag-naar-ind-dtv");
    REQUIRE(ruling);
    CHECK(ruling->i_receive);
    CHECK(std::count(ruling->data.begin(), ruling->data.end(), "uitspraak-gezagsbeeindiging") == 1);
    CHECK(std::count(ruling->data.begin(), ruling->data.end(), "naw") == 1); // always shared
    CHECK(has_right(a.we_decide, "verblijfsrecht"));
    CHECK(has_note(a.notes, "alleen het kind"));
}

TEST_CASE("interview 5: an amv without a guardian, RvdK contact person asks the status") {
    const auto a = advise({{"organisatie", "rvdk"},
                           {"rol-rvdk", "contactpersoon"},
                           {"zaak", "amv"},
                           {"voogdij", "geen"}});
    // Evaluation, Bijlage 1 par. 1.4: "dient de RvdK in de voogdij/het gezag te voorzien".
    CHECK(a.case_type->id == "voogdij");
    CHECK(a.step->id == "verblijfsstatus-amv");
    const auto* status = flow(a, "vraag-status-amv");
    REQUIRE(status);
    CHECK(status->i_send);
    CHECK(status->flow->to == std::vector<std::string>{"ind-contactpersoon"});
    CHECK(has_note(a.notes, "onafhankelijk van de verblijfsvergunning"));
}

TEST_CASE("interview 6: an amv whose guardian was appointed: the IND decides residence apart") {
    const auto a = advise({{"organisatie", "ind"},
                           {"rol-ind", "zaakeigenaar"},
                           {"zaak", "amv"},
                           {"voogdij", "benoemd"}});
    // Evaluation, Bijlage 1 par. 1.4: "Dit kan de verwachting wekken dat de amv door de
    // voogdijbeschikking rechtmatig in Nederland magblijven, terwijl er mogelijk geen recht op
    // verblijf is."
    CHECK(a.case_type->id == "voogdij");
    CHECK(a.step->id == "ind-beslist-verblijf-amv");
    CHECK(a.steps.front().mine);
    CHECK(has_right(a.we_decide, "verblijfsrecht"));
    CHECK(has_right(a.we_do_not_decide, "voogdij")); // the judge decides, on the RvdK's request
    // No flow of the IND in these steps: the text says so rather than inventing one.
    CHECK(a.flows.empty());
    CHECK(
        pw::advice_text(real_content().model, a).find("stuurt of ontvangt jouw organisatie geen") !=
        std::string::npos);
}

TEST_CASE("interview 7: Dublin with a child, claim accepted, IND contact person") {
    const auto a = advise({{"organisatie", "ind"},
                           {"rol-ind", "contactpersoon"},
                           {"zaak", "dublin"},
                           {"dublin-fase", "aanvaard"}});
    // Kamerbrief 2020 p. 1-2: "Dublinclaims ... waarbij kinderen zijn betrokken"; evaluation
    // par. 3.1: the IND asks the RvdK more often to investigate Dublin cases.
    CHECK(a.case_type->id == "dublin");
    CHECK(a.step->id == "belang-kind-dublin");
    const auto* request = flow(a, "verzoek-onderzoek-dublin");
    REQUIRE(request);
    CHECK(request->i_send);
    CHECK(request->flow->to == std::vector<std::string>{"rvdk-contactpersoon"});
    // PUBLIC-FACTS (Vreemdelingenvisie 2019/07): transfer within six months of acceptance.
    CHECK(has_note(a.deadlines, "zes maanden"));
}

TEST_CASE("interview 8: a pending application nobody knows of: the assistant says ask the IND") {
    const auto a = advise({{"organisatie", "rvdk"},
                           {"rol-rvdk", "raadsonderzoeker"},
                           {"zaak", "kb"},
                           {"kb-fase", "ots"},
                           {"ots-duur", "jaar"},
                           {"aanvraag", "onbekend"}});
    // AVG table: the next step depends on "Indien er een aanvraag voor een verblijfsvergunning
    // (VV) is ingediend" versus "WARME OVERDRACHT BIJ GEEN VV"; the assistant does not guess.
    CHECK(a.case_type->id == "kb-maatregel");
    CHECK(a.step->id == "aanvraag-vv-ingediend");
    CHECK(a.open);
    CHECK(asks(a, "ind"));
    CHECK(std::any_of(a.contacts.begin(), a.contacts.end(),
                      [](const auto* cp) { return cp->organisation == "ind"; }));
    CHECK(a.outcome->id == "kb-ots-aanvraag-onbekend");
}

TEST_CASE("interview 9: an OTS of unknown length is open and names the RvdK") {
    const auto a = advise({{"organisatie", "ind"},
                           {"rol-ind", "zaakeigenaar"},
                           {"zaak", "kb"},
                           {"kb-fase", "ots"},
                           {"ots-duur", "onbekend"},
                           {"aanvraag", "ja"}});
    // Evaluation Bijlage 1 par. 1.1 makes the length a condition; the AVG row 'Uitspraak rechter'
    // does not list the length among what the RvdK shares: open, ask the RvdK.
    CHECK(a.outcome->id == "kb-ots-onbekend");
    CHECK(a.step->id == "uitspraak-ots-delen");
    CHECK(a.open);
    CHECK(asks(a, "rvdk"));
    // AVG row 'Uitspraak rechter': "RvdK (raadsonderzoeker of cp) informeert de
    // DT&V-Regievoerder en de IND cp" — the zaakeigenaar's organisation receives it.
    const auto* ruling = flow(a, "uitspraak-ots-naar-ind-dtv");
    REQUIRE(ruling);
    CHECK(ruling->we_receive);
    CHECK_FALSE(ruling->i_receive);
}

TEST_CASE("interview 10: a criminal case after the sentence, IND zaakeigenaar") {
    const auto a = advise({{"organisatie", "ind"},
                           {"rol-ind", "zaakeigenaar"},
                           {"zaak", "straf"},
                           {"straf-fase", "uitspraak"}});
    // Evaluation Bijlage 1 par. 1.3: "Deze beoordeling kan er toe leiden dat de
    // verblijfsvergunning wordt ingetrokken"; AVG: "De IND informeert de DT&V bij afwijzing van
    // liggende aanvraag of intrekking van verblijfsrecht."
    CHECK(a.case_type->id == "jeugdstraf");
    CHECK(a.step->id == "verblijfsrecht-straf");
    const auto* handover = flow(a, "overdracht-na-intrekking");
    REQUIRE(handover);
    CHECK(handover->i_send);
    CHECK(handover->flow->to == std::vector<std::string>{"dtv-regievoerder"});
}

TEST_CASE("interview 11: Chavez, RvdK contact person sends the report") {
    const auto a = advise({{"organisatie", "rvdk"},
                           {"rol-rvdk", "contactpersoon"},
                           {"zaak", "chavez"},
                           {"chavez-fase", "onderzoek"}});
    // Kamerbrief 2020 footnote 1: a third-country parent of a minor Dutch child.
    CHECK(a.case_type->id == "chavez");
    CHECK(a.step->id == "raadsonderzoek-chavez");
    const auto* report = flow(a, "rapport-chavez");
    REQUIRE(report);
    CHECK(report->i_send);
    CHECK(has_right(a.we_decide, "wat-kind-nodig-heeft"));
    CHECK(has_right(a.we_do_not_decide, "verblijfsrecht"));
}

TEST_CASE("interview 12: gezag en omgang on the family judge's request, RvdK contact person") {
    const auto a = advise({{"organisatie", "rvdk"},
                           {"rol-rvdk", "contactpersoon"},
                           {"zaak", "omgang"},
                           {"omgang-fase", "onderzoek"}});
    // Evaluation Bijlage 1 par. 1.2: "De familierechter verzoekt de RvdK onderzoek te doen".
    CHECK(a.case_type->id == "gezag-omgang");
    CHECK(a.step->id == "verblijfsstatus-opvragen");
    const auto* ask = flow(a, "vraag-verblijfsstatus");
    REQUIRE(ask);
    CHECK(ask->i_send);
}

TEST_CASE("interview 13: return after a rejection, DT&V regievoerder receives the dossier") {
    const auto a = advise({{"organisatie", "dtv"},
                           {"rol-dtv", "regievoerder"},
                           {"zaak", "vertrek"},
                           {"vertrek-fase", "overdracht"}});
    // AVG: "De IND informeert de DT&V bij afwijzing van liggende aanvraag of intrekking";
    // Kamerbrief 2020: "regisseert de DT&V het vertrek".
    CHECK(a.case_type->id == "terugkeer");
    CHECK(a.step->id == "zaak-naar-dtv");
    const auto* dossier = flow(a, "overdrachtsdossier-terugkeer");
    REQUIRE(dossier);
    CHECK(dossier->i_receive);
    CHECK(dossier->flow->channel == "ketensysteem");
    CHECK(has_right(a.we_decide, "vertrek"));
}

TEST_CASE("interview 14: a case that fits no single area is open and names whom to ask") {
    const auto a =
        advise({{"organisatie", "dtv"}, {"rol-dtv", "contactpersoon"}, {"zaak", "anders"}});
    CHECK(a.case_type == nullptr);
    CHECK(a.open);
    CHECK(a.contacts.size() == 3);
    CHECK(a.contacts.front()->organisation == "dtv");
}

TEST_CASE(
    "assistant: an unfinished interview names the next question; stale answers do not count") {
    const auto& m = real_content().model;
    auto r = pw::answer(m, {{"organisatie", "ind"}});
    REQUIRE_FALSE(r.complete());
    CHECK(r.unanswered.front()->id == "rol-ind");
    // An answer to a question that is not asked (rol-dtv for an IND user) is ignored.
    r = pw::answer(m, {{"organisatie", "ind"}, {"rol-dtv", "regievoerder"}, {"rol-ind", "nope"}});
    CHECK(r.unanswered.front()->id == "rol-ind");
    const auto relevant =
        pw::relevant_answers(m.assistant, {{"organisatie", "ind"}, {"rol-dtv", "regievoerder"}});
    CHECK(relevant == AssistantAnswers{{"organisatie", "ind"}});
}

TEST_CASE("assistant: every combination of answers reaches an outcome with a case type or an ask") {
    const auto& m = real_content().model;
    std::set<std::string> outcomes;
    const std::size_t n =
        pw::for_each_combination(m.assistant, 1000000, [&](const AssistantAnswers& a) {
            const auto r = pw::answer(m, a);
            CHECK(r.complete());
            CHECK(r.has_advice);
            if (!r.has_advice) return true;
            outcomes.insert(r.advice.outcome->id);
            CHECK(!r.advice.role.empty());
            CHECK((r.advice.step != nullptr || (r.advice.open && !r.advice.contacts.empty())));
            CHECK_FALSE(pw::advice_text(m, r.advice).empty());
            return true;
        });
    CHECK(n > 100);
    CHECK(outcomes.size() == m.assistant.outcomes.size());
}

TEST_CASE("assistant: the validator reports a gap, an unreachable question and an unused outcome") {
    nlohmann::json doc = nlohmann::json::parse(assistant_text());
    auto& outcomes = doc["outcomes"];
    outcomes.erase(std::remove_if(outcomes.begin(), outcomes.end(),
                                  [](const auto& o) { return o["id"] == "dublin-aanvaard"; }),
                   outcomes.end());
    auto r = with_assistant(doc.dump());
    std::string all = fixtures::all_messages(r.diagnostics);
    CHECK(all.find("geen uitkomst voor de antwoorden") != std::string::npos);
    CHECK(all.find("dublin-fase=aanvaard") != std::string::npos);

    doc = nlohmann::json::parse(assistant_text());
    doc["questions"][5]["when"] = {{{"question", "zaak"}, {"is", {"kb"}}},
                                   {{"question", "zaak"}, {"is", {"amv"}}}};
    r = with_assistant(doc.dump());
    all = fixtures::all_messages(r.diagnostics);
    CHECK(all.find("bij geen enkele combinatie van antwoorden gesteld") != std::string::npos);

    doc = nlohmann::json::parse(assistant_text());
    doc["outcomes"].insert(doc["outcomes"].begin(), doc["outcomes"].back());
    doc["outcomes"][0]["id"] = "alles";
    doc["outcomes"][0]["when"] = nlohmann::json::array();
    r = with_assistant(doc.dump());
    all = fixtures::all_messages(r.diagnostics);
    CHECK(all.find("wordt nooit gekozen") != std::string::npos);
}

TEST_CASE("assistant: broken references and a condition on a later question are named") {
    nlohmann::json doc = nlohmann::json::parse(assistant_text());
    doc["outcomes"][0]["step"] = "onderzoek-aangekondigt";
    doc["outcomes"][1]["caseType"] = "kb-maatregl";
    doc["questions"][0]["when"] = {{{"question", "zaak"}, {"is", {"kb"}}}};
    doc["outcomes"][2]["decisionRights"] = {"bestaat-niet"};
    const auto r = with_assistant(doc.dump());
    const std::string all = fixtures::all_messages(r.diagnostics);
    CHECK(all.find("bedoelde je \"onderzoek-aangekondigd\"") != std::string::npos);
    CHECK(all.find("bedoelde je \"kb-maatregel\"") != std::string::npos);
    CHECK(all.find("komt pas later") != std::string::npos);
    CHECK(all.find("rolverdeling \"bestaat-niet\" bestaat niet") != std::string::npos);
    for (const auto& d : r.diagnostics)
        if (d.message.find("kb-maatregl") != std::string::npos) {
            CHECK(d.file == "assistant.json");
            CHECK(d.pointer == "/outcomes/1/caseType");
            CHECK(d.line > 0);
        }
}

TEST_CASE("assistant: malformed assistant.json gets a clear error and loses nothing else") {
    auto r = with_assistant("{\"kind\": \"assistant\", \"questions\": [");
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics.front().file == "assistant.json");
    CHECK(r.model.case_types.size() == 7); // the rest still loads
    r = with_assistant(R"({"kind": "assistant", "questions": "organisatie", "outcomes": [],
                          "vragen": []})");
    const std::string all = fixtures::all_messages(r.diagnostics);
    CHECK(all.find("onbekend veld \"vragen\"") != std::string::npos);
    CHECK(all.find("questions") != std::string::npos);
}

TEST_CASE("assistant: answers round-trip through the route") {
    const auto& m = real_content().model;
    const AssistantAnswers answers{{"organisatie", "ind"},
                                   {"rol-ind", "contactpersoon"},
                                   {"zaak", "kb"},
                                   {"kb-fase", "gezag"}};
    const std::string query = pw::format_answers(m.assistant, answers);
    CHECK(query == "organisatie=ind&rol-ind=contactpersoon&zaak=kb&kb-fase=gezag");
    const auto route = pw::parse_route("#/wat-nu?" + query);
    REQUIRE(route);
    CHECK(route->kind == pw::Route::Kind::assistant);
    CHECK(pw::parse_answers(route->query) == answers);
    CHECK(pw::format_route(*route) == "#/wat-nu?" + query);
    CHECK(pw::parse_route("#/wat-nu")->kind == pw::Route::Kind::assistant);
    CHECK_FALSE(pw::parse_route("#/wat-nuu"));
    CHECK(pw::parse_answers("=x&a=&b=c&&zaak=k%62") ==
          AssistantAnswers{{"b", "c"}, {"zaak", "kb"}});
}

TEST_CASE("assistant: the plain-text checklist names who, what, channel and source") {
    const auto a = advise({{"organisatie", "ind"},
                           {"rol-ind", "contactpersoon"},
                           {"zaak", "kb"},
                           {"kb-fase", "gemeld"},
                           {"aanvraag", "nee"},
                           {"vertrek", "nee"}});
    const std::string text = pw::advice_text(real_content().model, a);
    CHECK(text.find("[ ] Jij informeert Contactpersoon Belang van het Kind (RvdK)") !=
          std::string::npos);
    CHECK(text.find("Kanaal: ") != std::string::npos);
    CHECK(text.find("#/proces/kb-maatregel/stap/onderzoek-aangekondigd") != std::string::npos);
    CHECK(text.find("De IND informeert de RvdK over de verblijfsrechtelijke situatie") !=
          std::string::npos);
    CHECK(text.find("Wat jouw organisatie niet beslist") != std::string::npos);
    CHECK(text.find("Contactpunt") != std::string::npos);
}
