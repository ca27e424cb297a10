#include "author_command.hpp"

#include "loaded_content.hpp"

#include "pw/exercise_draft.hpp"
#include "pw/exercise_draft_check.hpp"
#include "pw/exercise_draft_json.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

namespace pw::cli {
namespace {

void print_findings(const std::vector<DraftFinding>& findings) {
    for (const DraftFinding& f : findings)
        std::cerr << (f.field.empty() ? std::string("oefening") : f.field) << ": "
                  << (f.severity == Severity::error ? "fout" : "waarschuwing") << ": " << f.message
                  << (f.personal_data ? " [persoonsgegevens]" : "") << '\n';
    std::cerr << "Spelen: " << (can_play(findings) ? "ja" : "nee")
              << "; delen: " << (can_share(findings) ? "ja" : "nee") << ".\n";
}

bool read_kinds(const std::string& list, std::vector<QuestionKind>& out) {
    std::stringstream s(list);
    std::string id;
    while (std::getline(s, id, ',')) {
        const auto kind = question_kind_from_id(id);
        if (!kind) {
            std::cerr << "Onbekende soort vraag \"" << id
                      << "\"; kies uit action, recipients, data, channel, judgement, decides, "
                         "wording, missing, order, escalation.\n";
            return false;
        }
        out.push_back(*kind);
    }
    return true;
}

int run_new(const Model& m, const AuthorCommand& cmd) {
    std::vector<QuestionKind> kinds;
    if (!read_kinds(cmd.kinds, kinds)) return 2;
    ExerciseDraft d = start_draft(m, cmd.case_type, cmd.role);
    if (!cmd.id.empty()) d.id = cmd.id;
    d.title = cmd.title;
    d.summary = cmd.summary;
    for (const std::string& person : cmd.persons) {
        const std::size_t is = person.find('=');
        d.persons.push_back({person.substr(0, is),
                             is == std::string::npos ? std::string() : person.substr(is + 1), ""});
    }
    for (const std::string& step : cmd.steps) {
        AddedDecision added = add_decision(m, d, {step, kinds, ""});
        for (const std::string& note : added.notes)
            std::cerr << note << '\n';
        d = std::move(added.draft);
        for (ScenarioDecision& x : d.decisions)
            if (x.id == added.decision) x.situation = cmd.situation;
    }
    const std::string text = draft_to_json(d);
    if (cmd.output.empty()) {
        std::cout << text;
    } else {
        std::ofstream out(cmd.output, std::ios::binary);
        out << text;
        if (!out) {
            std::cerr << "Kan \"" << cmd.output << "\" niet schrijven.\n";
            return 1;
        }
    }
    print_findings(check_draft(m, d));
    return 0;
}

int run_check(const Model& m, const AuthorCommand& cmd) {
    std::ifstream in(cmd.file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const DraftImport read = draft_from_json(m, text.str());
    if (!read.draft) {
        std::cerr << cmd.file << ": " << read.problem << '\n';
        return 1;
    }
    const std::vector<DraftFinding> findings = check_draft(m, *read.draft);
    print_findings(findings);
    return can_play(findings) ? 0 : 1;
}

} // namespace

void add_author_command(CLI::App& app, AuthorCommand& cmd, std::string& content_dir) {
    cmd.command = app.add_subcommand("author", "Schrijf of controleer een eigen oefening.");
    cmd.command->require_subcommand(1);
    cmd.create = cmd.command->add_subcommand(
        "new", "Een nieuwe oefening: beslismomenten bij de stappen, goede antwoorden uit het "
               "protocol.");
    cmd.create->add_option("case-type", cmd.case_type, "Zaaktype")->required();
    cmd.create->add_option("role", cmd.role, "Rol die de cursist speelt")->required();
    cmd.create->add_option("--step", cmd.steps, "Stap van een beslismoment (herhaalbaar)");
    cmd.create->add_option("--ask", cmd.kinds, "Soorten vragen per beslismoment, met komma's")
        ->capture_default_str();
    cmd.create->add_option("--id", cmd.id, "Id van de oefening");
    cmd.create->add_option("--title", cmd.title, "Titel");
    cmd.create->add_option("--summary", cmd.summary, "Inleiding");
    cmd.create->add_option("--situation", cmd.situation, "Situatie bij elk beslismoment");
    cmd.create->add_option("--person", cmd.persons,
                           "Persoon als NAAM=BESCHRIJVING, met (fictief) in de naam (herhaalbaar)");
    cmd.create->add_option("--output,-o", cmd.output,
                           "Uitvoerbestand (standaard: standaarduitvoer)");
    cmd.check = cmd.command->add_subcommand(
        "check", "Wat de editor van een oefening zegt, per veld (ook persoonsgegevens).");
    cmd.check->add_option("file", cmd.file, "Oefening (.json)")
        ->required()
        ->check(CLI::ExistingFile);
    for (CLI::App* sub : {cmd.create, cmd.check})
        sub->add_option("--content", content_dir, "Map met manifest.json")
            ->check(CLI::ExistingDirectory);
}

int run_author_command(const AuthorCommand& cmd, const std::string& content_dir) {
    const Loaded l = load(content_dir);
    if (!usable(l)) return 1;
    return cmd.create->parsed() ? run_new(l.result.model, cmd) : run_check(l.result.model, cmd);
}

} // namespace pw::cli
