#include "template/template_schema.h"

#include <algorithm>
#include <memory>

namespace ogi {
namespace {

using Registry = std::vector<std::unique_ptr<const TemplateSchema>>;

// Newest first, so detection and the year lookup meet a later template before an earlier one.
Registry& registry() {
  static Registry schemas = [] {
    Registry built_in;
    built_in.push_back(std::make_unique<const TemplateSchema>(template_2021()));
    built_in.push_back(std::make_unique<const TemplateSchema>(template_2019()));
    return built_in;
  }();
  return schemas;
}

}  // namespace

std::vector<const TemplateSchema*> templates() {
  std::vector<const TemplateSchema*> all;
  for (const auto& schema : registry()) all.push_back(schema.get());
  return all;
}

const TemplateSchema* template_by_name(const std::string& name) {
  for (const auto& schema : registry()) {
    if (schema->name == name) return schema.get();
  }
  return nullptr;
}

const TemplateSchema& current_template() {
  for (const auto& schema : registry()) {
    if (schema->current) return *schema;
  }
  return *registry().front();
}

void register_template(TemplateSchema schema) {
  unregister_template(schema.name);
  Registry& schemas = registry();
  auto later = [&](const std::unique_ptr<const TemplateSchema>& other) {
    return other->first_year < schema.first_year;
  };
  schemas.insert(std::find_if(schemas.begin(), schemas.end(), later),
                 std::make_unique<const TemplateSchema>(std::move(schema)));
}

void unregister_template(const std::string& name) {
  std::erase_if(registry(), [&](const auto& schema) { return schema->name == name; });
}

bool TemplateSchema::is_heading_group(const std::string& group) const {
  return std::ranges::find(t3_heading_groups, group) != t3_heading_groups.end();
}

std::string subtotal_row(const std::string& group) { return group + ".subtotal"; }

std::vector<CellKey> official_cell_keys(const TemplateSchema& schema) {
  std::vector<CellKey> keys;
  for (const Table2RowSpec& row : schema.t2_rows) {
    for (const std::string& col : row.columns) keys.push_back({"t2", row.row_key(), col});
  }
  for (const Table3RowSpec& row : schema.t3_rows) {
    for (const LabelledKey& col : schema.t3_columns) keys.push_back({"t3", row.row.key, col.key});
  }
  for (const LabelledKey& group : schema.t4_groups) {
    for (const LabelledKey& col : schema.t4_columns) keys.push_back({"t4", group.key, col.key});
  }
  return keys;
}

}  // namespace ogi
