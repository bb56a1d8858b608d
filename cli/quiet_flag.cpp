#include "cli/commands.h"

namespace ogi {

void add_quiet_flag(CLI::App& app) {
  // A const description: CLI11 takes a non-const string here for the flag's value.
  const std::string description =
      "No progress line and no end-of-run summary on stderr (errors are still printed)";
  app.add_flag("-q,--quiet", description);
  // Subcommands created after this inherit it, so `ogi batch --quiet` reaches the app's flag.
  app.fallthrough();
}

bool quiet_run(const CLI::App& command) {
  const CLI::App* app = command.get_parent() != nullptr ? command.get_parent() : &command;
  return app->count("--quiet") > 0;
}

}  // namespace ogi
