#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "model/cell_key.h"
#include "model/report.h"
#include "template/template_keys.h"

namespace ogi::testing {

// Reports built cell by cell for validator tests.

inline CellValue number_value(double value) {
  CellValue cell;
  cell.value = value;
  cell.semantic = value == 0 ? Semantic::kZero : Semantic::kNumeric;
  std::ostringstream raw;
  raw << value;
  cell.raw = raw.str();
  cell.is_decimal = value != static_cast<long long>(value);
  return cell;
}

inline CellValue blank_value(Semantic semantic, const std::string& raw = "") {
  CellValue cell;
  cell.semantic = semantic;
  cell.raw = raw;
  return cell;
}

inline CanonicalCell make_cell(const std::string& key, CellValue value) {
  CellKey parts = CellKey::parse(key);
  CanonicalCell cell;
  cell.table = parts.table;
  cell.row = parts.row;
  cell.col = parts.col;
  cell.value = std::move(value);
  return cell;
}

// Sets a cell, adding it (as an extra cell when not canonical) if the report lacks it.
inline void set_cell(Report& report, const std::string& key, CellValue value) {
  for (CanonicalCell& cell : report.cells) {
    if (cell.key() == key) {
      cell.value = std::move(value);
      return;
    }
  }
  report.cells.push_back(make_cell(key, std::move(value)));
  report.cells.back().extra = true;
}

inline void set_number(Report& report, const std::string& key, double value) {
  set_cell(report, key, number_value(value));
}

// Every canonical cell of the template, all ZERO: a consistent report with no requests.
inline Report zero_report(const std::string& template_name) {
  Report report;
  report.meta.template_name = template_name;
  report.meta.agency = "某市某区某局";
  for (const char* table : {"t2", "t3", "t4"}) {
    for (const std::string& key : canonical_keys(table, template_name)) {
      report.cells.push_back(make_cell(key, number_value(0)));
    }
  }
  return report;
}

inline void set_table(Report& report, const std::string& table, Semantic semantic) {
  for (CanonicalCell& cell : report.cells) {
    if (cell.table == table) cell.value = blank_value(semantic);
  }
}

inline void add_section(Report& report, const std::string& key, const std::string& text) {
  report.sections.push_back({key, "", text});
}

// "T3-1 error t3.new.total,t3.carried_over.total" per finding: one string says rule, severity
// and cells, so a test compares the exact list of findings in one assertion.
inline std::vector<std::string> summarize(const std::vector<Finding>& findings) {
  std::vector<std::string> lines;
  for (const Finding& finding : findings) {
    std::string line = finding.rule + " " + severity_name(finding.severity);
    for (size_t i = 0; i < finding.cells.size(); ++i) {
      line += (i == 0 ? " " : ",") + finding.cells[i];
    }
    lines.push_back(line);
  }
  return lines;
}

// Only the rule ids, for checks over whole reports.
inline std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> rules;
  for (const Finding& finding : findings) rules.push_back(finding.rule);
  return rules;
}

}  // namespace ogi::testing
