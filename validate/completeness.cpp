#include <algorithm>

#include "template/display_labels.h"
#include "template/template_keys.h"
#include "validate/rules.h"

namespace ogi {
namespace {

// Cells named in a C-2 message; the finding's cell list has them all.
constexpr size_t kNamedMissingCells = 5;

// Whether the group row above a leaf row was printed in its place.
bool printed_as_group(const std::string& key, const CellLookup& cells) {
  const std::string group = group_cell_key(key);
  const CanonicalCell* cell = group.empty() ? nullptr : cells.find(group);
  return cell && cell->found;
}

}  // namespace

std::optional<Finding> check_completeness(const std::string& table, const CellLookup& cells,
                                          const std::string& template_name) {
  const std::vector<std::string> keys = canonical_keys(table, template_name);
  for (const std::string& key : keys) {
    if (cells.semantic(key) != Semantic::kEmpty) return std::nullopt;
  }
  Finding finding;
  finding.rule = "C-1";
  finding.cells = keys;
  finding.severity = Severity::kWarning;
  finding.message = table_label(table) + "全部为空（未填报或未能读取），该表的勾稽关系无法核验";
  return finding;
}

std::optional<Finding> check_missing_cells(const std::string& table, const CellLookup& cells,
                                           const std::string& template_name) {
  std::vector<std::string> missing;
  bool any_found = false;
  for (const std::string& key : canonical_keys(table, template_name)) {
    const CanonicalCell* cell = cells.find(key);
    if (cell && cell->found) {
      any_found = true;
    } else if (!printed_as_group(key, cells)) {
      missing.push_back(key);
    }
  }
  if (!any_found || missing.empty()) return std::nullopt;
  Finding finding;
  finding.rule = "C-2";
  finding.severity = Severity::kWarning;
  finding.cells = missing;
  std::string names;
  for (size_t i = 0; i < missing.size() && i < kNamedMissingCells; ++i) {
    names += (i ? "、" : "") + cell_label(missing[i]);
  }
  if (missing.size() > kNamedMissingCells) names += "等";
  finding.message = table_label(table) + "中有" + std::to_string(missing.size()) +
                    "个单元格未找到（行或列缺失，或未能识别其标签）：" + names;
  return finding;
}

std::optional<Finding> check_unsure_blanks(const Report& report) {
  const std::vector<int>& ocr_pages = report.source.ocr_pages;
  std::vector<std::string> unsure;
  for (const CanonicalCell& cell : report.cells) {
    if (cell.value.semantic != Semantic::kEmpty || !cell.found || !cell.page ||
        cell.confidence >= kConfidentReading ||
        std::find(ocr_pages.begin(), ocr_pages.end(), *cell.page) == ocr_pages.end()) {
      continue;
    }
    unsure.push_back(cell.key());
  }
  if (unsure.empty()) return std::nullopt;
  Finding finding;
  finding.rule = "OCR-2";
  finding.severity = Severity::kWarning;
  finding.cells = unsure;
  std::string names;
  for (size_t i = 0; i < unsure.size() && i < kNamedMissingCells; ++i) {
    names +=
        (i ? "、" : "") + table_label(unsure[i].substr(0, 2)) + "“" + cell_label(unsure[i]) + "”";
  }
  if (unsure.size() > kNamedMissingCells) names += "等";
  finding.message = "扫描页上有" + std::to_string(unsure.size()) +
                    "个单元格读作空白，但图像中有未能识别的笔画（可能漏读数字）：" + names;
  return finding;
}

}  // namespace ogi
