#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/process_tuning.h"

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "batch") ogi::use_huge_pages(argv);
  CLI::App app{
      std::string("ogi — turns 政府信息公开工作年度报告 into validated JSON records. Reads ") +
      ogi::kReportFormats};
  app.require_subcommand(1);
  int exit_code = ogi::kExitOk;
  ogi::add_extract_command(app, exit_code);
  ogi::add_check_command(app, exit_code);
  ogi::add_eval_command(app, exit_code);
  ogi::add_debug_command(app, exit_code);
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
