#pragma once

// Shared by the office and web-archive tests: records as a user reads them, cells by canonical
// key, and the development set's truth for the report a fixture was made from.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "output/report_json.h"
#include "pipeline/pipeline.h"
#include "tests/support/test_paths.h"

namespace ogi::testing {

inline nlohmann::json extracted_record(const std::string& path) {
  return nlohmann::json::parse(report_to_json(process_file(path).report).dump());
}

inline std::map<std::string, nlohmann::json> record_cells(const nlohmann::json& record) {
  std::map<std::string, nlohmann::json> cells;
  for (const nlohmann::json& cell : record["cells"]) {
    cells[cell["table"].get<std::string>() + "." + cell["row"].get<std::string>() + "." +
          cell["col"].get<std::string>()] = cell;
  }
  return cells;
}

// Every cell of dev/truth/<id>.json holds its value in `record`; skipped without ../shared.
inline void expect_truth_cells(const nlohmann::json& record, const std::string& id) {
  const std::filesystem::path truth_path = shared_dir() / "dev" / "truth" / (id + ".json");
  if (!std::filesystem::exists(truth_path)) return;
  std::ifstream in(truth_path);
  const nlohmann::json truth = nlohmann::json::parse(in);
  const auto cells = record_cells(record);
  int compared = 0;
  for (const nlohmann::json& cell : truth["cells"]) {
    const std::string key = cell["table"].get<std::string>() + "." +
                            cell["row"].get<std::string>() + "." + cell["col"].get<std::string>();
    const auto found = cells.find(key);
    ASSERT_NE(found, cells.end()) << id << ": no cell " << key;
    EXPECT_EQ(found->second["value"], cell["value"]) << id << ": " << key;
    ++compared;
  }
  EXPECT_GT(compared, 100) << id;
}

}  // namespace ogi::testing
