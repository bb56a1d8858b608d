#include "template/template_keys.h"

#include "template/template_schema.h"

namespace ogi {
namespace {

// The validator reads its key lists off the one template schema, so a key added there is
// validated without a second list to keep in step.
const TemplateSchema& schema_for(const std::string& template_name) {
  return template_name == "2019" ? template_2019() : template_2021();
}

std::vector<std::string> keys_of(const std::vector<LabelledKey>& entries) {
  std::vector<std::string> keys;
  for (const LabelledKey& entry : entries) keys.push_back(entry.key);
  return keys;
}

}  // namespace

const std::vector<std::string>& t3_applicant_columns() {
  static const std::vector<std::string> cols = [] {
    std::vector<std::string> all = t3_columns();
    all.pop_back();  // 总计
    return all;
  }();
  return cols;
}

const std::vector<std::string>& t3_org_columns() {
  static const std::vector<std::string> cols(t3_applicant_columns().begin() + 1,
                                             t3_applicant_columns().end());
  return cols;
}

const std::vector<std::string>& t3_columns() {
  static const std::vector<std::string> cols = keys_of(template_2021().t3_columns);
  return cols;
}

std::vector<std::string> t3_outcome_rows(const std::string& template_name) {
  std::vector<std::string> rows;
  for (const Table3RowSpec& spec : schema_for(template_name).t3_rows) {
    if (spec.group.empty() || spec.row.key == "total") continue;
    rows.push_back(spec.row.key);
  }
  return rows;
}

std::vector<std::string> t3_rows(const std::string& template_name) {
  std::vector<std::string> rows;
  for (const Table3RowSpec& spec : schema_for(template_name).t3_rows) rows.push_back(spec.row.key);
  return rows;
}

const std::vector<std::string>& t4_groups() {
  static const std::vector<std::string> groups = keys_of(template_2021().t4_groups);
  return groups;
}

const std::vector<std::string>& t4_columns() {
  static const std::vector<std::string> cols = keys_of(template_2021().t4_columns);
  return cols;
}

std::vector<std::string> canonical_keys(const std::string& table,
                                        const std::string& template_name) {
  std::vector<std::string> keys;
  for (const CellKey& key : official_cell_keys(schema_for(template_name))) {
    if (key.table == table) keys.push_back(key.table + "." + key.row + "." + key.col);
  }
  return keys;
}

}  // namespace ogi
