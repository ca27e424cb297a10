// protocolwijzer author new|check: the exercise editor's core on the command
// line. `new` writes a draft exercise for a case type and role with decisions
// at the steps named, the right answers filled in from the flows; `check`
// says of an exercise file what the app's editor would, field by field.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace pw::cli {

struct AuthorCommand {
    CLI::App* command = nullptr;
    CLI::App* create = nullptr; // author new
    CLI::App* check = nullptr;  // author check
    std::string case_type, role, id, title, summary, situation, output, file;
    std::vector<std::string> steps;
    std::vector<std::string> persons; // "Familie Karimi (fictief)=ouders met twee kinderen"
    std::string kinds = "recipients,data,channel";
};

void add_author_command(CLI::App& app, AuthorCommand& cmd, std::string& content_dir);
int run_author_command(const AuthorCommand& cmd, const std::string& content_dir);

} // namespace pw::cli
