#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/report.h"

namespace ogi {

// Cells of one report by key. A canonical cell the report does not list reads as EMPTY: the
// record contract lists every cell, so a missing one was not found in the document.
class CellLookup {
 public:
  explicit CellLookup(const Report& report);

  const CanonicalCell* find(const std::string& key) const;
  bool has(const std::string& key) const { return find(key) != nullptr; }
  Semantic semantic(const std::string& key) const;
  // The number of a NUMERIC or ZERO cell; nullopt for every other semantic.
  std::optional<double> number(const std::string& key) const;
  // Every listed cell of one table, in report order.
  std::vector<const CanonicalCell*> table_cells(const std::string& table) const;

 private:
  const Report& report_;
  std::unordered_map<std::string, const CanonicalCell*> by_key_;
};

// The report's template when it is a registered one, else guessed from which cells it lists (the
// templates' key_markers: a 2019 表三 has a single other row), else the current template.
std::string template_of(const Report& report, const CellLookup& cells);

}  // namespace ogi
