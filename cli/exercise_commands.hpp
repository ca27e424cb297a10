// `protocolwijzer exercises` (every exercise with its decisions, the choices
// each offers, branches and endings) and `protocolwijzer play` (one exercise
// played with answers per decision id: path, points, ending), for authors who
// check an exercise and for tests.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace pw::cli {

struct ExerciseCommands {
    CLI::App* list = nullptr;
    CLI::App* play = nullptr;
    struct Options {
        bool json = false;
        bool protocol = false;
        std::string exercise, answers;
    };
    std::shared_ptr<Options> options;
};

ExerciseCommands add_exercise_commands(CLI::App& app, std::string& content_dir);
// Runs the command that was parsed, if it is one of these; `exit_code` gets its result.
bool run_exercise_commands(const ExerciseCommands& commands, const std::string& content_dir,
                           int& exit_code);

} // namespace pw::cli
