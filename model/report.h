#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/cell_key.h"
#include "model/cell_value.h"
#include "model/document.h"
#include "model/geometry.h"

namespace ogi {

// One canonical cell of the national template (template.md §2-4), keyed table.row.col.
// A value read with at least this confidence is as good as a text layer's (README, "Scans: what
// confidence means"); below it, it is doubted: re-read, and named by a finding when still unsure.
inline constexpr double kConfidentReading = 0.9;

struct CanonicalCell {
  std::string table;  // t2 | t3 | t4
  std::string row;    // t2 rows are "<section>.<row>"
  std::string col;
  CellValue value;
  std::optional<int> page;  // 1-based
  std::optional<Box> box;
  double confidence = 1.0;
  bool extra = false;        // unofficial row or column (subtotals, org_subtotal)
  bool found = false;        // printed in a table of the document, not only listed by template
  std::string column_label;  // column header as printed (compact), e.g. for unit checks

  std::string key() const { return cell_key_text(table, row, col); }
};

// The key of the group row a leaf row belongs to, same column ("t3.other.no_fee.total" →
// "t3.other.total"); empty for a key whose row has no group. A report may print the group row in
// place of its leaves (a 2021 表三 with a single （六）其他处理 row).
std::string group_cell_key(const std::string& key);

enum class Severity { kInfo, kWarning, kError };

const char* severity_name(Severity severity);

struct Finding {
  std::string rule;  // template.md §6 ids, or pipeline ids such as "MAP-1"
  Severity severity = Severity::kInfo;
  std::vector<std::string> cells;  // table.row.col
  std::string message;             // Chinese, for a reader
  std::optional<double> expected;
  std::optional<double> actual;
};

struct Section {
  std::string key;  // s1_overall ... s6_other
  std::string title;
  std::string text;
};

// A page OCR read turned: its image was turned `degrees` clockwise to be upright.
struct TurnedPage {
  int page = 0;  // 1-based
  int degrees = 0;
};

struct SourceInfo {
  std::string path;
  std::string sha256;
  std::string format;
  std::string converted_by;  // Document::converted_by
  std::optional<int> pages;  // the document's pages: a split sheet counts as two
  std::vector<int> ocr_pages;
  std::vector<TurnedPage> turned_pages;
  std::vector<SplitSheet> split_sheets;
};

struct ReportMeta {
  std::optional<std::string> agency;
  std::optional<int> year;
  std::optional<std::string> template_name;  // "2019" | "2021"
  std::optional<std::string> published;      // ISO date
  std::optional<std::string> template_expected_by_year;
};

struct Report {
  SourceInfo source;
  ReportMeta meta;
  std::vector<Section> sections;
  std::vector<CanonicalCell> cells;
  std::vector<Finding> findings;
  std::vector<ExtractIssue> errors;

  // Worst finding severity as "ok" | "warning" | "error"; info findings leave a report "ok".
  std::string status() const;
  const CanonicalCell* find_cell(const std::string& key) const;
};

}  // namespace ogi
