#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/process_tuning.h"
#include "output/report_json.h"

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
  ogi::add_quiet_flag(app);
  // Usage errors are `ogi:` lines like every other message on stderr.
  app.failure_message([](const CLI::App*, const CLI::Error& error) {
    return std::string("ogi: ") + error.what() + " (ogi --help)\n";
  });
  int exit_code = ogi::kExitOk;
  ogi::add_extract_command(app, exit_code);
  ogi::add_check_command(app, exit_code);
  ogi::add_eval_command(app, exit_code);
  ogi::add_debug_command(app, exit_code);
  ogi::add_audit_command(app, exit_code);
  ogi::add_batch_command(app, exit_code);
  ogi::add_merge_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int printed = app.exit(error);
    return printed == 0 ? ogi::kExitOk : ogi::kExitUsage;
  } catch (const std::exception& error) {
    // Per-file failures are records, not exceptions; what reaches here is the run's own setup
    // (an output path that cannot be created), and it deserves a message, not an abort.
    std::cerr << "ogi: " << error.what() << "\n";
    return ogi::kExitFailure;
  }
  return exit_code;
}
