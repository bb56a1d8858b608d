#pragma once

#include <string>
#include <vector>

#include "model/report.h"
#include "template/template_schema.h"
#include "validate/cell_lookup.h"

namespace ogi {

// Evaluates every template rule of one table (template/identities.h) that applies to the
// report's template, in their order: each identity once per line it is repeated over, each
// count rule once per cell. The one evaluator: no rule is written as code.
void check_template_rules(const std::string& table, const CellLookup& cells,
                          const TemplateSchema& schema, std::vector<Finding>& out);

}  // namespace ogi
