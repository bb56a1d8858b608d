#pragma once

#include <string>
#include <vector>

#include "template/template_schema.h"

namespace ogi {

// Canonical rows and columns of a template (template.md §2-4), in printed order, read off its
// schema so a key added there is validated without a second list to keep in step.

// The registered template of that name, else the current one.
const TemplateSchema& template_or_current(const std::string& template_name);

// C+: the official 表三 columns, 总计 last.
std::vector<std::string> t3_columns(const TemplateSchema& schema);
// C: the applicant columns of 表三, without 总计.
std::vector<std::string> t3_applicant_columns(const TemplateSchema& schema);
// The 法人或其他组织 columns (C without 自然人), the ones an extra org_subtotal column sums.
std::vector<std::string> t3_org_columns(const TemplateSchema& schema);
// Outcome rows summed by T3-2: granted, partial and every leaf of （三）–（六）.
std::vector<std::string> t3_outcome_rows(const TemplateSchema& schema);
// Every official data row of 表三, in printed order.
std::vector<std::string> t3_rows(const TemplateSchema& schema);
// The official columns of `table` ("t3", "t4"; none for "t2", whose rows carry their own).
std::vector<std::string> official_columns(const std::string& table, const TemplateSchema& schema);
// The official rows of `table`; 表二's as "<section>.<row>".
std::vector<std::string> official_rows(const std::string& table, const TemplateSchema& schema);
// Whether some registered template prints `row` as a 表三 data row (2019's single `other`).
bool t3_row_in_any_template(const std::string& row);

// Every official cell key ("table.row.col") of one table ("t2", "t3" or "t4").
std::vector<std::string> canonical_keys(const std::string& table, const std::string& template_name);

}  // namespace ogi
