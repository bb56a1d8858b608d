#include <algorithm>

#include "template/display_labels.h"
#include "template/template_keys.h"
#include "validate/narrative/agency_level.h"
#include "validate/rules.h"

namespace ogi {

namespace {

const std::string kTable = "t2";
const std::string kFeeKey = "t2.art20_8.administrative_fees.amount_10k_yuan";

// T2-6 thresholds in 万元. A fee income of 10亿元 is beyond what one city, county or district
// agency collects, while fees of 10万元 or more written in 元 already reach it; provincial and
// national agencies (and reports whose agency is unknown) get a hundred times more room.
constexpr double kLocalFeeLimit = 100000;
constexpr double kProvinceFeeLimit = 1000000;

std::vector<std::string> yuan_reasons(const CanonicalCell& cell, double limit) {
  std::vector<std::string> reasons;
  if (cell.value.unit == "元") reasons.push_back("单元格标注单位为“元”");
  bool header_yuan = cell.column_label.find("元") != std::string::npos &&
                     cell.column_label.find("万元") == std::string::npos;
  if (header_yuan) reasons.push_back("表头单位为“元”（" + cell.column_label + "）");
  if (*cell.value.value >= limit) {
    reasons.push_back("数值不小于 " + format_number(limit) + " 万元，对该机关明显偏大");
  }
  return reasons;
}

// T2-6 (2021): 本年收费金额 must be in 万元; an amount in 元 shows in its unit or its size.
void check_fee_amount(const Report& report, const CellLookup& cells, std::vector<Finding>& out) {
  const CanonicalCell* cell = cells.find(kFeeKey);
  if (!cell || !cells.number(kFeeKey) || *cells.number(kFeeKey) == 0) return;
  bool province = !report.meta.agency || is_province_level_agency(*report.meta.agency);
  std::vector<std::string> reasons =
      yuan_reasons(*cell, province ? kProvinceFeeLimit : kLocalFeeLimit);
  if (reasons.empty()) return;
  std::string printed =
      cell->value.raw.empty() ? format_number(*cell->value.value) : cell->value.raw;
  std::string message = "表二 行政事业性收费 本年收费金额为“" + printed + "”，单位疑为元而非万元：";
  for (size_t i = 0; i < reasons.size(); ++i) message += (i > 0 ? "；" : "") + reasons[i];
  Finding finding;
  finding.rule = "T2-6";
  finding.severity = Severity::kWarning;
  finding.cells = {kFeeKey};
  finding.message = message;
  finding.actual = *cell->value.value;
  out.push_back(std::move(finding));
}

}  // namespace

void check_fee_unit(const Report& report, const CellLookup& cells, const std::string& template_name,
                    std::vector<Finding>& out) {
  const std::vector<std::string> keys = canonical_keys(kTable, template_name);
  if (std::ranges::find(keys, kFeeKey) == keys.end()) return;  // 2019 prints no amount
  check_fee_amount(report, cells, out);
}

}  // namespace ogi
