#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/labels/table_kind.h"
#include "template/template_schema.h"

namespace ogi {

enum class RowRole { kHeader, kCaption, kGroup, kData };

struct RowResolution {
  RowRole role = RowRole::kHeader;
  std::string key;  // row key for kData, group key for kGroup
  bool extra = false;
  bool inferred = false;  // the label was not read (first_row_between)
};

struct ColumnResolution {
  std::string key;
  std::string group;  // 表四: the group a column belongs to, when its header says so
  std::string label;  // header text as printed (compact), for unit checks
  bool extra = false;
  // The header could not be read; the meaning follows from the template's column order between
  // the neighbours that could (column_between).
  bool inferred = false;
};

// Template knowledge for one table kind: what a row's labels and a column's headers mean.
// The grid walker is shared; only these answers differ between 表二, 表三 and 表四.
class TableResolver {
 public:
  virtual ~TableResolver() = default;
  // `label_parts`: the row's label cells split at enumeration markers, left to right.
  // May keep state (表二 remembers the 第二十条 caption it is under).
  virtual RowResolution resolve_row(const std::vector<std::string>& label_parts) = 0;
  // `context_parts`: the column's header cells top to bottom, repeats removed.
  virtual std::optional<ColumnResolution> resolve_column(
      const std::vector<std::string>& context_parts) const = 0;
  // The canonical (row, col) of a value, or nullopt if the pair is not a template cell.
  virtual std::optional<CellKey> cell_key(const RowResolution& row,
                                          const ColumnResolution& column) const = 0;

  // The meaning of a column whose header was not read (a label lost in a scan), from the
  // neighbours either side (nullptr: none there, or not read either): the one template column
  // that the template's order puts between them. A neighbour of another 表四 group counts as
  // the end of this group. nullopt when the order leaves no single answer.
  std::optional<ColumnResolution> column_between(const ColumnResolution* left,
                                                 const ColumnResolution* right) const;

  // The `count` template columns, in order, whose labels printed one after another make
  // `header` (compact): a header cell over `count` value columns whose dividing rules a scan
  // lost. They take `first`'s group. nullopt when no run of columns spells the header.
  std::optional<std::vector<ColumnResolution>> columns_spelled(const std::string& header, int count,
                                                               const ColumnResolution& first) const;

  // Whether resolve_row keeps no state, so the walker may look rows ahead, and rows have a
  // template order (first_row_between).
  virtual bool orders_rows() const { return false; }
  // The first of the `count` data rows the template's order puts between the rows `previous` and
  // `next` ("": the table's start, or its end), when it puts exactly `count` there.
  virtual std::optional<RowResolution> first_row_between(const std::string& /*previous*/,
                                                         const std::string& /*next*/,
                                                         int /*count*/) const {
    return std::nullopt;
  }

  // The group (表四: 行政复议, 未经复议直接起诉, 复议后起诉) of columns whose group header was not
  // read, from the groups either side ("": none there), by the template's group order.
  std::optional<std::string> group_between(const std::string& left, const std::string& right) const;

  // The group of each of `leaves` (the columns' keys, left to right), when they run through the
  // template's column order once per group, in the groups' order: 表四's groups told by its
  // leaf headers alone. nullopt otherwise.
  std::optional<std::vector<std::string>> groups_by_leaf_order(
      const std::vector<std::string>& leaves) const;

 protected:
  // The table's column groups in template order; empty: the table has none.
  virtual const std::vector<LabelledKey>& group_sequence() const;
  // The table's columns in template order within one group; empty: no inference (表二, whose
  // columns differ from section to section).
  virtual const std::vector<LabelledKey>& column_sequence() const;
};

std::unique_ptr<TableResolver> make_table_resolver(TableKind kind, const TemplateSchema& schema);

}  // namespace ogi
