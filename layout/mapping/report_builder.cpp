#include "layout/mapping/report_builder.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "layout/labels/section_splitter.h"
#include "layout/labels/table_kind.h"
#include "layout/mapping/grid_walker.h"
#include "layout/mapping/unread_scanned_tables.h"
#include "layout/report_meta/report_metadata.h"
#include "layout/scanned_page.h"
#include "normalize/cell_value_parser.h"
#include "template/display_labels.h"
#include "template/template_detect.h"

namespace ogi {
namespace {

struct ClassifiedGrid {
  std::unique_ptr<DenseGrid> grid;
  TableKind kind = TableKind::kNone;
};

std::vector<ClassifiedGrid> classify_tables(const Document& document) {
  std::vector<ClassifiedGrid> grids;
  for (const Block& block : document.body) {
    if (block.kind != BlockKind::kTable) continue;
    auto grid = std::make_unique<DenseGrid>(document.tables[block.index]);
    const TableKind kind = classify_table(*grid);
    grids.push_back({std::move(grid), kind});
  }
  return grids;
}

std::vector<std::string> body_paragraphs(const Document& document) {
  std::vector<std::string> paragraphs;
  for (const Block& block : document.body) {
    if (block.kind == BlockKind::kParagraph) {
      paragraphs.push_back(document.paragraphs[block.index].text);
    }
  }
  return paragraphs;
}

// Walks the template tables in body order. A fragment with no header of its own inherits the
// column meanings of the previous fragment of the same kind.
std::vector<MappedCell> map_tables(const std::vector<ClassifiedGrid>& grids,
                                   const TemplateSchema& schema) {
  std::map<TableKind, std::unique_ptr<TableResolver>> resolvers;
  std::map<TableKind, ColumnState> columns;
  std::vector<MappedCell> mapped;
  TableKind previous = TableKind::kNone;
  for (const ClassifiedGrid& entry : grids) {
    if (entry.kind == TableKind::kNone) continue;
    auto& resolver = resolvers[entry.kind];
    if (!resolver) resolver = make_table_resolver(entry.kind, schema);
    if (entry.kind != previous) columns[entry.kind] = {};
    for (MappedCell& cell : walk_grid(*entry.grid, *resolver, columns[entry.kind])) {
      mapped.push_back(std::move(cell));
    }
    previous = entry.kind;
  }
  return mapped;
}

// Confidence of a value under a header or beside a label that was not read: its place follows
// from the template's order, its reading may be sound, but a user should look.
constexpr double kInferredColumn = 0.6;
// The same for a value of a table rebuilt from a scan's text alignment (Table::aligned_on_scan).
constexpr double kAlignedOnScan = 0.6;

CanonicalCell canonical_cell(const MappedCell& mapped) {
  const TableCell& source = mapped.grid->cell(mapped.anchor);
  CanonicalCell cell;
  cell.table = mapped.key.table;
  cell.row = mapped.key.row;
  cell.col = mapped.key.col;
  cell.value = mapped.grid->value(mapped.anchor);
  if (source.page >= 0) cell.page = source.page + 1;
  cell.box = source.box;
  cell.confidence = source.confidence;
  if (mapped.place_inferred) cell.confidence = std::min(cell.confidence, kInferredColumn);
  if (mapped.grid->table().aligned_on_scan) {
    cell.confidence = std::min(cell.confidence, kAlignedOnScan);
  }
  cell.column_label = mapped.column_label;
  cell.found = true;
  return cell;
}

CanonicalCell empty_cell(const CellKey& key) {
  CanonicalCell cell;
  cell.table = key.table;
  cell.row = key.row;
  cell.col = key.col;
  cell.value = parse_cell_value("");
  return cell;
}

// A cell missing from a table that was found is more likely missed (a label misread, a row lost
// in a scan) than left out of the report: its EMPTY is not a reading to trust. Neither is the
// EMPTY of a table that was not found at all: nothing was read there. Only a born-digital table
// that prints the group a missing item belongs to may have left the item out on purpose; a
// scanned one may just as well have lost the item's row.
void doubt_missing_cells(const Document& document, Report& report) {
  std::set<std::string> found_tables;
  std::set<std::string> scanned_tables;
  std::set<std::string> found_keys;
  for (const CanonicalCell& cell : report.cells) {
    if (!cell.found) continue;
    found_tables.insert(cell.table);
    found_keys.insert(cell.key());
    if (on_scanned_page(document, cell.page.value_or(0) - 1)) {
      scanned_tables.insert(cell.table);
    }
  }
  for (CanonicalCell& cell : report.cells) {
    if (cell.found) continue;
    if (!found_tables.contains(cell.table) || scanned_tables.contains(cell.table) ||
        !found_keys.contains(group_cell_key(cell.key()))) {
      cell.confidence = 0;
    }
  }
}

void add_inferred_place_finding(const std::vector<MappedCell>& mapped, Report& report) {
  std::vector<std::string> keys;
  for (const MappedCell& entry : mapped) {
    // Two values guessed into one place (both under headers read as one) name it once.
    if (entry.place_inferred &&
        std::find(keys.begin(), keys.end(), entry.key.text()) == keys.end()) {
      keys.push_back(entry.key.text());
    }
  }
  if (keys.empty()) return;
  report.findings.push_back({"MAP-3", Severity::kWarning, keys,
                             "行或列标题未能读取，" + std::to_string(keys.size()) +
                                 "个单元格的位置按模板顺序推定，请核对",
                             std::nullopt, std::nullopt});
}

// Tables a scan printed whose grid was not found, read by the rule-less path: one finding per
// table, naming its cells.
void add_aligned_on_scan_findings(const std::vector<MappedCell>& mapped, Report& report) {
  std::map<std::string, std::vector<std::string>> keys_by_table;
  for (const MappedCell& entry : mapped) {
    if (entry.grid->table().aligned_on_scan) {
      keys_by_table[entry.key.table].push_back(entry.key.text());
    }
  }
  for (auto& [table, keys] : keys_by_table) {
    const std::string count = std::to_string(keys.size());
    report.findings.push_back({"MAP-4", Severity::kWarning, std::move(keys),
                               table_label(table) + "在扫描页上未找到表格线，已按文字对齐重建，" +
                                   count + "个单元格的位置与数值请核对",
                               std::nullopt, std::nullopt});
  }
}

// Official cells in template order, then extras in the order met; a second printing of the same
// key keeps the first and is reported when it disagrees.
void place_cells(const Document& document, const TemplateSchema& schema,
                 const std::vector<MappedCell>& mapped, Report& report) {
  std::map<std::string, size_t> index_of;
  for (const CellKey& key : official_cell_keys(schema)) {
    index_of[key.text()] = report.cells.size();
    report.cells.push_back(empty_cell(key));
  }
  std::map<std::string, bool> filled;
  for (const MappedCell& entry : mapped) {
    const std::string key = entry.key.text();
    CanonicalCell cell = canonical_cell(entry);
    if (filled[key]) {
      const CanonicalCell& kept = report.cells[index_of[key]];
      if (kept.value.raw != cell.value.raw) {
        report.findings.push_back({"MAP-2",
                                   Severity::kWarning,
                                   {key},
                                   "同一单元格出现两次且数值不同：保留“" + kept.value.raw +
                                       "”，另一处为“" + cell.value.raw + "”",
                                   kept.value.value,
                                   cell.value.value});
      }
      continue;
    }
    filled[key] = true;
    auto found = index_of.find(key);
    if (found == index_of.end()) {
      cell.extra = true;
      index_of[key] = report.cells.size();
      report.cells.push_back(std::move(cell));
    } else {
      report.cells[found->second] = std::move(cell);
    }
  }
  doubt_missing_cells(document, report);
  add_inferred_place_finding(mapped, report);
  add_aligned_on_scan_findings(mapped, report);
}

void add_template_findings(const TemplateDecision& decision, Report& report) {
  const auto& meta = report.meta;
  if (meta.template_expected_by_year && decision.from_labels &&
      *meta.template_expected_by_year != decision.name) {
    report.findings.push_back({"TPL-1",
                               Severity::kInfo,
                               {},
                               "表格使用" + decision.name + "年版格式（依据“" + decision.basis +
                                   "”），但统计年度" + std::to_string(*meta.year) + "应使用" +
                                   *meta.template_expected_by_year + "年版格式",
                               std::nullopt,
                               std::nullopt});
  }
}

}  // namespace

Report build_report(const Document& document) {
  Report report;
  report.errors = document.issues;
  const std::vector<std::string> paragraphs = body_paragraphs(document);
  size_t first_heading = 0;
  report.sections = split_sections(paragraphs, &first_heading);
  const AgencyYearDate printed = read_agency_year_date(paragraphs, first_heading);
  report.meta.agency = printed.agency;
  report.meta.year = printed.year;
  report.meta.published = printed.published;
  report.meta.template_expected_by_year = template_expected_by_year(printed.year);

  const std::vector<ClassifiedGrid> grids = classify_tables(document);
  std::string table_text;
  for (const ClassifiedGrid& entry : grids) {
    if (entry.kind != TableKind::kNone) table_text += grid_text(*entry.grid);
  }
  if (table_text.empty()) {
    report.errors.push_back(
        {"no_tables", "未找到政府信息公开年度报告的统计表格（表二、表三、表四）"});
    add_unread_scanned_table_findings(document, report);
    return report;
  }
  const TemplateDecision decision = detect_template(table_text, printed.year);
  const TemplateSchema& schema = *template_by_name(decision.name);
  report.meta.template_name = schema.name;
  add_template_findings(decision, report);
  place_cells(document, schema, map_tables(grids, schema), report);
  add_unread_scanned_table_findings(document, report);
  return report;
}

}  // namespace ogi
