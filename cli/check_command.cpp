#include <iostream>

#include "cli/check_printer.h"
#include "cli/commands.h"
#include "pipeline/pipeline.h"

namespace ogi {

int run_check(const CheckOptions& options) {
  const ProcessedFile processed = process_file(options.file);
  std::cout << render_check(processed.report);
  return processed.unreadable ? kExitUnreadable : kExitOk;
}

}  // namespace ogi
