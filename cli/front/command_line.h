#pragma once

#include <CLI/CLI.hpp>

namespace ogi {

// The `ogi` command line: its options, subcommands and help, defined without any of the work
// (cli/commands.h), so that parsing it and printing help loads nothing else. When a subcommand
// runs, its work is called in ogi_commands.so (command_module.h) and its exit code stored in
// `exit_code`.
void add_commands(CLI::App& app, int& exit_code);

}  // namespace ogi
