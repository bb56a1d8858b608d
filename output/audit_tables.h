#pragma once

#include <functional>
#include <ostream>
#include <string>

#include "template/template_schema.h"

namespace ogi {

// Writes the <td> of one value: its key ("table.row.col") and how many grid columns it spans.
using ValueCellWriter = std::function<void(std::ostream& out, const std::string& key, int colspan)>;

// 表二, 表三 and 表四 of `schema` as <table> elements laid out as the national template prints
// them: 表二's captions and 信息内容 header rows, 表三's 申请人情况 / 法人或其他组织 header over
// its columns and its results block with nested groups, 表四's 行政复议 / 行政诉讼 header. Every
// label is the template's own (official label, text_dump_words' header words); each official cell
// is written by `value_cell`.
void write_template_tables(std::ostream& out, const TemplateSchema& schema,
                           const ValueCellWriter& value_cell);

}  // namespace ogi
