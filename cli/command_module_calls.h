#pragma once

#include "cli/command_options.h"
#include "model/loadable_module.h"

namespace ogi {

// The commands' work (cli/commands.h) as ogi_commands.so exports it to the `ogi` executable
// (cli/front), which parses the command line and prints help without it. Both are built from the
// same sources against the same libstdc++, so the option structs cross as they are.
struct CommandModuleCalls {
  ModuleTableHead head;
  int (*extract)(const ExtractOptions& options);
  int (*check)(const CheckOptions& options);
  int (*eval)(const EvalOptions& options);
  int (*debug)(const DebugOptions& options);
  int (*audit)(const AuditOptions& options);
  int (*batch)(const BatchOptions& options);
  int (*merge)(const MergeOptions& options);
};

// The module's file name and the C name of its one exported function,
// `const ModuleTableHead* ()`, the head of its CommandModuleCalls.
inline constexpr char kCommandModuleName[] = "ogi_commands.so";
inline constexpr char kCommandModuleEntry[] = "ogi_command_module_calls";

}  // namespace ogi
