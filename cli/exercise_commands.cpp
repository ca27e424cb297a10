#include "exercise_commands.hpp"

#include "loaded_content.hpp"

#include "pw/exercise_stats.hpp"
#include "pw/lookup.hpp"
#include "pw/scenario_answer_json.hpp"
#include "pw/simulator.hpp"
#include "pw/text.hpp"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

namespace pw::cli {
namespace {

using nlohmann::json;

json choices_json(const OfferedQuestion& q) {
    json out = json::array();
    for (const OfferedChoice& c : q.choices)
        out.push_back({{"id", c.id}, {"text", c.text}});
    return out;
}

// Where a decision can lead: its default, each option's own branch, each mistake's.
json branches_json(const ScenarioDecision& d) {
    json out = json::array();
    for (QuestionKind k : asked_kinds(d))
        if (const ScenarioQuestion* q = question_of(d, k))
            for (const ScenarioOption& o : q->options)
                if (!o.next.empty())
                    out.push_back(
                        {{"when", std::string(question_kind_id(k)) + ":" + o.id}, {"to", o.next}});
    for (const auto& [mistake, target] : d.on_mistake)
        out.push_back({{"when", "fout:" + mistake}, {"to", target}});
    return out;
}

json exercise_json(const Model& m, const Scenario& sc) {
    json decisions = json::array();
    for (const ScenarioDecision& d : sc.decisions) {
        const OfferedDecision offer = offered_decision(m, sc, d);
        json questions = json::array();
        for (const OfferedQuestion& q : offer.questions)
            questions.push_back({{"kind", question_kind_id(q.kind)},
                                 {"label", question_kind_label(q.kind)},
                                 {"prompt", q.prompt},
                                 {"choices", choices_json(q)}});
        decisions.push_back({{"id", d.id},
                             {"step", d.step},
                             {"flow", d.flow},
                             {"situation", d.situation},
                             {"questions", questions},
                             {"next", d.next},
                             {"branches", branches_json(d)}});
    }
    json endings = json::array();
    for (const ScenarioEnding& e : sc.endings)
        endings.push_back({{"id", e.id},
                           {"title", e.title},
                           {"good", e.good},
                           {"minScore", e.requires_.min_score},
                           {"without", e.requires_.without},
                           {"otherwise", e.otherwise}});
    return {{"id", sc.id},
            {"title", sc.title},
            {"caseType", sc.case_type},
            {"perspective", sc.perspective},
            {"start", sc.start},
            {"decisions", decisions},
            {"endings", endings},
            {"protocolPath", protocol_path(sc)}};
}

json summary_json(const ExerciseStats& s) {
    json kinds = json::array();
    for (QuestionKind k : s.kinds_used)
        kinds.push_back(question_kind_id(k));
    return {{"exercises", s.exercises},
            {"decisions", s.decisions},
            {"meanDecisions", s.mean_decisions},
            {"kinds", kinds},
            {"wrongChoices", s.wrong_choices},
            {"branchingWrongChoices", s.branching_wrong_choices},
            {"branchingShare", s.branching_share()},
            {"exercisesWithBadEnding", s.exercises_with_bad_ending}};
}

int run_list(const Model& m, bool as_json) {
    const ExerciseStats stats = exercise_stats(m);
    if (as_json) {
        json list = json::array();
        for (const Scenario& sc : m.scenarios)
            list.push_back(exercise_json(m, sc));
        std::cout << json{{"exercises", list}, {"summary", summary_json(stats)}}.dump(2) << '\n';
        return 0;
    }
    for (const Scenario& sc : m.scenarios) {
        std::cout << sc.id << "  " << sc.title << "  (" << role_name(m, sc.perspective) << ", "
                  << sc.decisions.size() << " beslismomenten)\n";
        for (const ScenarioDecision& d : sc.decisions) {
            std::cout << "    " << d.id << ":";
            for (QuestionKind k : asked_kinds(d))
                std::cout << ' ' << question_kind_label(k) << ';';
            std::cout << '\n';
        }
    }
    std::ostringstream kinds;
    for (QuestionKind k : stats.kinds_used)
        kinds << (kinds.tellp() > 0 ? ", " : "") << question_kind_label(k);
    std::cout << "\n"
              << stats.exercises << " oefeningen, " << stats.decisions
              << " beslismomenten (gemiddeld " << stats.mean_decisions
              << "), soorten vragen: " << kinds.str() << "; " << stats.branching_wrong_choices
              << " van " << stats.wrong_choices << " foute keuzes gaan een eigen weg ("
              << static_cast<int>(stats.branching_share() * 100 + 0.5) << " %); "
              << stats.exercises_with_bad_ending << " met een slechte afloop binnen bereik.\n";
    return 0;
}

bool read_answers(const std::string& file, json& answers) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "Kan het antwoordenbestand " << file << " niet lezen.\n";
        return false;
    }
    std::stringstream text;
    text << in.rdbuf();
    answers = json::parse(text.str(), nullptr, false);
    if (answers.is_discarded()) {
        std::cerr << file << " is geen geldige JSON.\n";
        return false;
    }
    if (!answers.is_object()) {
        std::cerr << file
                  << " moet een object zijn met per beslismoment-id een antwoord, "
                     "bijvoorbeeld {\"aankondiging\": {\"action\": \"informeren\"}}.\n";
        return false;
    }
    return true;
}

