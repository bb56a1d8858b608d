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
  std::string agency;  // report.agency without whitespace; "" when unknown
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
// Reports without agency or year take part in DUP-1 only.
std::vector<std::vector<Finding>> corpus_findings(const std::vector<ReportDigest>& reports);

}  // namespace ogi
