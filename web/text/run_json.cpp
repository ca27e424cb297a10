#include "run_json.hpp"

#include "pw/lookup.hpp"
#include "pw/routes.hpp"
#include "pw/scenario_answer_json.hpp"
#include "pw/simulator.hpp"

#include <algorithm>

namespace pw::text {
namespace {

using nlohmann::json;

// More answers than this cannot be a real run (every exercise is far shorter).
constexpr std::size_t kMaxAnswers = 200;

std::string step_title(const Model& m, const Scenario& sc, const std::string& step) {
    const CaseType* ct = find_case_type(m, sc.case_type);
    const Step* s = ct ? find_step(*ct, step) : nullptr;
    return s ? s->title : step;
}

// Each source once, by the document's title and locator (never its file name).
json sources_json(const Model& m, const std::vector<Citation>& citations) {
    json out = json::array();
    std::vector<const Citation*> seen;
    for (const Citation& c : citations) {
        if (std::any_of(seen.begin(), seen.end(), [&](const Citation* u) {
                return u->source == c.source && u->locator == c.locator;
            }))
            continue;
        seen.push_back(&c);
        out.push_back({{"title", std::string(source_title(m, c.source))},
                       {"locator", c.locator},
                       {"quote", c.quote}});
    }
    return out;
}

json feedback_item(const Model& m, const Feedback& f) {
    return {{"kind", question_kind_id(f.kind)},
            {"dimension", dimension_label(f.dimension)},
            {"points", f.points},
            {"max", f.max},
            {"ok", f.ok()},
            {"text", feedback_text(m, f)},
            {"illustrative", f.illustrative},
            {"illustrativeNote", f.illustrative_note},
            {"sources", sources_json(m, f.citations)}};
}

json names_of_mistakes(const Model& m, const std::vector<std::string>& mistakes) {
    json out = json::array();
    for (const std::string& id : mistakes)
        out.push_back(mistake_name(m, id));
    return out;
}

// The step's anchor in tekst.html (the app's route without "#").
std::string step_anchor(const Scenario& sc, const std::string& step) {
    return format_route(Route{Route::Kind::step, sc.case_type, step, {}, {}}).substr(1);
}

json outcome_json(const Model& m, const Scenario& sc, const DecisionOutcome& o, std::size_t n) {
    const ScenarioDecision* d = find_by_id(sc.decisions, o.decision);
    json feedback = json::array();
    for (const Feedback& f : o.feedback)
        feedback.push_back(feedback_item(m, f));
    return {{"decision", o.decision},
            {"number", n},
            {"step", step_title(m, sc, o.step)},
            {"stepAnchor", step_anchor(sc, o.step)},
            {"answer", d ? describe_answer(m, *d, o.answer) : std::string()},
            {"points", o.points()},
            {"max", o.max()},
            {"feedback", feedback},
            {"mistakes", names_of_mistakes(m, o.mistakes)},
            {"consequences", o.consequences}};
}

json decision_json(const Model& m, const Scenario& sc, const ScenarioDecision& d, std::size_t n) {
    json questions = json::array();
    for (const OfferedQuestion& q : offered_decision(m, sc, d).questions) {
        json choices = json::array();
        for (const OfferedChoice& c : q.choices)
            choices.push_back({{"id", c.id}, {"text", c.text}});
        questions.push_back({{"kind", question_kind_id(q.kind)},
                             {"prompt", q.prompt},
                             {"many", question_takes_many(q.kind)},
                             {"sequence", question_is_sequence(q.kind)},
                             {"choices", choices}});
    }
    return {{"id", d.id},
            {"number", n},
            {"step", step_title(m, sc, d.step)},
            {"situation", d.situation},
            {"questions", questions}};
}

json exercise_header(const Model& m, const Scenario& sc) {
    json persons = json::array();
    for (const ExamplePerson& p : sc.persons)
        persons.push_back(
            {{"name", p.name}, {"description", p.description}, {"identifier", p.identifier}});
    const CaseType* ct = find_case_type(m, sc.case_type);
    return {{"id", sc.id},
            {"title", sc.title},
            {"caseType", ct ? ct->short_title : sc.case_type},
            {"perspective", std::string(role_name(m, sc.perspective))},
            {"summary", sc.summary},
            {"persons", persons}};
}

json debrief_json(const Model& m, const Scenario& sc, const ScenarioRun& run) {
    const Debrief d = make_debrief(m, sc, run);
    json dims = json::array();
    for (const DimensionScore& s : d.dimensions)
        dims.push_back({{"dimension", dimension_label(s.dimension)},
                        {"id", dimension_id(s.dimension)},
                        {"points", s.points},
                        {"max", s.max}});
    return {{"points", d.points},
            {"max", d.max},
            {"dimensions", dims},
            {"mistakes", names_of_mistakes(m, d.mistakes)}};
}

json error_json(const std::string& message, std::size_t answered) {
    return {{"error", message}, {"answered", answered}};
}

// The run after the answers, or the first answer that does not fit.
json replay(const Model& m, const Scenario& sc, const json& answers, ScenarioRun& run) {
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const ScenarioDecision* d = current_decision(sc, run);
        if (run.finished || !d) return error_json("De oefening is al afgelopen.", i);
        std::string problem;
        const auto answer = read_answer_json(answers[i], problem);
        if (answer) problem = answer_problem(*d, *answer);
        if (!problem.empty()) return error_json(problem, i);
        if (!submit_answer(m, sc, run, *answer))
            return error_json("Dit antwoord past niet bij het beslismoment.", i);
    }
    return nullptr;
}

} // namespace

json exercises_json(const Model& m) {
    json out = json::array();
    for (const Scenario& sc : m.scenarios)
        out.push_back(exercise_header(m, sc));
    return out;
}

json play_json(const Model& m, const json& request) {
    const json* id =
        request.is_object() && request.contains("exercise") ? &request["exercise"] : nullptr;
    const Scenario* sc =
        id && id->is_string() ? find_by_id(m.scenarios, id->get<std::string>()) : nullptr;
    if (!sc) return error_json("Deze oefening bestaat niet.", 0);
    const json empty = json::array();
    const json& answers = request.contains("answers") ? request["answers"] : empty;
    if (!answers.is_array() || answers.size() > kMaxAnswers)
        return error_json("De antwoorden moeten een lijst zijn.", 0);
    ScenarioRun run = start_run(*sc);
    if (json problem = replay(m, *sc, answers, run); !problem.is_null()) return problem;

    json outcomes = json::array();
    for (std::size_t i = 0; i < run.outcomes.size(); ++i)
        outcomes.push_back(outcome_json(m, *sc, run.outcomes[i], i + 1));
    const ScenarioDecision* now = run.finished ? nullptr : current_decision(*sc, run);
    json out{
        {"exercise", exercise_header(m, *sc)},
        {"outcomes", outcomes},
        {"current", now ? decision_json(m, *sc, *now, run.outcomes.size() + 1) : json(nullptr)},
        {"finished", run.finished},
        {"debrief", debrief_json(m, *sc, run)}};
    if (const ScenarioEnding* end = run.finished ? run_ending(*sc, run) : nullptr)
        out["ending"] = {{"title", end->title}, {"text", end->text}, {"good", end->good}};
    if (run.finished) out["csv"] = results_csv(m, *sc, run);
    return out;
}

} // namespace pw::text
