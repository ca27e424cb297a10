// Results of a scenario run for download: CSV (one row per decision and
// dimension, semicolons for Dutch spreadsheets) and JSON.
#include "pw/simulator.hpp"

#include "pw/lookup.hpp"
#include "pw/scenario_answer_json.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace pw {
namespace {

std::string csv_field(const std::string& s) {
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// As a stream would print it (%g); no iostreams, so the app does not link them.
std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

double seconds_at(const SessionNotes* notes, std::size_t i) {
    return notes && i < notes->seconds.size() ? notes->seconds[i] : 0.0;
}

bool revealed_at(const SessionNotes* notes, std::size_t i) {
    return notes && i < notes->revealed_first.size() && notes->revealed_first[i];
}

} // namespace

nlohmann::json feedback_json(const Model& m, const std::vector<Feedback>& feedback) {
    nlohmann::json out = nlohmann::json::array();
    for (const Feedback& f : feedback) {
        nlohmann::json rules = nlohmann::json::array();
        for (const FeedbackPart& p : f.parts)
            if (!p.rule.empty()) rules.push_back(p.rule);
        out.push_back({{"kind", question_kind_id(f.kind)},
                       {"dimension", dimension_id(f.dimension)},
                       {"points", f.points},
                       {"max", f.max},
                       {"rules", rules},
                       {"illustrative", f.illustrative},
                       {"text", feedback_text(m, f)}});
    }
    return out;
}

std::string results_csv(const Model& m, const Scenario& sc, const ScenarioRun& run,
                        const SessionNotes* notes) {
    std::string out = "oefening;beslismoment;stap;keuze;dimensie;punten;maximum;toelichting";
    if (notes) out += ";groep;seconden;antwoord eerst getoond";
    out += "\r\n";
    for (std::size_t i = 0; i < run.outcomes.size(); ++i) {
        const DecisionOutcome& o = run.outcomes[i];
        const ScenarioDecision* d = find_by_id(sc.decisions, o.decision);
        const std::string choice = d ? describe_answer(m, *d, o.answer) : std::string();
        for (const Feedback& f : o.feedback) {
            out += csv_field(sc.id) + ';' + csv_field(o.decision) + ';' + csv_field(o.step) + ';' +
                   csv_field(choice) + ';' + csv_field(dimension_label(f.dimension)) + ';' +
                   number(f.points) + ';' + number(f.max) + ';' + csv_field(feedback_text(m, f));
            if (notes)
                out += ';' + csv_field(notes->group) + ';' + number(seconds_at(notes, i)) + ';' +
                       (revealed_at(notes, i) ? "ja" : "nee");
            out += "\r\n";
        }
    }
    return out;
}

std::string results_json(const Model& m, const Scenario& sc, const ScenarioRun& run,
                         const SessionNotes* notes) {
    using nlohmann::json;
    const Debrief d = make_debrief(m, sc, run);
    json dims = json::array();
    for (const DimensionScore& s : d.dimensions)
        dims.push_back({{"dimension", dimension_id(s.dimension)},
                        {"label", dimension_label(s.dimension)},
                        {"points", s.points},
                        {"max", s.max}});
    json decisions = json::array();
    for (std::size_t i = 0; i < run.outcomes.size(); ++i) {
        const DecisionOutcome& o = run.outcomes[i];
        const ScenarioDecision* decision = find_by_id(sc.decisions, o.decision);
        json entry{{"decision", o.decision},
                   {"step", o.step},
                   {"answer", answer_json(o.answer)},
                   {"answerText", decision ? describe_answer(m, *decision, o.answer) : ""},
                   {"feedback", feedback_json(m, o.feedback)},
                   {"mistakes", o.mistakes},
                   {"consequences", o.consequences}};
        if (notes) {
            entry["seconds"] = seconds_at(notes, i);
            entry["revealedFirst"] = revealed_at(notes, i);
        }
        decisions.push_back(std::move(entry));
    }
    const ScenarioEnding* end = run_ending(sc, run);
    json out{{"scenario", sc.id},
             {"title", sc.title},
             {"caseType", sc.case_type},
             {"perspective", sc.perspective},
             {"finished", run.finished},
             {"ending", end ? end->title : ""},
             {"endingGood", end ? end->good : false},
             {"mistakes", d.mistakes},
             {"points", d.points},
             {"max", d.max},
             {"dimensions", dims},
             {"protocolSteps", d.protocol_steps},
             {"traineeSteps", d.trainee_steps},
             {"decisions", decisions}};
    if (notes) out["group"] = notes->group;
    return out.dump(2);
}

} // namespace pw
