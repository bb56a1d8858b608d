#include "cli/front/command_module.h"

namespace ogi {

const CommandModuleCalls* command_module() {
  static const OpenedModule module =
      open_module(kCommandModuleName, OGI_MODULE_DIR, kCommandModuleEntry, OGI_VERSION,
                  sizeof(CommandModuleCalls), "ogi's commands module");
  if (!module.calls) {
    std::cerr << "ogi: " << module.failure << "\n";
    return nullptr;
  }
  return &module_table<CommandModuleCalls>(*module.calls);
}

}  // namespace ogi