json outcome_json(const Model& m, const DecisionOutcome& o) {
    return {{"decision", o.decision},
            {"step", o.step},
            {"answer", answer_json(o.answer)},
            {"points", o.points()},
            {"max", o.max()},
            {"dimensions", feedback_json(m, o.feedback)},
            {"mistakes", o.mistakes},
            {"consequences", o.consequences},
            {"next", o.next}};
}

std::string path_text(const ScenarioRun& run) {
    std::string out;
    for (const DecisionOutcome& o : run.outcomes)
        out += (out.empty() ? "" : " → ") + o.decision;
    return out.empty() ? "(nog niets)" : out;
}

// The answer for the decision the run is at, from the file or the protocol.
std::optional<ScenarioAnswer> answer_for(const Model& m, const Scenario& sc,
                                         const ScenarioDecision& d, const json* answers,
                                         const ScenarioRun& run) {
    if (!answers) return correct_answer(m, sc, d);
    const auto it = answers->find(d.id);
    if (it == answers->end()) {
        std::cerr << "Geen antwoord voor beslismoment \"" << d.id
                  << "\" (het pad tot nu: " << path_text(run) << ").\n";
        return std::nullopt;
    }
    std::string error;
    auto a = read_answer_json(*it, error);
    if (!a) {
        std::cerr << "Beslismoment \"" << d.id << "\": " << error << '\n';
        return std::nullopt;
    }
    if (std::string problem = answer_problem(d, *a); !problem.empty()) {
        std::cerr << "Beslismoment \"" << d.id << "\": " << problem << '\n';
        return std::nullopt;
    }
    return a;
}

void print_text(const Model& m, const Scenario& sc, const ScenarioRun& run) {
    for (const DecisionOutcome& o : run.outcomes) {
        std::cout << o.decision << " (" << o.points() << " van " << o.max() << ")\n";
        for (const Feedback& f : o.feedback)
            std::cout << "    " << dimension_label(f.dimension) << ": " << f.points << "/" << f.max
                      << "  " << feedback_text(m, f) << '\n';
    }
    const Debrief d = make_debrief(m, sc, run);
    const ScenarioEnding* end = run_ending(sc, run);
    std::cout << "\nAfloop: " << (end ? end->title : run.current)
              << (end && !end->good ? " (slecht)" : "") << "\nTotaal: " << d.points << " van "
              << d.max << (d.max == 1 ? " punt\n" : " punten\n");
}

