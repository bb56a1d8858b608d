#include <iostream>
#include <string>

#include "cli/check_printer.h"
#include "cli/commands.h"
#include "pipeline/pipeline.h"

namespace ogi {

void add_check_command(CLI::App& app, int& exit_code) {
  auto file = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "check", "Print the three tables with their Chinese labels and the validation findings");
  command->add_option("file", *file, std::string("One report file: ") + kReportFormats)->required();
  command->callback([file, &exit_code] {
    const ProcessedFile processed = process_file(*file);
    std::cout << render_check(processed.report);
    exit_code = processed.unreadable ? kExitUnreadable : kExitOk;
  });
}

}  // namespace ogi
