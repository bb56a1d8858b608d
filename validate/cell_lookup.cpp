#include "validate/cell_lookup.h"

#include "template/template_schema.h"

namespace ogi {

CellLookup::CellLookup(const Report& report) : report_(report) {
  for (const CanonicalCell& cell : report.cells) by_key_.emplace(cell.key(), &cell);
}

const CanonicalCell* CellLookup::find(const std::string& key) const {
  auto found = by_key_.find(key);
  return found == by_key_.end() ? nullptr : found->second;
}

Semantic CellLookup::semantic(const std::string& key) const {
  const CanonicalCell* cell = find(key);
  return cell ? cell->value.semantic : Semantic::kEmpty;
}

std::optional<double> CellLookup::number(const std::string& key) const {
  const CanonicalCell* cell = find(key);
  if (!cell || !holds_number(cell->value)) return std::nullopt;
  // ZERO cells may leave value unset: "零" or "0件" is zero whatever the parser stored.
  if (cell->value.semantic == Semantic::kZero) return 0.0;
  return cell->value.value;
}

std::vector<const CanonicalCell*> CellLookup::table_cells(const std::string& table) const {
  std::vector<const CanonicalCell*> cells;
  for (const CanonicalCell& cell : report_.cells) {
    if (cell.table == table) cells.push_back(&cell);
  }
  return cells;
}

std::string template_of(const Report& report, const CellLookup& cells) {
  if (report.meta.template_name && template_by_name(*report.meta.template_name)) {
    return *report.meta.template_name;
  }
  for (const TemplateSchema* schema : templates()) {
    for (const KeyMarker& marker : schema->key_markers) {
      if (cells.has(marker.key) && (marker.unless.empty() || !cells.has(marker.unless))) {
        return schema->name;
      }
    }
  }
  return current_template().name;
}

}  // namespace ogi
