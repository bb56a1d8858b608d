#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/evaluation.h"

namespace ogi {

void add_eval_command(CLI::App& app, int& exit_code) {
  struct Options {
    std::string truth_dir;
    std::string out_dir;
    bool verbose = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "eval", "Compare records in OUT_DIR with ground truth in TRUTH_DIR, per input format");
  command->add_option("truth_dir", options->truth_dir, "Folder of truth JSON files")
      ->required()
      ->check(CLI::ExistingDirectory);
  command->add_option("out_dir", options->out_dir, "Folder of records written by ogi extract -o")
      ->required()
      ->check(CLI::ExistingDirectory);
  command->add_flag("-v,--verbose", options->verbose, "List every wrong cell");
  command->callback([options, &exit_code] {
    const EvaluationResult result = evaluate_directories(options->truth_dir, options->out_dir);
    std::cout << render_evaluation(result, options->verbose);
    exit_code = kExitOk;
  });
}

}  // namespace ogi
