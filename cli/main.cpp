// protocolwijzer: the guide's core on the command line, for content authors and CI.
//   protocolwijzer validate [--content DIR] [--sources DIR]
//   protocolwijzer search "<query>" [--json] [--limit N] [--content DIR]
//   protocolwijzer export --format md|html [--output FILE] [--content DIR]
//   protocolwijzer export --format card --case-type ID [--output FILE] [--content DIR]
//   protocolwijzer export --format card [--all] --output DIR [--content DIR]
//   protocolwijzer export --by-source [--output FILE] [--content DIR]
//   protocolwijzer citations [--json] [--content DIR]
//   protocolwijzer diff OLD_DIR NEW_DIR [--json]
//   protocolwijzer exercises [--json] [--content DIR]
//   protocolwijzer play EXERCISE (--answers FILE | --protocol) [--json] [--content DIR]
//   protocolwijzer wat-nu --answer VRAAG=KEUZE ... [--json] [--content DIR]
//   protocolwijzer author new CASE_TYPE ROLE --step STEP ... [--ask KINDS] [-o FILE] [--content
//   DIR] protocolwijzer author check FILE [--content DIR]
#include "assistant_command.hpp"
#include "author_command.hpp"
#include "diff_command.hpp"
#include "exercise_commands.hpp"
#include "loaded_content.hpp"
#include "search_command.hpp"

#include "pw/content_loader.hpp"
#include "pw/export.hpp"
#include "pw/lookup.hpp"
#include "pw/provenance_sites.hpp"
#include "pw/quote_check.hpp"
#include "pw/search.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

using pw::cli::load;
using pw::cli::Loaded;
using pw::cli::usable;

// Quotes are checked against the source documents when they are at hand;
// an author without ../shared/sources still gets every other check.
void check_quotes_in(const std::string& sources_dir, bool sources_given, Loaded& l) {
    if (sources_dir.empty() || !std::filesystem::is_directory(sources_dir)) {
        l.all.push_back({sources_given ? pw::Severity::error : pw::Severity::warning,
                         "sources.json", "", 0,
                         "map met brondocumenten \"" + sources_dir +
                             "\" niet gevonden; de citaten zijn niet gecontroleerd (geef "
                             "--sources ../shared/sources)."});
        return;
    }
    const pw::SourceTexts texts = pw::read_source_texts(sources_dir, l.result.model);
    const pw::Diagnostics found = pw::check_quotes(l.result.model, l.result.source_map, texts);
    l.all.insert(l.all.end(), found.begin(), found.end());
}

int run_validate(const std::string& content_dir, const std::string& sources_dir,
                 bool sources_given) {
    Loaded l = load(content_dir);
    check_quotes_in(sources_dir, sources_given, l);
    for (const auto& d : l.all)
        std::cerr << pw::format_diagnostic(d) << '\n';
    const pw::Model& m = l.result.model;
    std::size_t steps = 0, flows = 0, examples = 0, quotes = 0;
    for (const auto& site : pw::provenance_sites(m))
        for (const auto& c : site.provenance->citations)
            quotes += c.quote.empty() ? 0 : 1;
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
              << " kaarten, " << m.scenarios.size() << " oefeningen, " << quotes << " citaten; "
              << l.all.size() << " meldingen.\n";
    return ok ? 0 : 1;
}

int run_search(const std::string& content_dir, const std::string& query, bool as_json,
               std::size_t limit) {
    Loaded l = load(content_dir);
    if (!usable(l)) return 1;
    return run_search_command(l.result.model, query, as_json, limit);
}

