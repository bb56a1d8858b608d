#include <iostream>

#include "cli/commands.h"
#include "cli/evaluation.h"

namespace ogi {

int run_eval(const EvalOptions& options) {
  const EvaluationResult result = evaluate_directories(options.truth_dir, options.out_dir);
  std::cout << render_evaluation(result, options.verbose);
  return kExitOk;
}

}  // namespace ogi
