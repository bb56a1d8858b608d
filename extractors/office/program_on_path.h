#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ogi {

// The first of `names` found as an executable file in a folder of $PATH, as the shell would run
// it (a relative folder in $PATH is ignored: what runs must not depend on the current folder).
std::optional<std::string> program_on_path(const std::vector<std::string>& names);

}  // namespace ogi