int write_output(const std::string& text, const std::string& output) {
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

// One case type's card to a file (or standard output), or every card and an
// index into a directory.
int write_cards(const pw::Model& m, const std::string& case_type, const std::string& output) {
    if (!case_type.empty()) {
        const pw::CaseType* ct = pw::find_case_type(m, case_type);
        if (!ct) {
            std::string ids;
            for (const auto& c : m.case_types)
                ids += (ids.empty() ? "" : ", ") + c.id;
            std::cerr << "Zaaktype \"" << case_type << "\" bestaat niet; kies uit: " << ids
                      << ".\n";
            return 1;
        }
        return write_output(pw::export_card(m, *ct), output);
    }
    if (output.empty() || output == "-") {
        std::cerr << "Alle kaarten tegelijk: geef met --output de map waarin ze komen.\n";
        return 1;
    }
    std::error_code error;
    std::filesystem::create_directories(output, error);
    if (error) {
        std::cerr << "Kan map " << output << " niet maken: " << error.message() << "\n";
        return 1;
    }
    const std::filesystem::path dir(output);
    for (const auto& ct : m.case_types)
        if (int code =
                write_output(pw::export_card(m, ct), (dir / pw::card_file_name(ct)).string()))
            return code;
    if (int code = write_output(pw::export_card_index(m), (dir / "index.html").string()))
        return code;
    std::cout << m.case_types.size() << " kaarten en index.html geschreven in " << output << ".\n";
    return 0;
}

int run_export(const std::string& content_dir, const std::string& format, bool by_source,
               const std::string& case_type, const std::string& output) {
    Loaded l = load(content_dir);
    if (!usable(l)) return 1;
    const pw::Model& m = l.result.model;
    if (format == "card") return write_cards(m, case_type, output);
    return write_output(by_source        ? pw::export_by_source(m)
                        : format == "md" ? pw::export_markdown(m)
                                         : pw::export_html(m),
                        output);
}

int run_citations(const std::string& content_dir, bool as_json) {
    Loaded l = load(content_dir);
    if (!usable(l)) return 1;
    const pw::Model& m = l.result.model;
    if (as_json) {
        std::cout << pw::export_citations_json(m, &l.result.source_map);
        return 0;
    }
    for (const auto& site : pw::provenance_sites(m))
        for (const auto& c : site.provenance->citations) {
            std::cout << site.label << "\n    " << pw::source_title(m, c.source) << ", "
                      << c.locator;
            if (!c.quote.empty()) std::cout << ": “" << c.quote << "”";
            if (site.provenance->illustrative) std::cout << " [illustratief]";
            std::cout << "\n";
        }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"Protocolwijzer: het Handelingsprotocol RvdK, IND en DT&V als gids."};
    app.require_subcommand(1);
    std::string content_dir = PW_CONTENT_DIR;

    std::string sources_dir = PW_SOURCES_DIR;
    auto* validate = app.add_subcommand(
        "validate", "Controleer alle inhoud (bestand, regel, uitleg), ook de citaten.");
    validate->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);
    auto* sources_option = validate->add_option("--sources", sources_dir,
                                                "Map met de brondocumenten (../shared/sources)");

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

    std::string format = "md", output, case_type;
    bool by_source = false, all_cards = false;
    auto* exp = app.add_subcommand("export", "Schrijf de hele gids als één leesbaar document.");
    auto* format_option =
        exp->add_option("--format", format, "md, html of card (naslagkaart per zaaktype, A4)")
            ->check(CLI::IsMember({"md", "html", "card"}))
            ->capture_default_str();
    auto* case_type_option =
        exp->add_option("--case-type", case_type, "Zaaktype van de kaart (bij --format card)");
    exp->add_flag("--all", all_cards,
                  "Alle kaarten en een index in de map van --output (bij --format card)")
        ->excludes(case_type_option);
    exp->add_flag("--by-source", by_source,
                  "Per brondocument elke bewering die het citeert, met het citaat (Markdown)")
        ->excludes(format_option);
    exp->add_option("--output,-o", output, "Uitvoerbestand (standaard: standaarduitvoer)");
    exp->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);

    bool citations_json = false;
    auto* citations = app.add_subcommand(
        "citations", "Alle bronverwijzingen: wie citeert wat, waar in de bron, met welk citaat.");
    citations->add_flag("--json", citations_json, "Als JSON");
    citations->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);

    pw::cli::DiffCommand diff;
    pw::cli::add_diff_command(app, diff);

    pw::cli::AssistantCommand assistant;
    pw::cli::add_assistant_command(app, assistant, content_dir);

    const pw::cli::ExerciseCommands exercises = pw::cli::add_exercise_commands(app, content_dir);

    pw::cli::AuthorCommand author;
    pw::cli::add_author_command(app, author, content_dir);

    CLI11_PARSE(app, argc, argv);
    if (validate->parsed())
        return run_validate(content_dir, sources_dir, sources_option->count() > 0);
    if (search->parsed()) return run_search(content_dir, query, as_json, limit);
    if (exp->parsed()) {
        if (format != "card" && (case_type_option->count() > 0 || all_cards)) {
            std::cerr << "--case-type en --all horen bij --format card.\n";
            return 2;
        }
        return run_export(content_dir, format, by_source, case_type, output);
    }
    if (citations->parsed()) return run_citations(content_dir, citations_json);
    if (diff.command->parsed()) return pw::cli::run_diff_command(diff);
    if (assistant.command->parsed()) return pw::cli::run_assistant_command(assistant, content_dir);
    if (int code = 0; pw::cli::run_exercise_commands(exercises, content_dir, code)) return code;
    if (author.command->parsed()) return pw::cli::run_author_command(author, content_dir);
    return 2;
}
