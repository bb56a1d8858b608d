#pragma once

#include <string>

#include "model/report.h"

namespace ogi {

// The report as a person reads it: identity, 表二/表三/表四 as aligned text with the template's
// Chinese labels, then the findings.
std::string render_check(const Report& report);

}  // namespace ogi
