#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/report.h"

namespace ogi {

// What the cross-report checks need of one record, small enough to hold for a whole corpus.
struct ReportDigest {
  std::string sha256;
  std::string path;
  // The agency's identity key (template/agency: division code | body), "printed|" + the name
  // without whitespace when the name is tied to no division; "" when no agency was printed.
  std::string agency;
  std::string unlinked;  // why the printed agency is tied to no division (AG-1); "" when it is
  std::optional<int> year;
  // Numbers of the cells the cross-year rules read (t3 carry-overs, t2 art20_1).
  std::map<std::string, double> carry_values;
  // Every official t2/t3/t4 cell as "key=value;", for N-9; "" when the record has no cells.
  std::string tables;
  bool tables_all_zero = true;
};

ReportDigest digest_record(const nlohmann::ordered_json& record);

// Findings that need several reports, one list per input (same order as `reports`), each on
// the later report: T3-6 and T2-1 against the same agency's previous year, N-9 内容雷同 against
// any earlier year, and DUP-1 (info) on an input whose bytes appeared earlier in the input.
// AG-1 (info) on a report whose printed agency is tied to no division. Reports without agency
// or year take part in DUP-1 and AG-1 only.
std::vector<std::vector<Finding>> corpus_findings(const std::vector<ReportDigest>& reports);

}  // namespace ogi
