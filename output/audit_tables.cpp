#include "output/audit_tables.h"

#include <algorithm>
#include <set>
#include <vector>

#include "model/cell_key.h"
#include "output/html_text.h"
#include "template/display_labels.h"
#include "template/template_keys.h"
#include "template/template_markers.h"

namespace ogi {
namespace {

// The official (first) label of `key` among `entries`; the key itself when absent.
std::string official_label(const std::vector<LabelledKey>& entries, const std::string& key) {
  for (const LabelledKey& entry : entries) {
    if (entry.key == key) return entry.labels.front();
  }
  return key;
}

void header_cell(std::ostream& out, const std::string& label, int colspan = 1, int rowspan = 1) {
  out << "<th";
  if (colspan > 1) out << " colspan=\"" << colspan << '"';
  if (rowspan > 1) out << " rowspan=\"" << rowspan << '"';
  out << '>';
  write_escaped(out, label);
  out << "</th>";
}

void table_start(std::ostream& out, const std::string& table) {
  out << "<h2>" << html_escaped(table_label(table)) << "</h2>\n<table class=\"grid\" id=\"" << table
      << "\">\n";
}

// A section's columns in the grid of `width` value columns: the last one spans what is left, as
// 表二 prints one 本年处理决定数量 over three columns.
std::vector<int> column_spans(size_t columns, int width) {
  std::vector<int> spans(columns, 1);
  if (!spans.empty()) spans.back() = width - static_cast<int>(columns) + 1;
  return spans;
}

void write_t2(std::ostream& out, const TemplateSchema& schema, const ValueCellWriter& value_cell) {
  size_t widest = 1;
  for (const Table2RowSpec& spec : schema.t2_rows) widest = std::max(widest, spec.columns.size());
  const int width = static_cast<int>(widest);
  table_start(out, "t2");
  for (const LabelledKey& section : schema.t2_sections) {
    std::vector<const Table2RowSpec*> rows;
    for (const Table2RowSpec& spec : schema.t2_rows) {
      if (spec.section == section.key) rows.push_back(&spec);
    }
    if (rows.empty()) continue;
    const std::vector<std::string>& columns = rows.front()->columns;
    const std::vector<int> spans = column_spans(columns.size(), width);
    out << "<tr class=\"caption\">";
    header_cell(out, section.labels.front(), width + 1);
    out << "</tr>\n<tr>";
    header_cell(out, text_dump_words().t2_header);
    for (size_t i = 0; i < columns.size(); ++i) {
      header_cell(out, official_label(schema.t2_columns, columns[i]), spans[i]);
    }
    out << "</tr>\n";
    for (const Table2RowSpec* spec : rows) {
      out << "<tr>";
      header_cell(out, spec->row.labels.front());
      const std::vector<int> row_spans = column_spans(spec->columns.size(), width);
      for (size_t i = 0; i < spec->columns.size(); ++i) {
        value_cell(out, cell_key_text("t2", spec->row_key(), spec->columns[i]), row_spans[i]);
      }
      out << "</tr>\n";
    }
  }
  out << "</table>\n";
}

// Three label columns, an applicant header of two tiers over the values.
void write_t3_header(std::ostream& out, const TemplateSchema& schema,
                     const std::vector<std::string>& columns) {
  const std::vector<std::string> org_columns = t3_org_columns(schema);
  const std::set<std::string> orgs(org_columns.begin(), org_columns.end());
  const std::vector<std::string>& header_words = text_dump_words().t3_header;
  out << "<tr>";
  header_cell(out, "", 3, 3);
  header_cell(out, header_words.at(0), static_cast<int>(columns.size()));
  out << "</tr>\n<tr>";
  bool org_header_written = false;
  for (const std::string& col : columns) {
    if (!orgs.count(col)) {
      header_cell(out, official_label(schema.t3_columns, col), 1, 2);
    } else if (!org_header_written) {
      header_cell(out, header_words.at(1), static_cast<int>(org_columns.size()));
      org_header_written = true;
    }
  }
  out << "</tr>\n<tr>";
  for (const std::string& col : org_columns)
    header_cell(out, official_label(schema.t3_columns, col));
  out << "</tr>\n";
}

void write_t3(std::ostream& out, const TemplateSchema& schema, const ValueCellWriter& value_cell) {
  const std::vector<std::string> columns = t3_columns(schema);
  const std::vector<Table3RowSpec>& rows = schema.t3_rows;
  // The results block runs from its heading group's first row to its last, its other groups
  // (不予公开, 无法提供, ...) nested inside.
  const std::string heading = schema.t3_heading_groups.empty() ? "" : schema.t3_heading_groups[0];
  size_t block_start = rows.size();
  size_t block_end = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (heading.empty() || rows[i].group != heading) continue;
    block_start = std::min(block_start, i);
    block_end = i + 1;
  }
  table_start(out, "t3");
  write_t3_header(out, schema, columns);
  for (size_t i = 0; i < rows.size(); ++i) {
    const Table3RowSpec& spec = rows[i];
    out << "<tr>";
    const bool in_block = i >= block_start && i < block_end;
    if (i == block_start) {
      header_cell(out, official_label(schema.t3_groups, heading), 1,
                  static_cast<int>(block_end - block_start));
    }
    if (!in_block) {
      header_cell(out, spec.row.labels.front(), 3);
    } else if (spec.group == heading || spec.group.empty()) {
      header_cell(out, spec.row.labels.front(), 2);
    } else {
      if (i == 0 || rows[i - 1].group != spec.group) {
        const auto members =
            std::count_if(rows.begin() + static_cast<long>(i), rows.end(),
                          [&](const Table3RowSpec& row) { return row.group == spec.group; });
        header_cell(out, official_label(schema.t3_groups, spec.group), 1,
                    static_cast<int>(members));
      }
      header_cell(out, spec.row.labels.front());
    }
    for (const std::string& col : columns)
      value_cell(out, cell_key_text("t3", spec.row.key, col), 1);
    out << "</tr>\n";
  }
  out << "</table>\n";
}

// 行政复议 stands alone; the groups whose shown label names 行政诉讼 sit under one header of it.
void write_t4(std::ostream& out, const TemplateSchema& schema, const ValueCellWriter& value_cell) {
  const std::string& litigation = text_dump_words().t4_litigation;
  const int width = static_cast<int>(schema.t4_columns.size());
  auto is_litigation = [&](const LabelledKey& group) {
    return group.shown().find(litigation) != std::string::npos;
  };
  const auto litigation_groups =
      std::count_if(schema.t4_groups.begin(), schema.t4_groups.end(), is_litigation);
  table_start(out, "t4");
  out << "<tr>";
  bool litigation_written = false;
  for (const LabelledKey& group : schema.t4_groups) {
    if (!is_litigation(group)) {
      header_cell(out, group.labels.front(), width, 2);
    } else if (!litigation_written) {
      header_cell(out, litigation, width * static_cast<int>(litigation_groups));
      litigation_written = true;
    }
  }
  out << "</tr>\n<tr>";
  for (const LabelledKey& group : schema.t4_groups) {
    if (is_litigation(group)) header_cell(out, group.labels.front(), width);
  }
  out << "</tr>\n<tr>";
  for (size_t g = 0; g < schema.t4_groups.size(); ++g) {
    for (const LabelledKey& col : schema.t4_columns) header_cell(out, col.labels.front());
  }
  out << "</tr>\n<tr>";
  for (const LabelledKey& group : schema.t4_groups) {
    for (const LabelledKey& col : schema.t4_columns) {
      value_cell(out, cell_key_text("t4", group.key, col.key), 1);
    }
  }
  out << "</tr>\n</table>\n";
}

}  // namespace

void write_template_tables(std::ostream& out, const TemplateSchema& schema,
                           const ValueCellWriter& value_cell) {
  write_t2(out, schema, value_cell);
  write_t3(out, schema, value_cell);
  write_t4(out, schema, value_cell);
}

}  // namespace ogi
