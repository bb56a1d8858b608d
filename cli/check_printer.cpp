#include "cli/check_printer.h"

#include <map>
#include <sstream>

#include "model/utf8.h"
#include "template/display_labels.h"
#include "template/template_schema.h"

namespace ogi {
namespace {

// Terminal columns a string takes: CJK characters are double width.
size_t display_width(const std::string& text) {
  size_t width = 0;
  for (char32_t code : utf8_to_u32(text)) width += code >= 0x2E80 ? 2 : 1;
  return width;
}

// Long official labels (（二）部分公开…) cut to keep the table readable.
std::string truncated(const std::string& text, size_t max_chars) {
  const std::u32string code_points = utf8_to_u32(text);
  if (code_points.size() <= max_chars) return text;
  return u32_to_utf8(code_points.substr(0, max_chars)) + "…";
}

std::string pad(const std::string& text, size_t width) {
  const size_t used = display_width(text);
  return text + std::string(used < width ? width - used : 0, ' ');
}

std::string shown_value(const CanonicalCell* cell) {
  if (cell == nullptr) return "?";
  switch (cell->value.semantic) {
    case Semantic::kEmpty:
      return "·";
    case Semantic::kNa:
    case Semantic::kText:
      return cell->value.raw;
    default:
      return cell->value.raw.empty() ? "0" : cell->value.raw;
  }
}

struct TextTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

std::string render_table(const TextTable& table) {
  std::vector<size_t> widths(table.header.size(), 0);
  auto widen = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], display_width(row[i]));
    }
  };
  widen(table.header);
  for (const auto& row : table.rows) widen(row);
  std::ostringstream out;
  auto print = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size(); ++i) out << pad(row[i], widths[i] + 2);
    out << "\n";
  };
  print(table.header);
  for (const auto& row : table.rows) print(row);
  return out.str();
}

std::string render_t2(const Report& report, const TemplateSchema& schema) {
  TextTable table{{table_label("t2"), "", "", ""}, {}};
  for (const Table2RowSpec& spec : schema.t2_rows) {
    std::vector<std::string> row = {spec.row.shown()};
    for (const std::string& col : spec.columns) {
      row.push_back(col_label("t2", col) + " " +
                    shown_value(report.find_cell(cell_key_text("t2", spec.row_key(), col))));
    }
    table.rows.push_back(row);
  }
  table.header.resize(4);
  return render_table(table);
}

std::string render_t3(const Report& report, const TemplateSchema& schema) {
  TextTable table;
  table.header.push_back(table_label("t3"));
  for (const LabelledKey& col : schema.t3_columns) table.header.push_back(col.shown());
  for (const Table3RowSpec& spec : schema.t3_rows) {
    std::vector<std::string> row = {truncated(spec.row.shown(), 14)};
    for (const LabelledKey& col : schema.t3_columns) {
      row.push_back(shown_value(report.find_cell(cell_key_text("t3", spec.row.key, col.key))));
    }
    table.rows.push_back(row);
  }
  return render_table(table);
}

std::string render_t4(const Report& report, const TemplateSchema& schema) {
  TextTable table;
  table.header.push_back(table_label("t4"));
  for (const LabelledKey& col : schema.t4_columns) table.header.push_back(col.shown());
  for (const LabelledKey& group : schema.t4_groups) {
    std::vector<std::string> row = {group.shown()};
    for (const LabelledKey& col : schema.t4_columns) {
      row.push_back(shown_value(report.find_cell(cell_key_text("t4", group.key, col.key))));
    }
    table.rows.push_back(row);
  }
  return render_table(table);
}

std::string render_findings(const Report& report) {
  std::ostringstream out;
  out << "校验结果: " << report.status() << "（" << report.findings.size() << " 条）\n";
  for (const Finding& finding : report.findings) {
    out << "  [" << severity_name(finding.severity) << "] " << finding.rule << " "
        << finding.message;
    if (!finding.cells.empty()) {
      out << "  (";
      for (size_t i = 0; i < finding.cells.size(); ++i) out << (i ? ", " : "") << finding.cells[i];
      out << ")";
    }
    out << "\n";
  }
  for (const ExtractIssue& error : report.errors) {
    out << "  [读取错误] " << error.code << ": " << error.message << "\n";
  }
  return out.str();
}

}  // namespace

std::string render_check(const Report& report) {
  std::ostringstream out;
  out << "文件: " << report.source.path << " (" << report.source.format << ")\n";
  out << "机关: " << report.meta.agency.value_or("—")
      << "  年度: " << (report.meta.year ? std::to_string(*report.meta.year) : "—")
      << "  模板: " << report.meta.template_name.value_or("—")
      << "  发布日期: " << report.meta.published.value_or("—") << "\n\n";
  if (const TemplateSchema* schema = template_by_name(report.meta.template_name.value_or(""))) {
    out << render_t2(report, *schema) << "\n"
        << render_t3(report, *schema) << "\n"
        << render_t4(report, *schema) << "\n";
  }
  out << render_findings(report);
  return out.str();
}

}  // namespace ogi
