#include "template/display_labels.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

#include "model/cell_key.h"
#include "template/template_schema.h"

namespace ogi {

namespace {

const std::vector<LabelledKey>& no_keys() {
  static const std::vector<LabelledKey> none;
  return none;
}

// The shown label of `key` in the first registered template that lists it among `entries`.
std::optional<std::string> find_shown(
    const std::string& key,
    const std::function<const std::vector<LabelledKey>&(const TemplateSchema&)>& entries) {
  for (const TemplateSchema* schema : templates()) {
    for (const LabelledKey& entry : entries(*schema)) {
      if (entry.key == key) return entry.shown();
    }
  }
  return std::nullopt;
}

std::optional<std::string> t2_row_label(const std::string& row) {
  for (const TemplateSchema* schema : templates()) {
    for (const Table2RowSpec& spec : schema->t2_rows) {
      if (spec.row_key() == row) return spec.row.shown();
    }
  }
  return std::nullopt;
}

std::optional<std::string> t3_row_label(const std::string& row) {
  for (const TemplateSchema* schema : templates()) {
    for (const Table3RowSpec& spec : schema->t3_rows) {
      if (spec.row.key == row) return spec.row.shown();
    }
  }
  // A subtotal row is named after the group it sums: 不予公开小计.
  for (const TemplateSchema* schema : templates()) {
    for (const LabelledKey& group : schema->t3_groups) {
      if (subtotal_row(group.key) == row) return group.shown() + "小计";
    }
  }
  return std::nullopt;
}

}  // namespace

std::string table_label(const std::string& table) {
  if (table == "t2") return "表二";
  if (table == "t3") return "表三";
  if (table == "t4") return "表四";
  return table;
}

std::string row_label(const std::string& table, const std::string& row) {
  std::optional<std::string> label;
  if (table == "t2") label = t2_row_label(row);
  if (table == "t3") label = t3_row_label(row);
  if (table == "t4") {
    label = find_shown(row, [](const TemplateSchema& schema) -> const std::vector<LabelledKey>& {
      return schema.t4_groups;
    });
  }
  return label.value_or(row);
}

std::string col_label(const std::string& table, const std::string& col) {
  auto columns = [&](const TemplateSchema& schema) -> const std::vector<LabelledKey>& {
    if (table == "t2") return schema.t2_columns;
    if (table == "t3") return schema.t3_columns;
    if (table == "t4") return schema.t4_columns;
    return no_keys();
  };
  auto extra_columns = [&](const TemplateSchema& schema) -> const std::vector<LabelledKey>& {
    return table == "t3" ? schema.t3_extra_columns : no_keys();
  };
  return find_shown(col, columns).value_or(find_shown(col, extra_columns).value_or(col));
}

std::string cell_label(const std::string& key) {
  CellKey parts = CellKey::parse(key);
  return row_label(parts.table, parts.row) + "/" + col_label(parts.table, parts.col);
}

std::string format_number(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(std::llround(value)));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

}  // namespace ogi
