#pragma once

#include <string>
#include <vector>

#include "model/cell_key.h"

namespace ogi {

// A canonical key with the labels that print it: the official label first, then variants seen in
// real reports (template.md). Labels are written as printed, without enumeration prefixes.
struct LabelledKey {
  std::string key;
  std::vector<std::string> labels;
  bool extra = false;  // not in the official template (subtotals)
  // The label findings and `ogi check` print, when it is not the official one (labels.front()):
  // short enough to read in a message, yet one a reader finds in the printed table.
  std::string display = {};

  const std::string& shown() const { return display.empty() ? labels.front() : display; }
};

struct Table2RowSpec {
  std::string section;  // art20_1 ...
  LabelledKey row;
  std::vector<std::string> columns;  // column keys this row carries

  // 表二 row keys carry their section: "art20_1.rules".
  std::string row_key() const { return section + "." + row.key; }
};

// A 表三 data row; `group` is the key of the (三)/(四)/(五)/(六) block it sits in, or empty.
struct Table3RowSpec {
  LabelledKey row;
  std::string group;
};

// A cell key that tells a record was read with a template when its name was not kept: the record
// has `key` and not `unless` (when given).
struct KeyMarker {
  std::string key;
  std::string unless = {};
};

// One national template (2019 试行 or 2021) as data: every canonical key and its labels, and the
// words that tell it from the others.
struct TemplateSchema {
  std::string name;      // "2019" | "2021"
  int first_year = 0;    // the first statistics year it is to be used for
  bool current = false;  // assumed when neither the tables nor the year decide
  // Labels only this template prints, by strength: tier 0 its 表二 column labels, tier 1 the
  // shape of its 表三. Detection tries every template's tier 0 before any tier 1.
  std::vector<std::vector<std::string>> markers;
  std::vector<LabelledKey> t2_sections;  // caption 第二十条第（X）项
  std::vector<Table2RowSpec> t2_rows;
  std::vector<LabelledKey> t2_columns;
  std::vector<Table3RowSpec> t3_rows;         // official data rows, in template order
  std::vector<LabelledKey> t3_groups;         // label-only rows: results block, denied, unable, ...
  std::vector<LabelledKey> t3_columns;        // official columns, in template order
  std::vector<LabelledKey> t3_extra_columns;  // printed by some reports (法人或其他组织小计)
  std::vector<LabelledKey> t4_groups;
  std::vector<LabelledKey> t4_columns;
  // 表三 groups whose label row is a heading only: numbers printed on it are no subtotal
  // (本年度办理结果 spans the results block, whose sum is 总计).
  std::vector<std::string> t3_heading_groups;
  // Keys only this template's records carry, tried in order (validate's template_of).
  std::vector<KeyMarker> key_markers;

  bool is_heading_group(const std::string& group) const;
};

// The two national templates. Other code finds templates by name or through templates().
const TemplateSchema& template_2019();
const TemplateSchema& template_2021();

// The registered templates, newest (greatest first_year) first: the two national ones and any
// added with register_template. References stay valid until the template is unregistered.
std::vector<const TemplateSchema*> templates();
const TemplateSchema* template_by_name(const std::string& name);
// The template a report is read with when its name is unknown: the `current` one.
const TemplateSchema& current_template();
// Adds a template version (or replaces one of the same name) as data; layout, validate and
// output pick it up without a code change. Not thread-safe: register before processing.
void register_template(TemplateSchema schema);
void unregister_template(const std::string& name);

// "denied.subtotal": the row a report prints to sum a group's leaves (an extra row).
std::string subtotal_row(const std::string& group);

// Every official cell of the template in template order: 表二, 表三 (row-major), 表四.
std::vector<CellKey> official_cell_keys(const TemplateSchema& schema);

}  // namespace ogi
