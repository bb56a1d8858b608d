#pragma once

#include <optional>
#include <string>

namespace ogi {

// template.md §5.1: what a printed cell means, independent of its number.
enum class Semantic { kNumeric, kZero, kEmpty, kNa, kText };

const char* semantic_name(Semantic semantic);

// A cell value as parsed by normalize: the number as printed, never converted between units.
struct CellValue {
  std::optional<double> value;  // set for kNumeric and kZero only
  std::string raw;              // cell text as printed, after text normalization
  Semantic semantic = Semantic::kEmpty;
  std::string unit;            // unit suffix as printed ("件", "元", "万元"), empty if none
  bool is_decimal = false;     // printed with a fractional part
  bool explicit_sign = false;  // printed as +N, -N, 增加N or 减少N
};

// True for ZERO and for NUMERIC cells with a value: the cells an identity can add up and a
// table's value columns are recognised by.
bool holds_number(const CellValue& value);

}  // namespace ogi
