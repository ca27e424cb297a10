// protocolwijzer diff OLD NEW [--json]: what changed between two content trees.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace pw::cli {

struct DiffCommand {
    CLI::App* command = nullptr;
    std::string old_dir, new_dir;
    bool as_json = false;
};

void add_diff_command(CLI::App& app, DiffCommand& diff);
int run_diff_command(const DiffCommand& diff);

} // namespace pw::cli
