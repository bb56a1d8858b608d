#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace ogi {

// What a reader of a table of values should check before trusting one.
struct CellMark {
  bool low_confidence = false;  // read (by OCR) with confidence below kConfidentReading
  bool flagged = false;         // named by an error or warning finding
  std::string note;             // why, one line each: "置信度 0.45", "T3-1 错误：…"
};

// The marked cells of a record by key ("table.row.col"); cells neither doubted nor named by
// an error or warning are absent. Info findings (a reading changed by OCR-1) mark nothing.
std::map<std::string, CellMark> cell_marks(const nlohmann::ordered_json& record);

}  // namespace ogi
