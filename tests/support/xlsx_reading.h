#pragma once
// Reading a workbook back as a reader of the file sees it: tests/support/xlsx_dump.py (openpyxl,
// Debian python3-openpyxl) prints it as JSON, so the test does not trust the library that wrote it.

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/support/batch_test_support.h"

namespace ogi::testing {

// The Debian interpreter, which has python3-openpyxl and python3-jsonschema (.ci/install-deps).
inline std::string debian_python() { return OGI_PYTHON3; }

// {"sheets": [...], "<sheet>": [[{"v": value, "fill": "RRGGBB", "note": "..."}, ...], ...]};
// null when the workbook could not be read.
inline nlohmann::json read_xlsx(const std::filesystem::path& workbook) {
  const std::filesystem::path dump = workbook.string() + ".dump.json";
  const pid_t pid = spawn_program(
      debian_python(), {(source_dir() / "tests/support/xlsx_dump.py").string(), workbook.string()},
      {}, "/dev/null", dump.string());
  if (wait_for(pid) != 0) return nullptr;
  return nlohmann::json::parse(read_bytes(dump), nullptr, false);
}

// The shown values of one sheet's rows: numbers, text, null for a blank.
inline std::vector<std::vector<nlohmann::json>> sheet_values(const nlohmann::json& workbook,
                                                             const std::string& sheet) {
  std::vector<std::vector<nlohmann::json>> rows;
  for (const auto& row : workbook[sheet]) {
    std::vector<nlohmann::json> values;
    for (const auto& cell : row) values.push_back(cell["v"]);
    rows.push_back(values);
  }
  return rows;
}

}  // namespace ogi::testing
