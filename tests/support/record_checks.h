#pragma once

// Shared by the tests that hold whole records against truth (dev set, scan fixtures): a report as
// the JSON record a user reads, and the checks every record with pages must pass.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "model/report.h"
#include "output/report_json.h"

namespace ogi::testing {

// The record `ogi extract` prints, as plain JSON (keys unordered, as the evaluation reads them).
inline nlohmann::json record_json(const Report& report) {
  return nlohmann::json::parse(report_to_json(report).dump());
}

// A record's cells by their key ("t3.new.total").
inline std::map<std::string, nlohmann::json> cells_by_key(const nlohmann::json& record) {
  std::map<std::string, nlohmann::json> cells;
  for (const nlohmann::json& cell : record["cells"]) {
    cells[cell["table"].get<std::string>() + "." + cell["row"].get<std::string>() + "." +
          cell["col"].get<std::string>()] = cell;
  }
  return cells;
}

// Formats with pages locate every printed cell: its page and its bbox in PDF points.
inline void expect_printed_cells_located(const nlohmann::json& record,
                                         const std::string& document) {
  if (record["source"]["pages"].is_null()) return;
  for (const nlohmann::json& cell : record["cells"]) {
    if (cell["semantic"] == "EMPTY") continue;
    EXPECT_TRUE(cell["page"].is_number() && cell["bbox"].is_array())
        << document << ": " << cell["table"] << "." << cell["row"] << "." << cell["col"]
        << " has no page or bbox";
  }
}

}  // namespace ogi::testing
