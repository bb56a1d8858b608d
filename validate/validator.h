#pragma once

#include <vector>

#include "model/report.h"

namespace ogi {

// One validator for every format: template identities (template.md §6), completeness and
// narrative-vs-table rules over canonical cells. Blind to how the cells were extracted.
std::vector<Finding> validate_report(const Report& report);

}  // namespace ogi
