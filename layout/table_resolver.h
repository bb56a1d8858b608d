#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/table_kind.h"
#include "model/template_schema.h"

namespace ogi {

enum class RowRole { kHeader, kCaption, kGroup, kData };

struct RowResolution {
  RowRole role = RowRole::kHeader;
  std::string key;  // row key for kData, group key for kGroup
  bool extra = false;
};

struct ColumnResolution {
  std::string key;
  std::string group;  // 表四: the group a column belongs to, when its header says so
  std::string label;  // header text as printed (compact), for unit checks
  bool extra = false;
};

// Template knowledge for one table kind: what a row's labels and a column's headers mean.
// The grid walker is shared; only these answers differ between 表二, 表三 and 表四.
class TableResolver {
 public:
  virtual ~TableResolver() = default;
  virtual const char* table_name() const = 0;
  // `label_parts`: the row's label cells split at enumeration markers, left to right.
  // May keep state (表二 remembers the 第二十条 caption it is under).
  virtual RowResolution resolve_row(const std::vector<std::string>& label_parts) = 0;
  // `context_parts`: the column's header cells top to bottom, repeats removed.
  virtual std::optional<ColumnResolution> resolve_column(
      const std::vector<std::string>& context_parts) const = 0;
  // The canonical (row, col) of a value, or nullopt if the pair is not a template cell.
  virtual std::optional<CellKey> cell_key(const RowResolution& row,
                                          const ColumnResolution& column) const = 0;
};

std::unique_ptr<TableResolver> make_table_resolver(TableKind kind, const TemplateSchema& schema);

}  // namespace ogi
