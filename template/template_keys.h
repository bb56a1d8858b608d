#pragma once

#include <string>
#include <vector>

namespace ogi {

// Canonical rows and columns of the national template (template.md §2-4), in printed order.
// template_name is "2019" or "2021"; anything else is treated as 2021, the current format.

// The six applicant columns C of 表三, without 总计.
const std::vector<std::string>& t3_applicant_columns();
// The five 法人或其他组织 columns, the ones an extra org_subtotal column sums.
const std::vector<std::string>& t3_org_columns();
// C+ = C ∪ {total}.
const std::vector<std::string>& t3_columns();
// Outcome rows summed by T3-2: granted, partial and every leaf of （三）–（六）.
std::vector<std::string> t3_outcome_rows(const std::string& template_name);
// Every official data row of 表三, in printed order.
std::vector<std::string> t3_rows(const std::string& template_name);

const std::vector<std::string>& t4_groups();
// upheld, corrected, other, pending, total.
const std::vector<std::string>& t4_columns();

// Every official cell key ("table.row.col") of one table ("t2", "t3" or "t4").
std::vector<std::string> canonical_keys(const std::string& table, const std::string& template_name);

}  // namespace ogi
