#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/report.h"
#include "validate/cell_lookup.h"

namespace ogi {

// Rule groups of validate_report. Each appends its findings to `out` in a stable order.
// template_name is a registered template (see template_of).

// C-1: a table whose official cells are all EMPTY was not printed or not read. One warning
// naming the table replaces the dozens of UNCERTAIN findings its identities would give.
std::optional<Finding> check_completeness(const std::string& table, const CellLookup& cells,
                                          const std::string& template_name);

// C-2: official cells absent from a table that was found (a row or column the layout did not
// find or could not map). Their EMPTY is not evidence of an empty cell, so they are named.
std::optional<Finding> check_missing_cells(const std::string& table, const CellLookup& cells,
                                           const std::string& template_name);

// OCR-2: cells of a scanned page read as blank although the image holds marks there that no
// recognizer could read (an unsure blank, confidence below kConfidentReading): perhaps a value
// lost, so they are named.
std::optional<Finding> check_unsure_blanks(const Report& report);

// T2-6: 本年收费金额 must be in 万元, for templates that print the amount; an amount in 元
// shows in its unit or its size. (The sum identities and count rules are data:
// template/identities.h, evaluated by check_template_rules.)
void check_fee_unit(const Report& report, const CellLookup& cells, const std::string& template_name,
                    std::vector<Finding>& out);
// N-1, N-2, N-4, N-6, N-7: section text against 表三 and 表四.
void check_narrative(const Report& report, const CellLookup& cells, std::vector<Finding>& out);

// T3-5, T4-2, T2-2 (RuleKind::kCountCells): a count must be a non-negative integer (an amount only
// non-negative). nullopt for cells that are not numbers or that pass.
std::optional<Finding> check_count_cell(const CanonicalCell& cell, const std::string& rule,
                                        bool allow_decimal);

}  // namespace ogi
