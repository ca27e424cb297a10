// The training views and their actions: exercises played to the debrief,
// answers stored and resumed, trainer mode, the classroom's requests, a
// broken exercise file. Answers come from the content (the protocol's own, or
// a wrong option), so the tests follow the exercises as they change.
#include "harness.hpp"

#include "pw/exercise_stats.hpp"
#include "pw/lookup.hpp"
#include "ui/exercise_widgets.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

namespace pw::ui::test {
namespace {

// Answers every decision with `answer` until the debrief; the views are drawn
// in every phase.
void play_to_debrief(Harness& h, const Scenario& sc,
                     const std::function<ScenarioAnswer(const ScenarioDecision&)>& answer) {
    TrainingState& t = h.views().training;
    for (int guard = 0; guard < 100 && exercise_phase(t) != ExercisePhase::debrief; ++guard) {
        if (exercise_phase(t) == ExercisePhase::feedback) {
            continue_exercise(h.state(), t);
        } else {
            const ScenarioDecision* d = current_decision(sc, t.run);
            REQUIRE(d);
            t.draft = answer(*d);
            REQUIRE(draft_complete(*d, t.draft));
            submit_draft(h.state(), t);
        }
        h.frames(2);
    }
}

void play_by_the_protocol(Harness& h, const Scenario& sc) {
    play_to_debrief(h, sc,
                    [&](const ScenarioDecision& d) { return correct_answer(h.model(), sc, d); });
}

// Every question answered with the first choice the protocol does not make
// (a sequence reversed).
void play_poorly(Harness& h, const Scenario& sc) {
    play_to_debrief(h, sc, [&](const ScenarioDecision& d) {
        const ScenarioAnswer right = correct_answer(h.model(), sc, d);
        ScenarioAnswer a = right;
        for (const OfferedQuestion& q : offered_decision(h.model(), sc, d).questions) {
            std::vector<std::string> protocol = answer_values(right, q.kind);
            if (question_is_sequence(q.kind)) {
                std::reverse(protocol.begin(), protocol.end());
                set_answer_values(a, q.kind, protocol);
                continue;
            }
            for (const OfferedChoice& c : q.choices)
                if (std::find(protocol.begin(), protocol.end(), c.id) == protocol.end()) {
                    set_answer_values(a, q.kind, {c.id});
                    break;
                }
        }
        return a;
    });
}

// The run of someone who follows the protocol throughout.
ScenarioRun protocol_run(const Model& m, const Scenario& sc) {
    ScenarioRun run = start_run(sc);
    while (const ScenarioDecision* d = current_decision(sc, run))
        REQUIRE(submit_answer(m, sc, run, correct_answer(m, sc, *d)));
    return run;
}

// The node drawn with exactly this text, the `n`th of them.
const A11yNode* text_node(const Harness& h, std::string_view text, int n = 0) {
    for (const A11yNode& node : h.tree())
        if (node.name == text && n-- == 0) return &node;
    return nullptr;
}

// A decision with an action question, and a wrong option of it that has a consequence.
struct WrongTurn {
    const Scenario* scenario = nullptr;
    const ScenarioOption* option = nullptr;
};

WrongTurn first_wrong_turn(const Model& m) {
    for (const Scenario& sc : m.scenarios) {
        const ScenarioDecision* d = find_by_id(sc.decisions, sc.start);
        if (!d || !d->action.asked()) continue;
        for (const ScenarioOption& o : d->action.options)
            if (!o.correct() && !o.consequence.empty()) return {&sc, &o};
    }
    return {};
}

} // namespace

TEST_CASE("every exercise played by the protocol ends in a debrief with full marks, shown") {
    Harness h;
    for (const Scenario& sc : h.model().scenarios) {
        CAPTURE(sc.id);
        h.open(exercise_route(sc.id));
        CHECK(current_view(h.state(), h.views()) == View::exercise);
        play_by_the_protocol(h, sc);
        CHECK(current_view(h.state(), h.views()) == View::debrief);
        const Debrief d = make_debrief(h.model(), sc, h.views().training.run);
        CHECK(d.points == d.max);
        CHECK(h.shows(score_text(d.max, d.max))); // the total as drawn
        const auto result = h.state().progress.scenario_results.find(sc.id);
        REQUIRE(result != h.state().progress.scenario_results.end());
        CHECK(result->second.points == d.max);
    }
}

TEST_CASE("the debrief tells the truth: after a poor run it names a bad ending, never the good") {
    Harness h({1920, 1080});
    for (const Scenario& sc : h.model().scenarios) {
        CAPTURE(sc.id);
        const ScenarioEnding* good = run_ending(sc, protocol_run(h.model(), sc));
        REQUIRE(good);
        REQUIRE(good->good);

        h.open(exercise_route(sc.id));
        restart_exercise(h.state(), h.views().training);
        h.frames(2);
        play_poorly(h, sc);
        REQUIRE(current_view(h.state(), h.views()) == View::debrief);
        const ScenarioRun& run = h.views().training.run;
        const Debrief d = make_debrief(h.model(), sc, run);
        CHECK(d.points < d.max);
        const ScenarioEnding* end = run_ending(sc, run);
        REQUIRE(end);
        CHECK_FALSE(end->good);
        const std::string said = std::string(tr(Text::ending)) + ": ";
        CHECK(h.shows(said + end->title));
        CHECK_FALSE(h.shows(said + good->title));
        CHECK(h.shows(score_text(d.points, d.max)));
        restart_exercise(h.state(), h.views().training);
    }
}

TEST_CASE("scores say punt or punten as Dutch (and English) does, with the language's decimals") {
    CHECK(score_text(1, 1) == "1 van 1 punt");
    CHECK(score_text(0, 1) == "0 van 1 punt");
    CHECK(score_text(1.5, 6) == "1,5 van 6 punten");
    CHECK(score_text(2, 2) == "2 van 2 punten");
    set_language(Language::en);
    CHECK(score_text(1, 1) == "1 of 1 point");
    CHECK(score_text(1.5, 6) == "1.5 of 6 points");
    set_language(Language::nl);
}

TEST_CASE("the debrief's score per dimension sits on the line of its bar, label and value alike") {
    Harness h({1920, 1080});
    // An exercise with a dimension worth exactly one point ("1 van 1 punt").
    const Scenario* found = nullptr;
    for (const Scenario& sc : h.model().scenarios)
        for (const DimensionScore& ds :
             make_debrief(h.model(), sc, protocol_run(h.model(), sc)).dimensions)
            if (!found && ds.max == 1) found = &sc;
    REQUIRE(found);
    const Scenario& sc = *found;
    h.open(exercise_route(sc.id));
    play_poorly(h, sc);
    REQUIRE(current_view(h.state(), h.views()) == View::debrief);
    const Debrief d = make_debrief(h.model(), sc, h.views().training.run);
    REQUIRE_FALSE(d.dimensions.empty());
    bool one_point = false;
    for (const DimensionScore& ds : d.dimensions) {
        CAPTURE(dimension_text(ds.dimension));
        const A11yNode* label = text_node(h, dimension_text(ds.dimension));
        REQUIRE(label);
        // The value drawn after the bar, on the same line (the first such text below the label).
        const A11yNode* value = nullptr;
        for (const A11yNode& node : h.tree())
            if (node.name == score_text(ds.points, ds.max) && node.whole.x > label->whole.x &&
                node.whole.y + node.whole.h > label->whole.y) {
                value = &node;
                break;
            }
        REQUIRE(value);
        const float label_mid = label->whole.y + label->whole.h / 2;
        const float value_mid = value->whole.y + value->whole.h / 2;
        CHECK(std::abs(label_mid - value_mid) < 1.0f);
        one_point = one_point || ds.max == 1;
    }
    CHECK(one_point); // and "1 van 1 punt" is one of them, as the issue saw it
}

TEST_CASE("a wrong choice, clicked, costs points and shows what it leads to") {
    Harness h({1280, 1400});
    const WrongTurn wrong = first_wrong_turn(h.model());
    REQUIRE(wrong.scenario);
    h.open(exercise_route(wrong.scenario->id));
    CHECK_FALSE(h.control("antwoord-geven") == nullptr);
    REQUIRE(h.click("keuze:actie:" + wrong.option->id));
    CHECK(h.views().training.draft.action == wrong.option->id);
    REQUIRE(h.click("antwoord-geven"));
    CHECK(current_view(h.state(), h.views()) == View::feedback);
    const DecisionOutcome& outcome = h.views().training.run.outcomes.back();
    CHECK(outcome.points() < outcome.max());
    CHECK(h.shows(wrong.option->consequence));
    REQUIRE(h.click("verder"));
    CHECK(current_view(h.state(), h.views()) != View::feedback);
}

TEST_CASE("answers are kept: after a reload the exercise resumes where it was") {
    std::string saved, id;
    {
        Harness h;
        const Scenario& sc = h.model().scenarios.front();
        id = sc.id;
        h.open(exercise_route(sc.id));
        TrainingState& t = h.views().training;
        t.draft = correct_answer(h.model(), sc, *current_decision(sc, t.run));
        submit_draft(h.state(), t);
        h.frames(2);
        REQUIRE(h.last<SaveProgress>());
        saved = h.last<SaveProgress>()->text;
    }
    Harness h({}, saved, exercise_route(id));
    CHECK(h.views().training.run.answers.size() == 1);
    CHECK(current_view(h.state(), h.views()) == View::exercise);

    restart_exercise(h.state(), h.views().training);
    h.frames(2);
    CHECK(h.views().training.run.answers.empty());
    CHECK(h.state().progress.scenario_runs.count(id) == 0);
}

TEST_CASE(
    "trainer mode: options hidden until shown, the answer revealed, a timer, a session file") {
    Harness h({1920, 1080});
    const Scenario& sc = h.model().scenarios.front();
    h.open(exercise_route(sc.id, true));
    CHECK(current_view(h.state(), h.views()) == View::trainer);
    CHECK(h.state().text_scale() >= AppState::kTrainerTextScale); // projector size
    CHECK(h.state().progress.settings.text_scale == 1.0f);        // the user's own setting
    for (const A11yNode& node : h.tree())
        CHECK(node.tag.rfind("keuze:", 0) != 0); // no choice on screen yet
    TrainingState& t = h.views().training;
    CHECK(std::string(t.session.group) == "Groep 1");

    h.frames(60);
    const double running = decision_seconds(t, h.state().time);
    CHECK(running > 0.5);
    REQUIRE(h.click("timer-pauze"));
    const double paused = decision_seconds(t, h.state().time);
    h.frames(30);
    CHECK(decision_seconds(t, h.state().time) == paused);
    REQUIRE(h.click("timer-pauze"));

    REQUIRE(h.click("toon-antwoord"));
    CHECK(t.session.revealed);
    CHECK(h.shows("Het antwoord volgens het protocol"));
    CHECK(h.control("keuze-vastleggen")); // revealing shows the options too
    // The room looks at the option list: the protocol's choices are marked in it,
    // lettered for the group to call out, as the screen reader names them too.
    const ScenarioAnswer right = correct_answer(h.model(), sc, *current_decision(sc, t.run));
    int marked = 0, lettered = 0;
    for (const A11yNode& node : h.tree()) {
        if (node.tag.rfind("keuze:", 0) != 0) continue;
        const std::string id = node.tag.substr(node.tag.rfind(':') + 1);
        const bool protocol =
            std::any_of(kQuestionKinds.begin(), kQuestionKinds.end(), [&](QuestionKind k) {
                const auto v = answer_values(right, k);
                return std::find(v.begin(), v.end(), id) != v.end();
            });
        CHECK((node.name.find("✓") != std::string::npos) == protocol);
        marked += protocol ? 1 : 0;
        lettered += node.name.size() > 3 && node.name[0] >= 'A' && node.name[0] <= 'Z' &&
                            node.name[1] == '.'
                        ? 1
                        : 0;
    }
    CHECK(marked > 0);
    CHECK(lettered > 1);
    play_by_the_protocol(h, sc);
    CHECK(current_view(h.state(), h.views()) == View::trainer_debrief);

    REQUIRE(h.click("download-json"));
    const std::optional<Download> file = h.last<Download>();
    REQUIRE(file);
    CHECK(file->filename == "sessie-" + sc.id + ".json");
    const nlohmann::json summary = nlohmann::json::parse(file->data, nullptr, false);
    CHECK(summary.value("group", "") == "Groep 1");
    // A trainer's session is not the trainer's own result.
    CHECK(h.state().progress.scenario_results.count(sc.id) == 0);
    CHECK(h.state().progress.scenario_runs.count(stored_run_key(sc.id, true)) == 1);
}

TEST_CASE("a trainee's results download as CSV that spreadsheets read as UTF-8") {
    Harness h;
    const Scenario& sc = h.model().scenarios.front();
    h.open(exercise_route(sc.id));
    play_by_the_protocol(h, sc);
    request_results_download(h.state(), h.views().training, false);
    h.frames(1);
    const std::optional<Download> file = h.last<Download>();
    REQUIRE(file);
    CHECK(file->filename == "resultaat-" + sc.id + ".csv");
    CHECK(file->data.rfind("\xEF\xBB\xBF", 0) == 0);
}

TEST_CASE("a classroom: joining asks the server, its answer opens the exercise") {
    Harness h;
    const Scenario& sc = h.model().scenarios.front();
    h.open("#/oefenen");
    ClassroomState& c = h.views().training.classroom;
    REQUIRE(h.click("meedoen"));
    CHECK(c.message_is_error); // no code yet: said, nothing sent
    CHECK_FALSE(h.last<HttpRequest>());

    REQUIRE(h.click("klascode"));
    h.type("abc-123");
    REQUIRE(h.click("bijnaam"));
    h.type("Uil");
    REQUIRE(h.click("meedoen"));
    const std::optional<HttpRequest> join = h.last<HttpRequest>();
    REQUIRE(join);
    CHECK(join->method == HttpMethod::post);
    CHECK(join->path == "/api/sessions/ABC123/join");
    CHECK(join->body.find("Uil") != std::string::npos);

    h.app().handle(HttpResponse{join->id, 404, R"({"error":"Onbekende klascode."})"});
    h.frames(2);
    CHECK(h.shows("Onbekende klascode."));
    REQUIRE(h.click("meedoen"));
    const std::optional<HttpRequest> again = h.last<HttpRequest>();
    h.app().handle(HttpResponse{again->id, 200,
                                R"({"token":"t","nickname":"Uil","scenario":")" + sc.id + R"("})"});
    h.frames(3);
    CHECK(current_route(h.state()) == exercise_route(sc.id));
    CHECK(h.shows("Je doet mee met klas ABC123 als Uil."));

    // Without the server (a plain static host) the trainee is told why.
    h.app().handle(HttpResponse{again->id, 0, ""}); // an answer nobody waits for: ignored
    h.views().training.classroom.token.clear();
    h.open("#/oefenen");
    REQUIRE(h.click("meedoen"));
    h.app().handle(HttpResponse{h.last<HttpRequest>()->id, 0, ""});
    h.frames(2);
    CHECK(h.shows("Geen verbinding met de server"));
}

TEST_CASE("a trainer's classroom session shows its code and how the class chose") {
    Harness h({1920, 1080});
    const Scenario& sc = h.model().scenarios.front();
    h.open(exercise_route(sc.id, true));
    REQUIRE(h.click("klas-starten"));
    const std::optional<HttpRequest> create = h.last<HttpRequest>();
    REQUIRE(create);
    CHECK(create->path == "/api/sessions");
    h.app().handle(HttpResponse{
        create->id, 201, R"({"code":"QWERTY","trainerKey":"k","scenario":")" + sc.id + R"("})"});
    h.frames(3);
    CHECK(h.shows("QWERTY"));
    // The trainer's key goes with the trainer's requests, and only with them.
    const std::optional<HttpRequest> poll = h.last<HttpRequest>();
    REQUIRE(poll);
    const auto key = std::find(poll->headers.begin(), poll->headers.end(),
                               std::pair<std::string, std::string>{"X-Trainer-Key", "k"});
    CHECK(key != poll->headers.end());
}

TEST_CASE("a trainer takes a nickname out of the class and ends the session") {
    Harness h({1920, 1080});
    const Scenario& sc = h.model().scenarios.front();
    h.open(exercise_route(sc.id, true));
    REQUIRE(h.click("klas-starten"));
    h.app().handle(
        HttpResponse{h.last<HttpRequest>()->id, 201,
                     R"({"code":"QWERTY","trainerKey":"k","scenario":")" + sc.id + R"("})"});
    h.frames(3);
    // The spread comes back with who joined.
    std::optional<HttpRequest> poll;
    for (const Command& c : h.commands())
        if (const auto* r = std::get_if<HttpRequest>(&c); r && r->path.ends_with("/spread"))
            poll = *r;
    REQUIRE(poll);
    h.app().handle(HttpResponse{poll->id, 200,
                                R"({"trainees":1,"open":true,"decisions":[],)"
                                R"("participants":[{"nickname":"Uil","answers":2}]})"});
    h.frames(2);
    ClassroomState& c = h.views().training.classroom;
    CHECK(c.participants == std::vector<std::pair<std::string, int>>{{"Uil", 2}});
    CHECK(h.shows("Uil (2)"));

    REQUIRE(h.click("verwijder:Uil"));
    const std::optional<HttpRequest> remove = h.last<HttpRequest>();
    REQUIRE(remove);
    CHECK(remove->method == HttpMethod::post);
    CHECK(remove->path == "/api/sessions/QWERTY/remove");
    CHECK(remove->body.find("Uil") != std::string::npos);
    h.app().handle(HttpResponse{remove->id, 200, "{}"});
    h.frames(2);
    CHECK(c.participants.empty());

    REQUIRE(h.click("klas-beeindigen"));
    const std::optional<HttpRequest> close = h.last<HttpRequest>();
    REQUIRE(close);
    CHECK(close->path == "/api/sessions/QWERTY/close");
    // A refusal is said, and the session stays open.
    h.app().handle(HttpResponse{close->id, 403, R"({"error":"Geen trainer."})"});
    h.frames(2);
    CHECK(c.open);
    CHECK(h.shows("Geen trainer."));
    REQUIRE(h.click("klas-beeindigen"));
    h.app().handle(HttpResponse{h.last<HttpRequest>()->id, 200, "{}"});
    h.frames(2);
    CHECK_FALSE(c.open);
    CHECK(h.shows("Deze klassessie is afgelopen"));
    CHECK_FALSE(h.control("klas-beeindigen"));
}

TEST_CASE("a route is clicked in sequence; a second click takes a stop out") {
    Harness h({1280, 1400});
    const Scenario* found = nullptr;
    std::vector<OfferedChoice> stops;
    for (const Scenario& sc : h.model().scenarios) {
        const ScenarioDecision* d = find_by_id(sc.decisions, sc.start);
        if (!d) continue;
        for (const OfferedQuestion& q : offered_decision(h.model(), sc, *d).questions)
            if (q.kind == QuestionKind::escalation) stops = q.choices;
        if (!stops.empty()) {
            found = &sc;
            break;
        }
    }
    REQUIRE(found);
    REQUIRE(stops.size() >= 2);
    h.open(exercise_route(found->id));
    const std::vector<std::string>& route = h.views().training.draft.escalation;
    REQUIRE(h.click("keuze:route:" + stops[0].id));
    REQUIRE(h.click("keuze:route:" + stops[1].id));
    CHECK(route == std::vector<std::string>{stops[0].id, stops[1].id});
    CHECK(h.shows("(2) B. " + stops[1].text)); // its place and letter, as the room reads it
    REQUIRE(h.click("keuze:route:" + stops[0].id));
    CHECK(route == std::vector<std::string>{stops[1].id});
    REQUIRE(h.click("keuze:route:wissen"));
    CHECK(route.empty());
}

TEST_CASE("the exercise list: a dozen rows on a 1080p screen, each with an estimated duration") {
    Harness h({1920, 1080});
    h.open("#/oefenen");
    int on_screen = 0;
    for (const Scenario& sc : h.model().scenarios)
        if (const A11yNode* start = h.control("oefening:" + sc.id))
            on_screen += start->rect.h > 0 && start->rect.y + start->rect.h <= 1080 ? 1 : 0;
    CHECK(on_screen >= 10);
    for (const Scenario& sc : h.model().scenarios) {
        CAPTURE(sc.id);
        const DurationEstimate e = estimate_duration(sc);
        CHECK(h.shows("ca. " + std::to_string(e.minutes) +
                      " min (schatting: " + std::to_string(e.decisions) + " beslismomenten)"));
    }
}

TEST_CASE("the exercise list's filters and count stay on screen at 800x600") {
    Harness h({800, 600});
    h.open("#/oefenen");
    for (const char* tag : {"filter-zaaktype", "filter-rol"}) {
        REQUIRE(h.control(tag));
        CHECK(h.control(tag)->whole.x + h.control(tag)->whole.w <= 800);
    }
    const std::string count = std::to_string(h.model().scenarios.size());
    const A11yNode* shown = text_node(h, count + " van " + count + " oefeningen");
    REQUIRE(shown);
    CHECK(shown->whole.x + shown->whole.w <= 800);
}

TEST_CASE("the exercise list filters by case type and by role, and shows all again") {
    Harness h({1920, 3000}); // tall enough for every row: only what is on screen is in the tree
    const Model& m = h.model();
    h.open("#/oefenen");
    const auto listed = [&] {
        std::vector<std::string> ids;
        for (const Scenario& sc : m.scenarios)
            if (h.control("oefening:" + sc.id)) ids.push_back(sc.id);
        return ids;
    };
    CHECK(listed().size() == m.scenarios.size());

    REQUIRE(h.click("filter-zaaktype"));
    REQUIRE(h.click("filter-zaaktype:voogdij"));
    std::vector<std::string> expected;
    for (const Scenario& sc : m.scenarios)
        if (sc.case_type == "voogdij") expected.push_back(sc.id);
    REQUIRE(expected.size() >= 2);
    CHECK(listed() == expected);
    CHECK(h.shows(std::to_string(expected.size()) + " van " + std::to_string(m.scenarios.size()) +
                  " oefeningen"));

    // A role within that case type: only its exercises of that case type.
    const std::string role = m.scenarios[0].perspective;
    REQUIRE(h.click("filter-zaaktype"));
    REQUIRE(h.click("filter-zaaktype:"));
    REQUIRE(h.click("filter-rol"));
    REQUIRE(h.click("filter-rol:" + role));
    expected.clear();
    for (const Scenario& sc : m.scenarios)
        if (sc.perspective == role) expected.push_back(sc.id);
    CHECK(listed() == expected);

    // A combination nobody wrote: said, with a way back.
    std::string other_case;
    for (const CaseType& ct : m.case_types)
        if (std::none_of(m.scenarios.begin(), m.scenarios.end(), [&](const Scenario& sc) {
                return sc.case_type == ct.id && sc.perspective == role;
            }))
            other_case = ct.id;
    REQUIRE_FALSE(other_case.empty());
    REQUIRE(h.click("filter-zaaktype"));
    REQUIRE(h.click("filter-zaaktype:" + other_case));
    CHECK(listed().empty());
    CHECK(h.shows("Geen oefening past bij deze keuze."));
    REQUIRE(h.click("filter-wissen"));
    CHECK(listed().size() == m.scenarios.size());
}

TEST_CASE("a finished exercise says its last score in the list, in full") {
    Harness h;
    const Scenario& sc = h.model().scenarios.front();
    h.open(exercise_route(sc.id));
    play_by_the_protocol(h, sc);
    const Debrief d = make_debrief(h.model(), sc, h.views().training.run);
    h.open("#/oefenen");
    const std::string said = "Laatste score: " + score_text(d.max, d.max);
    bool found = false;
    for (const A11yNode& node : h.tree())
        if (node.name.find("Laatste score: ") != std::string::npos) {
            found = true;
            CHECK(node.name.ends_with(said)); // not "... punten van "
        }
    CHECK(found);
}

TEST_CASE("a broken exercise file is listed with its problems; the rest works") {
    const std::string bundle =
        content_bundle_with("scenarios/voogdij-ind-contactpersoon.json", R"("caseType": "voogdij")",
                            R"("caseType": "vogdij")");
    Harness h({}, {}, "#/oefenen", bundle);
    REQUIRE(h.state().broken_scenarios.size() == 1);
    CHECK(h.shows("scenarios/voogdij-ind-contactpersoon.json"));
    CHECK_FALSE(h.control("oefening:voogdij-ind-contactpersoon"));
    h.open(exercise_route("voogdij-ind-contactpersoon"));
    CHECK(current_view(h.state(), h.views()) == View::not_found);
    h.open("#/proces/voogdij");
    CHECK(current_view(h.state(), h.views()) == View::map);
}

TEST_CASE("trainer mode on a narrow window: the decision keeps the width, the panel moves below") {
    const auto first_choice = [](const Harness& h) -> const A11yNode* {
        for (const A11yNode& node : h.tree())
            if (node.tag.rfind("keuze:", 0) == 0) return &node;
        return nullptr;
    };
    for (const Display display : {Display{800, 600}, Display{1920, 1080}}) {
        CAPTURE(display.width);
        Harness h(display);
        h.open(exercise_route(h.model().scenarios.front().id, true));
        REQUIRE(h.click("toon-opties"));
        REQUIRE(h.click("toon-antwoord"));
        const A11yNode* choice = first_choice(h);
        REQUIRE(choice);
        CHECK(choice->whole.w >= 0.5f * display.width); // the room reads the options
        REQUIRE(h.scroll_to("timer-pauze"));
        const A11yNode* timer = h.control("timer-pauze");
        if (display.width < 1000) {
            CHECK(timer->whole.x < 0.2f * display.width); // below the decision, not beside it
        } else {
            CHECK(timer->whole.x > 0.5f * display.width); // beside it
        }
        // The answer's heading wraps rather than running out of its panel.
        bool heading_fits = false;
        for (const A11yNode& node : h.tree())
            if (node.name == "Het antwoord volgens het protocol")
                heading_fits = node.whole.x + node.whole.w <= display.width;
        CHECK(heading_fits);
    }
}

} // namespace pw::ui::test
