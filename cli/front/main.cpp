// The `ogi` executable: the command line only. The commands' work is in ogi_commands.so, opened
// when a command runs (cli/front/command_module.h).
#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

#include "cli/command_options.h"
#include "cli/front/command_line.h"
#include "cli/front/process_tuning.h"
#include "output/schema_version.h"

namespace {

// The command's name: the first argument that is not an option (`ogi --quiet batch …`).
std::string_view command_name(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (argv[i][0] != '-') return argv[i];
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  if (command_name(argc, argv) == "batch") ogi::use_huge_pages(argv);
  CLI::App app{
      std::string("ogi — turns 政府信息公开工作年度报告 into validated JSON records. Reads ") +
      ogi::kReportFormats};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("ogi ") + OGI_VERSION + " (record schema_version " +
                                        ogi::kSchemaVersion + ")");
  // Usage errors are `ogi:` lines like every other message on stderr.
  app.failure_message([](const CLI::App*, const CLI::Error& error) {
    return std::string("ogi: ") + error.what() + " (ogi --help)\n";
  });
  int exit_code = ogi::kExitOk;
  ogi::add_commands(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int printed = app.exit(error);
    return printed == 0 ? ogi::kExitOk : ogi::kExitUsage;
  }
  return exit_code;
}
