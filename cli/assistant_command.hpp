// protocolwijzer wat-nu --answer VRAAG=KEUZE ... [--json]: the "Wat nu?"
// assistant on the command line, by the same core function as the app.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace pw::cli {

struct AssistantCommand {
    CLI::App* command = nullptr;
    std::vector<std::string> answers; // "zaak=kb"
    bool as_json = false;
};

void add_assistant_command(CLI::App& app, AssistantCommand& cmd, std::string& content_dir);
int run_assistant_command(const AssistantCommand& cmd, const std::string& content_dir);

} // namespace pw::cli
