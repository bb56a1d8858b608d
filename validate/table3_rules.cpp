#include <algorithm>
#include <set>

#include "template/cell_key_text.h"
#include "validate/identity.h"
#include "template/display_labels.h"
#include "validate/rules.h"
#include "template/template_keys.h"

namespace ogi {

namespace {

const std::string kTable = "t3";

void add(std::optional<Finding> finding, std::vector<Finding>& out) {
  if (finding) out.push_back(std::move(*finding));
}

std::string column_scope(const std::string& col) { return "表三 " + col_label(kTable, col) + "列"; }

std::string row_scope(const std::string& row) { return "表三 " + row_label(kTable, row) + "行"; }

std::string key(const std::string& row, const std::string& col) {
  return make_cell_key(kTable, row, col);
}

// T3-1: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度, per column.
void check_balance(const CellLookup& cells, std::vector<Finding>& out) {
  for (const std::string& col : t3_columns()) {
    Identity identity = make_identity("T3-1", Severity::kError, column_scope(col),
                                      column_terms(kTable, {"new", "carried_over"}, col),
                                      column_terms(kTable, {"total", "carried_forward"}, col));
    add(check_identity(identity, cells), out);
  }
}

bool is_other_leaf(const std::string& row) { return row.rfind("other.", 0) == 0; }

// Outcome rows of one column. Reports mix the versions' （六）其他处理 (template.md §5.2): a
// 2021 report printing it as one row gives an extra `other` cell, a 2019 report printing the
// three sub-rows gives extra other.* cells. The printed form is summed, not the blank one.
std::vector<std::string> outcome_rows(const CellLookup& cells, const std::string& template_name,
                                      const std::string& col) {
  std::vector<std::string> rows = t3_outcome_rows(template_name);
  std::vector<std::string> leaves = t3_outcome_rows("2021");
  std::erase_if(leaves, [](const std::string& row) { return !is_other_leaf(row); });
  auto blank = [&](const std::string& row) {
    return cells.semantic(key(row, col)) == Semantic::kEmpty;
  };
  bool leaves_blank = std::all_of(leaves.begin(), leaves.end(), blank);
  if (template_name != "2019" && leaves_blank && !blank("other")) {
    std::erase_if(rows, is_other_leaf);
    rows.push_back("other");
  } else if (template_name == "2019" && blank("other") && !leaves_blank) {
    std::erase(rows, "other");
    rows.insert(rows.end(), leaves.begin(), leaves.end());
  }
  return rows;
}

// T3-2: （七）总计 = Σ outcome leaf rows, per column.
void check_outcomes(const CellLookup& cells, const std::string& template_name,
                    std::vector<Finding>& out) {
  for (const std::string& col : t3_columns()) {
    Identity identity =
        make_identity("T3-2", Severity::kError, column_scope(col),
                      column_terms(kTable, outcome_rows(cells, template_name, col), col),
                      column_terms(kTable, {"total"}, col));
    identity.left_name = "办理结果各项";
    add(check_identity(identity, cells), out);
  }
}

// Rows of the report's 表三 beyond the official ones (subtotal rows), in report order.
std::vector<std::string> extra_rows(const CellLookup& cells, const std::string& template_name) {
  std::vector<std::string> official = t3_rows(template_name);
  std::set<std::string> known(official.begin(), official.end());
  std::vector<std::string> rows;
  for (const CanonicalCell* cell : cells.table_cells(kTable)) {
    if (known.insert(cell->row).second) rows.push_back(cell->row);
  }
  return rows;
}

// T3-3: 总计 column = Σ six applicant columns, for every data row that prints a 总计.
void check_row_totals(const CellLookup& cells, const std::string& template_name,
                      std::vector<Finding>& out) {
  std::vector<std::string> rows = t3_rows(template_name);
  for (const std::string& row : extra_rows(cells, template_name)) {
    if (cells.has(key(row, "total"))) rows.push_back(row);
  }
  for (const std::string& row : rows) {
    Identity identity = make_identity("T3-3", Severity::kError, row_scope(row),
                                      row_terms(kTable, row, t3_applicant_columns()),
                                      row_terms(kTable, row, {"total"}));
    add(check_identity(identity, cells), out);
  }
}

// T3-4: an extra 小计 column or subtotal row equals what it subtotals.
void check_subtotals(const CellLookup& cells, const std::string& template_name,
                     std::vector<Finding>& out) {
  std::vector<std::string> rows = t3_rows(template_name);
  for (const std::string& row : extra_rows(cells, template_name)) rows.push_back(row);
  for (const std::string& row : rows) {
    if (!cells.has(key(row, "org_subtotal"))) continue;
    Identity identity = make_identity("T3-4", Severity::kError, row_scope(row),
                                      row_terms(kTable, row, t3_org_columns()),
                                      row_terms(kTable, row, {"org_subtotal"}));
    add(check_identity(identity, cells), out);
  }
  std::vector<std::string> outcome_rows = t3_outcome_rows(template_name);
  std::vector<std::string> cols = t3_columns();
  cols.push_back("org_subtotal");
  for (const std::string group : {"denied", "unable", "not_processed", "other"}) {
    std::vector<std::string> leaves;
    for (const std::string& row : outcome_rows) {
      if (row.rfind(group + ".", 0) == 0) leaves.push_back(row);
    }
    std::string subtotal = group + ".subtotal";
    for (const std::string& col : cols) {
      if (leaves.empty() || !cells.has(key(subtotal, col))) continue;
      Identity identity =
          make_identity("T3-4", Severity::kError, column_scope(col),
                        column_terms(kTable, leaves, col), column_terms(kTable, {subtotal}, col));
      add(check_identity(identity, cells), out);
    }
  }
}

// T3-8: 予以公开 + 部分公开 ≤ 总计 (so the disclosure rate stays within [0, 1]). Implied by
// T3-2 and T3-5, so it stays silent when blank cells leave it open.
void check_disclosure_rate(const CellLookup& cells, std::vector<Finding>& out) {
  for (const std::string& col : t3_columns()) {
    std::vector<std::string> disclosed = {"granted", "partial"};
    if (!cells.number(key("granted", col))) disclosed = {"partial"};
    Identity identity = make_identity("T3-8", Severity::kError, column_scope(col),
                                      column_terms(kTable, disclosed, col),
                                      column_terms(kTable, {"total"}, col), Relation::kAtMost);
    identity.report_uncertain = false;
    add(check_identity(identity, cells), out);
  }
}

}  // namespace

void check_table3(const CellLookup& cells, const std::string& template_name,
                  std::vector<Finding>& out) {
  check_balance(cells, out);
  check_outcomes(cells, template_name, out);
  check_row_totals(cells, template_name, out);
  check_subtotals(cells, template_name, out);
  for (const CanonicalCell* cell : cells.table_cells(kTable)) {
    add(check_count_cell(*cell, "T3-5", false), out);
  }
  check_disclosure_rate(cells, out);
}

}  // namespace ogi
