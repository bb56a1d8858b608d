#pragma once

#include <string>
#include <vector>

namespace ogi {

// A canonical key with the labels that print it: the official label first, then variants seen in
// real reports (template.md). Labels are written as printed, without enumeration prefixes.
struct LabelledKey {
  std::string key;
  std::vector<std::string> labels;
  bool extra = false;  // not in the official template (subtotals)
};

struct Table2RowSpec {
  std::string section;  // art20_1 ...
  LabelledKey row;
  std::vector<std::string> columns;  // column keys this row carries
};

// A 表三 data row; `group` is the key of the (三)/(四)/(五)/(六) block it sits in, or empty.
struct Table3RowSpec {
  LabelledKey row;
  std::string group;
};

// One national template (2019 试行 or 2021) as data: every canonical key and its labels.
struct TemplateSchema {
  std::string name;                      // "2019" | "2021"
  std::vector<LabelledKey> t2_sections;  // caption 第二十条第（X）项
  std::vector<Table2RowSpec> t2_rows;
  std::vector<LabelledKey> t2_columns;
  std::vector<Table3RowSpec> t3_rows;   // official data rows, in template order
  std::vector<LabelledKey> t3_groups;   // label-only rows: results block, denied, unable, ...
  std::vector<LabelledKey> t3_columns;  // official columns, in template order
  std::vector<LabelledKey> t4_groups;
  std::vector<LabelledKey> t4_columns;
};

struct CellKey {
  std::string table;
  std::string row;
  std::string col;
};

const TemplateSchema& template_2019();
const TemplateSchema& template_2021();
const TemplateSchema* template_by_name(const std::string& name);

// Every official cell of the template in template order: 表二, 表三 (row-major), 表四.
std::vector<CellKey> official_cell_keys(const TemplateSchema& schema);

}  // namespace ogi
