#include "diff_command.hpp"

#include "loaded_content.hpp"

#include "pw/content_diff.hpp"

#include <iostream>

namespace pw::cli {

void add_diff_command(CLI::App& app, DiffCommand& diff) {
    diff.command = app.add_subcommand(
        "diff", "Wat is er veranderd tussen twee versies van de inhoud: stappen, stromen, "
                "gegevens, kanalen, rollen, regels en oefeningen.");
    diff.command->add_option("old", diff.old_dir, "Map met de oude inhoud (manifest.json)")
        ->required()
        ->check(CLI::ExistingDirectory);
    diff.command->add_option("new", diff.new_dir, "Map met de nieuwe inhoud (manifest.json)")
        ->required()
        ->check(CLI::ExistingDirectory);
    diff.command->add_flag("--json", diff.as_json,
                           "Als JSON, met per wijziging de velden (oud, nieuw)");
}

int run_diff_command(const DiffCommand& diff) {
    // Both trees must load; references need not resolve (an edit in progress compares too).
    Loaded before = load(diff.old_dir, false), after = load(diff.new_dir, false);
    for (const auto* l : {&before, &after})
        if (has_errors(l->all)) {
            for (const auto& d : l->all)
                std::cerr << format_diagnostic(d) << '\n';
            std::cerr << "De inhoud in " << (l == &before ? diff.old_dir : diff.new_dir)
                      << " kan niet gelezen worden; herstel eerst de fouten hierboven.\n";
            return 1;
        }
    ContentDiff result = diff_content(before.result.model, after.result.model);
    result.old_version = before.version;
    result.new_version = after.version;
    std::cout << (diff.as_json ? format_diff_json(result) : format_diff_text(result));
    return 0;
}

} // namespace pw::cli
