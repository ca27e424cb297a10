// protocolwijzer: the guide's core on the command line, for content authors and CI.
//   protocolwijzer validate [--content DIR]
//   protocolwijzer search "<query>" [--json] [--limit N] [--content DIR]
//   protocolwijzer export --format md|html [--output FILE] [--content DIR]
#include "content_files.hpp"
#include "search_command.hpp"

#include "pw/content_loader.hpp"
#include "pw/export.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace {

struct Loaded {
    pw::LoadResult result;
    pw::Diagnostics all;
};

Loaded load(const std::string& content_dir) {
    pw::ContentFiles files = pw::read_content_dir(content_dir);
    Loaded l{pw::load_and_validate(files.files), files.diagnostics};
    l.all.insert(l.all.end(), l.result.diagnostics.begin(), l.result.diagnostics.end());
    return l;
}

// Commands other than validate refuse to work on content that does not validate.
bool usable(const Loaded& l) {
    if (!pw::has_errors(l.all)) return true;
    for (const auto& d : l.all)
        std::cerr << pw::format_diagnostic(d) << '\n';
    std::cerr << "De inhoud bevat fouten; herstel die eerst (protocolwijzer validate).\n";
    return false;
}

int run_validate(const std::string& content_dir) {
    Loaded l = load(content_dir);
    for (const auto& d : l.all)
        std::cerr << pw::format_diagnostic(d) << '\n';
    const pw::Model& m = l.result.model;
    std::size_t steps = 0, flows = 0, examples = 0;
    for (const auto& ct : m.case_types) {
        steps += ct.steps.size();
        examples += ct.examples.size();
        for (const auto& s : ct.steps)
            flows += s.flows.size();
    }
    const bool ok = !pw::has_errors(l.all);
    std::cout << (ok ? "Inhoud in orde: " : "Inhoud bevat fouten: ") << m.files.size()
              << " bestanden, " << m.case_types.size() << " zaaktypen, " << steps << " stappen, "
              << flows << " gegevensstromen, " << examples << " voorbeelden, " << m.roles.size()
              << " rollen, " << m.glossary.size() << " begrippen, " << m.cards.size()
              << " kaarten, " << m.scenarios.size() << " oefeningen; " << l.all.size()
              << " meldingen.\n";
    return ok ? 0 : 1;
}

int run_search(const std::string& content_dir, const std::string& query, bool as_json,
               std::size_t limit) {
    Loaded l = load(content_dir);
    if (!usable(l)) return 1;
    return run_search_command(l.result.model, query, as_json, limit);
}

int run_export(const std::string& content_dir, const std::string& format,
               const std::string& output) {
    Loaded l = load(content_dir);
    if (!usable(l)) return 1;
    const std::string text =
        format == "md" ? pw::export_markdown(l.result.model) : pw::export_html(l.result.model);
    if (output.empty() || output == "-") {
        std::cout << text;
        return 0;
    }
    std::ofstream out(output, std::ios::binary);
    out << text;
    if (!out) {
        std::cerr << "Kan " << output << " niet schrijven.\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Protocolwijzer: het Handelingsprotocol RvdK, IND en DT&V als gids."};
    app.require_subcommand(1);
    std::string content_dir = PW_CONTENT_DIR;

    auto* validate =
        app.add_subcommand("validate", "Controleer alle inhoud (bestand, regel, uitleg).");
    validate->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);

    std::string query;
    bool as_json = false;
    std::size_t limit = 20;
    auto* search = app.add_subcommand("search", "Zoek in de hele gids, zoals de app zoekt.");
    search->add_option("query", query, "Zoekvraag")->required();
    search->add_flag("--json", as_json,
                     "Resultaten als JSON: deep link, score en waarom (velden, vorm van de vraag)");
    search->add_option("--limit", limit, "Maximaal aantal treffers")->check(CLI::Range(1, 1000));
    search->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);

    std::string format = "md", output;
    auto* exp = app.add_subcommand("export", "Schrijf de hele gids als één leesbaar document.");
    exp->add_option("--format", format, "md of html")
        ->check(CLI::IsMember({"md", "html"}))
        ->capture_default_str();
    exp->add_option("--output,-o", output, "Uitvoerbestand (standaard: standaarduitvoer)");
    exp->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);

    CLI11_PARSE(app, argc, argv);
    if (validate->parsed()) return run_validate(content_dir);
    if (search->parsed()) return run_search(content_dir, query, as_json, limit);
    if (exp->parsed()) return run_export(content_dir, format, output);
    return 2;
}
