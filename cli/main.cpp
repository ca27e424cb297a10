// protocolwijzer: the guide's core on the command line, for content authors and CI.
//   protocolwijzer validate [--content DIR]
//   protocolwijzer search "<query>" [--json] [--limit N] [--content DIR]
//   protocolwijzer export --format md|html [--output FILE] [--content DIR]
//   protocolwijzer exercises [--json] [--content DIR]
//   protocolwijzer play EXERCISE (--answers FILE | --protocol) [--json] [--content DIR]
#include "exercise_commands.hpp"
#include "loaded_content.hpp"

#include "pw/content_loader.hpp"
#include "pw/export.hpp"
#include "pw/search.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

namespace {

using pw::cli::load;
using pw::cli::Loaded;
using pw::cli::usable;

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

std::string with_marks(const std::string& text, const std::vector<pw::TextSpan>& spans,
                       const char* open, const char* close) {
    std::string out;
    std::size_t at = 0;
    for (const auto& s : spans) {
        out += text.substr(at, s.begin - at) + open + std::string(s.text(text)) + close;
        at = s.begin + s.length;
    }
    return out + text.substr(at);
}

int run_search(const std::string& content_dir, const std::string& query, bool as_json,
               std::size_t limit) {
    Loaded l = load(content_dir);
    if (!usable(l)) return 1;
    const pw::SearchIndex index = pw::SearchIndex::build(l.result.model);
    const auto hits = index.search(query, limit);
    if (as_json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& h : hits) {
            const auto& d = index.documents()[h.document];
            nlohmann::json marks = nlohmann::json::array();
            for (const auto& s : h.snippet_matches)
                marks.push_back({s.begin, s.length});
            out.push_back({{"kind", pw::search_kind_id(d.kind)},
                           {"id", d.id},
                           {"title", d.title},
                           {"context", d.context},
                           {"route", pw::format_route(d.route)},
                           {"score", h.score},
                           {"snippet", h.snippet},
                           {"snippetMatches", marks}});
        }
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    if (hits.empty()) {
        std::cout << "Niets gevonden voor \"" << query << "\".\n";
        return 0;
    }
    // Grouped by kind, in order of each group's best hit.
    std::vector<pw::SearchKind> order;
    for (const auto& h : hits) {
        const auto kind = index.documents()[h.document].kind;
        if (std::find(order.begin(), order.end(), kind) == order.end()) order.push_back(kind);
    }
    for (const auto kind : order) {
        std::cout << "\n" << pw::search_kind_label(kind) << "\n";
        for (const auto& h : hits) {
            const auto& d = index.documents()[h.document];
            if (d.kind != kind) continue;
            std::cout << "  " << with_marks(d.title, h.title_matches, "[", "]");
            if (!d.context.empty()) std::cout << "  (" << d.context << ")";
            std::cout << "\n    " << pw::format_route(d.route) << "\n    "
                      << with_marks(h.snippet, h.snippet_matches, "[", "]") << "\n";
        }
    }
    return 0;
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
    search->add_flag("--json", as_json, "Resultaten als JSON, met de deep link per treffer");
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

    const pw::cli::ExerciseCommands exercises = pw::cli::add_exercise_commands(app, content_dir);

    CLI11_PARSE(app, argc, argv);
    if (validate->parsed()) return run_validate(content_dir);
    if (search->parsed()) return run_search(content_dir, query, as_json, limit);
    if (exp->parsed()) return run_export(content_dir, format, output);
    if (int code = 0; pw::cli::run_exercise_commands(exercises, content_dir, code)) return code;
    return 2;
}
