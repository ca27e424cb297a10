// protocolwijzer: the guide's core on the command line, for content authors and CI.
//   protocolwijzer validate [--content DIR]
#include "content_files.hpp"

#include "pw/content_loader.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

int run_validate(const std::string& content_dir) {
    pw::ContentFiles files = pw::read_content_dir(content_dir);
    pw::LoadResult result = pw::load_and_validate(files.files);
    pw::Diagnostics all = files.diagnostics;
    all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
    for (const auto& d : all)
        std::cerr << pw::format_diagnostic(d) << '\n';
    std::size_t steps = 0, flows = 0;
    for (const auto& ct : result.model.case_types) {
        steps += ct.steps.size();
        for (const auto& s : ct.steps)
            flows += s.flows.size();
    }
    const bool ok = !pw::has_errors(all);
    std::cout << (ok ? "Inhoud in orde: " : "Inhoud bevat fouten: ") << files.files.size()
              << " bestanden, " << result.model.case_types.size() << " zaaktypen, " << steps
              << " stappen, " << flows << " gegevensstromen, " << result.model.roles.size()
              << " rollen; " << all.size() << " meldingen.\n";
    return ok ? 0 : 1;
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

    CLI11_PARSE(app, argc, argv);
    if (validate->parsed()) return run_validate(content_dir);
    return 2;
}
