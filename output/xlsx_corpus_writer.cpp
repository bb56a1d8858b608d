#include "output/xlsx_corpus_writer.h"

#include <algorithm>
#include <map>

#include "model/cell_key.h"
#include "output/cell_marks.h"
#include "output/corpus_rows.h"
#include "output/wide_columns.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

// corpus.sqlite's reports columns but the whole record, which no one reads in a cell.
std::vector<std::string> identity_columns() {
  std::vector<std::string> columns = report_columns();
  columns.pop_back();
  return columns;
}

std::string identity_label(const std::string& column) {
  static const std::map<std::string, std::string> labels = {
      {"ordinal", "序号"},
      {"sha256", "SHA-256"},
      {"path", "文件"},
      {"format", "格式"},
      {"agency", "机关"},
      {"year", "年度"},
      {"template", "模板"},
      {"published", "发布日期"},
      {"status", "校验结果"},
      {"errors", "读取错误"},
      {"report_id", "报告"},
      {"agency_key", "机关标识"},
      {"agency_level", "层级"},
      {"province", "省"},
      {"city", "市"},
      {"county", "县"},
      {"agency_confidence", "机关匹配置信度"}};
  const auto found = labels.find(column);
  return found == labels.end() ? column : found->second;
}

std::vector<std::vector<std::string>> reports_header(const std::vector<std::string>& keys) {
  std::vector<std::string> labels;
  std::vector<std::string> names = identity_columns();
  for (const std::string& column : names) labels.push_back(identity_label(column));
  for (const std::string& key : keys) {
    labels.push_back(wide_column_label(key));
    names.push_back(key);
  }
  return {labels, names};
}

// The value a reader sees: the number; for a cell printed as text (NA, TEXT), its text; blank
// for a blank cell (EMPTY), never 0.
CorpusValue shown_value(const ordered_json& cell) {
  const CorpusValue value = corpus_value_of(cell.value("value", ordered_json()));
  if (!std::holds_alternative<std::monostate>(value)) return value;
  const std::string raw = cell.value("raw", "");
  return raw.empty() ? CorpusValue{} : CorpusValue{raw};
}

lxw_format* mark_format(const XlsxFormats& formats, const CellMark* mark) {
  if (mark == nullptr) return nullptr;
  return mark->flagged ? formats.flagged : formats.low_confidence;
}

const CellMark* mark_of(const std::map<std::string, CellMark>& marks, const std::string& key) {
  const auto found = marks.find(key);
  return found == marks.end() ? nullptr : &found->second;
}

std::string key_of(const ordered_json& cell) {
  return cell_key_text(cell.value("table", ""), cell.value("row", ""), cell.value("col", ""));
}

constexpr uint16_t kFrozenReportColumns = 3;  // ordinal, sha256, path

}  // namespace

XlsxCorpusWriter::XlsxCorpusWriter(const std::filesystem::path& target,
                                   std::vector<std::string> keys)
    : workbook_(target),
      keys_(std::move(keys)),
      reports_(workbook_, "reports", reports_header(keys_), kFrozenReportColumns),
      findings_(workbook_, "findings", {finding_columns()}),
      cells_(workbook_, "cells", {cell_columns()}) {
  const size_t first = identity_columns().size();
  for (size_t i = 0; i < keys_.size(); ++i) {
    key_columns_.emplace(keys_[i], static_cast<uint16_t>(first + i));
  }
}

void XlsxCorpusWriter::add(const ordered_json& record, long long ordinal) {
  const std::map<std::string, CellMark> marks = cell_marks(record);
  add_report(record, ordinal, marks);
  for (const CorpusRow& row : finding_rows(record)) findings_.write_row(row);
  add_cells(record, marks);
}

void XlsxCorpusWriter::add_report(const ordered_json& record, long long ordinal,
                                  const std::map<std::string, CellMark>& marks) {
  CorpusRow identity = report_row(record, ordinal, "");
  identity.pop_back();
  reports_.write_row(identity);
  for (const ordered_json& cell : record.at("cells")) {
    const std::string key = key_of(cell);
    const auto column = key_columns_.find(key);
    if (column == key_columns_.end()) continue;
    const CellMark* mark = mark_of(marks, key);
    reports_.write(column->second, shown_value(cell), mark_format(workbook_.formats(), mark));
    if (mark != nullptr) reports_.note(column->second, mark->note);
  }
}

void XlsxCorpusWriter::add_cells(const ordered_json& record,
                                 const std::map<std::string, CellMark>& marks) {
  static const uint16_t value_column = [] {
    const std::vector<std::string>& columns = cell_columns();
    return static_cast<uint16_t>(std::find(columns.begin(), columns.end(), "value") -
                                 columns.begin());
  }();
  const std::vector<CorpusRow> rows = cell_rows(record);
  const ordered_json& cells = record.at("cells");
  for (size_t i = 0; i < rows.size(); ++i) {
    lxw_format* format = mark_format(workbook_.formats(), mark_of(marks, key_of(cells[i])));
    cells_.next_row();
    for (uint16_t column = 0; column < rows[i].size(); ++column) {
      cells_.write(column, rows[i][column], column == value_column ? format : nullptr);
    }
  }
}

}  // namespace ogi
