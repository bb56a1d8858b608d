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

// A rule's scope (TemplateRule::scope) said for one line: {table} and {line} by their labels.
std::string rule_scope(const std::string& scope, const std::string& table, const std::string& line,
                       bool line_is_column);

}  // namespace ogi
