#pragma once

#include <iostream>

#include "cli/command_module_calls.h"

namespace ogi {

// The commands module (ogi_commands.so), opened on first use and kept to the end of the process:
// the `ogi` executable links none of the libraries the work needs (Poppler, libxml2, ICU, SQLite…;
// about 40), so `ogi --help` and a usage error cost what starting a small program costs. Looked
// for where model/loadable_module.h says. Null after printing why, naming the paths looked at,
// when it cannot be opened.
const CommandModuleCalls* command_module();

// `work` called with `options`; exit 1 when the module cannot be opened.
template <typename Options>
int call_command(int (*const CommandModuleCalls::*work)(const Options&), const Options& options) {
  const CommandModuleCalls* calls = command_module();
  return calls ? (calls->*work)(options) : kExitFailure;
}

}  // namespace ogi
