// The commands module's one exported symbol: the table of the commands' work
// (command_module_calls.h). Built only into ogi_commands.so, which `ogi` opens once a command
// line is parsed.
#include <exception>
#include <iostream>

#include "cli/command_module_calls.h"
#include "cli/commands.h"

namespace {

// What a command lets escape is the run's own setup failing (an output path that cannot be
// created): a message and exit 1, printed here, where the exception's type is known.
template <typename Options, int (*work)(const Options&)>
int guarded(const Options& options) {
  try {
    return work(options);
  } catch (const std::exception& error) {
    std::cerr << "ogi: " << error.what() << "\n";
    return ogi::kExitFailure;
  }
}

constexpr ogi::CommandModuleCalls kCalls = {
    {OGI_VERSION, sizeof(ogi::CommandModuleCalls)}, guarded<ogi::ExtractOptions, ogi::run_extract>,
    guarded<ogi::CheckOptions, ogi::run_check>,     guarded<ogi::EvalOptions, ogi::run_eval>,
    guarded<ogi::DebugOptions, ogi::run_debug>,     guarded<ogi::AuditOptions, ogi::run_audit>,
    guarded<ogi::BatchOptions, ogi::run_batch>,     guarded<ogi::MergeOptions, ogi::run_merge>,
};

}  // namespace

// Typed as the head every module's table starts with, the type the loader calls it through
// (UBSan checks the call's function type); the table follows from it.
extern "C" __attribute__((visibility("default"))) const ogi::ModuleTableHead*
ogi_command_module_calls() {
  return &kCalls.head;
}
