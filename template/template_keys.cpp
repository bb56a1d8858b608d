#include "template/template_keys.h"

namespace ogi {
namespace {

std::vector<std::string> keys_of(const std::vector<LabelledKey>& entries) {
  std::vector<std::string> keys;
  for (const LabelledKey& entry : entries) keys.push_back(entry.key);
  return keys;
}

}  // namespace

const TemplateSchema& template_or_current(const std::string& template_name) {
  const TemplateSchema* schema = template_by_name(template_name);
  return schema ? *schema : current_template();
}

std::vector<std::string> t3_columns(const TemplateSchema& schema) {
  return keys_of(schema.t3_columns);
}

std::vector<std::string> t3_applicant_columns(const TemplateSchema& schema) {
  std::vector<std::string> cols = t3_columns(schema);
  cols.pop_back();  // 总计
  return cols;
}

std::vector<std::string> t3_org_columns(const TemplateSchema& schema) {
  std::vector<std::string> cols = t3_applicant_columns(schema);
  cols.erase(cols.begin());  // 自然人
  return cols;
}

std::vector<std::string> t3_outcome_rows(const TemplateSchema& schema) {
  std::vector<std::string> rows;
  for (const Table3RowSpec& spec : schema.t3_rows) {
    if (spec.group.empty() || spec.row.key == "total") continue;
    rows.push_back(spec.row.key);
  }
  return rows;
}

std::vector<std::string> t3_rows(const TemplateSchema& schema) {
  std::vector<std::string> rows;
  for (const Table3RowSpec& spec : schema.t3_rows) rows.push_back(spec.row.key);
  return rows;
}

std::vector<std::string> official_columns(const std::string& table, const TemplateSchema& schema) {
  if (table == "t3") return t3_columns(schema);
  if (table == "t4") return keys_of(schema.t4_columns);
  return {};
}

std::vector<std::string> official_rows(const std::string& table, const TemplateSchema& schema) {
  if (table == "t3") return t3_rows(schema);
  if (table == "t4") return keys_of(schema.t4_groups);
  std::vector<std::string> rows;
  for (const Table2RowSpec& spec : schema.t2_rows) rows.push_back(spec.row_key());
  return rows;
}

bool t3_row_in_any_template(const std::string& row) {
  for (const TemplateSchema* schema : templates()) {
    for (const Table3RowSpec& spec : schema->t3_rows) {
      if (spec.row.key == row) return true;
    }
  }
  return false;
}

std::vector<std::string> canonical_keys(const std::string& table,
                                        const std::string& template_name) {
  std::vector<std::string> keys;
  for (const CellKey& key : official_cell_keys(template_or_current(template_name))) {
    if (key.table == table) keys.push_back(key.text());
  }
  return keys;
}

}  // namespace ogi