int run_play(const Model& m, const ExerciseCommands::Options& opt) {
    const Scenario* sc = find_by_id(m.scenarios, opt.exercise);
    if (!sc) {
        std::vector<std::string> ids;
        for (const Scenario& x : m.scenarios)
            ids.push_back(x.id);
        std::cerr << "Oefening \"" << opt.exercise << "\" bestaat niet";
        if (auto guess = nearest_match(opt.exercise, ids))
            std::cerr << "; bedoelde je \"" << *guess << "\"?";
        std::cerr << "\n(protocolwijzer exercises toont ze allemaal.)\n";
        return 1;
    }
    json answers;
    if (!opt.protocol && !read_answers(opt.answers, answers)) return 1;
    ScenarioRun run = start_run(*sc);
    for (std::size_t guard = 0; !run.finished && guard <= sc->decisions.size(); ++guard) {
        const ScenarioDecision* d = current_decision(*sc, run);
        if (!d) break;
        const auto a = answer_for(m, *sc, *d, opt.protocol ? nullptr : &answers, run);
        if (!a || !submit_answer(m, *sc, run, *a)) return 1;
    }
    if (!opt.json) {
        print_text(m, *sc, run);
        return 0;
    }
    const Debrief d = make_debrief(m, *sc, run);
    const ScenarioEnding* end = run_ending(*sc, run);
    json path = json::array(), dims = json::array();
    for (const DecisionOutcome& o : run.outcomes)
        path.push_back(outcome_json(m, o));
    for (const DimensionScore& s : d.dimensions)
        dims.push_back(
            {{"dimension", dimension_id(s.dimension)}, {"points", s.points}, {"max", s.max}});
    std::cout << json{{"exercise", sc->id},
                      {"finished", run.finished},
                      {"path", path},
                      {"ending",
                       end ? json{{"id", end->id}, {"title", end->title}, {"good", end->good}}
                           : json(nullptr)},
                      {"dimensions", dims},
                      {"mistakes", d.mistakes},
                      {"total", d.points},
                      {"max", d.max}}
                     .dump(2)
              << '\n';
    return 0;
}

} // namespace

ExerciseCommands add_exercise_commands(CLI::App& app, std::string& content_dir) {
    ExerciseCommands c;
    c.options = std::make_shared<ExerciseCommands::Options>();
    c.list = app.add_subcommand("exercises",
                                "Alle oefeningen: beslismomenten, keuzes, vertakkingen, afloop.");
    c.list->add_flag("--json", c.options->json, "Als JSON, met een samenvatting");
    c.list->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);
    c.play = app.add_subcommand("play", "Speel een oefening met antwoorden per beslismoment.");
    c.play->add_option("exercise", c.options->exercise, "Id van de oefening")->required();
    auto* answers =
        c.play->add_option("--answers", c.options->answers,
                           "JSON-bestand: {\"<beslismoment>\": {\"action\": ..., ...}}");
    auto* protocol = c.play->add_flag("--protocol", c.options->protocol,
                                      "Speel met de antwoorden van het protocol");
    answers->excludes(protocol);
    c.play->add_flag("--json", c.options->json, "Pad, punten en afloop als JSON");
    c.play->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);
    return c;
}

bool run_exercise_commands(const ExerciseCommands& c, const std::string& content_dir, int& code) {
    if (!c.list->parsed() && !c.play->parsed()) return false;
    if (c.play->parsed() && !c.options->protocol && c.options->answers.empty()) {
        std::cerr << "Geef de antwoorden met --answers BESTAND, of speel met --protocol.\n";
        code = 2;
        return true;
    }
    const Loaded l = load(content_dir);
    if (!usable(l)) {
        code = 1;
        return true;
    }
    code = c.list->parsed() ? run_list(l.result.model, c.options->json)
                            : run_play(l.result.model, *c.options);
    return true;
}

} // namespace pw::cli
