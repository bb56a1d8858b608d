#include "model/report.h"

namespace ogi {

const char* semantic_name(Semantic semantic) {
  switch (semantic) {
    case Semantic::kNumeric:
      return "NUMERIC";
    case Semantic::kZero:
      return "ZERO";
    case Semantic::kEmpty:
      return "EMPTY";
    case Semantic::kNa:
      return "NA";
    case Semantic::kText:
      return "TEXT";
  }
  return "TEXT";
}

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "info";
}

std::string Report::status() const {
  Severity worst = Severity::kInfo;
  for (const Finding& finding : findings) {
    if (finding.severity > worst) worst = finding.severity;
  }
  if (worst == Severity::kError) return "error";
  if (worst == Severity::kWarning) return "warning";
  return "ok";
}

const CanonicalCell* Report::find_cell(const std::string& key) const {
  for (const CanonicalCell& cell : cells) {
    if (cell.key() == key) return &cell;
  }
  return nullptr;
}

}  // namespace ogi

namespace ogi {

std::string group_cell_key(const std::string& key) {
  const size_t row_start = key.find('.');
  const size_t col_start = key.rfind('.');
  if (row_start == std::string::npos || col_start == row_start) return {};
  const size_t group_end = key.find('.', row_start + 1);
  if (group_end == col_start) return {};
  return key.substr(0, group_end) + key.substr(col_start);
}

}  // namespace ogi
