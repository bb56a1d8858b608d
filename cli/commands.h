#pragma once

#include "cli/command_options.h"

namespace ogi {

// The work of each command once its command line is parsed; each returns the command's exit
// code. Built into ogi_commands.so, which the `ogi` executable opens (cli/front/command_module.h).
int run_extract(const ExtractOptions& options);
int run_check(const CheckOptions& options);
int run_eval(const EvalOptions& options);
int run_debug(const DebugOptions& options);
int run_audit(const AuditOptions& options);
int run_batch(const BatchOptions& options);
int run_merge(const MergeOptions& options);

}  // namespace ogi
