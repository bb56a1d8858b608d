#include "layout/unruled_tables.h"

#include <algorithm>

#include "layout/text_rows.h"
#include "layout/text_table_builders.h"
#include "layout/text_table_regions.h"
#include "normalize/cell_value_parser.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// A region is a table when its rows print at least this many numbers as cells of their own, at
// least two in some row (as add_text_walls demands of row-ruled tables).
constexpr int kMinTableNumbers = 4;
constexpr int kMinRowNumbers = 2;

void append_cell(std::string& line, const std::string& cell) {
  if (!line.empty()) line += " | ";
  line += cell;
}

// The row as a text dump prints a table row: its cells between '|'.
std::string dump_line(const TextRow& row) {
  std::string line;
  for (const std::string& label : row.labels) append_cell(line, label);
  for (const TextPiece& piece : row.values) append_cell(line, piece.text);
  return normalize_text(line);
}

bool prints_numbers(const std::vector<TextRow>& rows, size_t first, size_t last) {
  int total = 0;
  bool row_of_numbers = false;
  for (size_t i = first; i <= last; ++i) {
    total += rows[i].numbers;
    row_of_numbers = row_of_numbers || rows[i].numbers >= kMinRowNumbers;
  }
  return total >= kMinTableNumbers && row_of_numbers;
}

bool is_number(const std::string& text) {
  const Semantic semantic = parse_cell_value(text).semantic;
  return semantic == Semantic::kNumeric || semantic == Semantic::kZero;
}

// Gives the table's number cells the page and box of the pieces that print them. Both list the
// numbers in reading order, so each cell takes the next piece with its text; a cell the builder
// made up (none does today) keeps none.
void place_numbers(const std::vector<TextRow>& rows, const TextTableRegion& region, Table& table) {
  std::vector<const TextPiece*> pieces;
  for (size_t i = region.first; i <= region.last; ++i) {
    for (const TextPiece& piece : rows[i].values) {
      if (piece.number) pieces.push_back(&piece);
    }
  }
  size_t next = 0;
  for (TableCell& cell : table.cells) {
    if (!is_number(cell.text)) continue;
    for (size_t k = next; k < pieces.size(); ++k) {
      if (normalize_text(pieces[k]->text) != cell.text) continue;
      cell.page = pieces[k]->page;
      cell.box = pieces[k]->box;
      next = k + 1;
      break;
    }
  }
}

}  // namespace

std::vector<LineTable> unruled_tables(const std::vector<PlacedLine>& lines,
                                      const std::set<TableKind>& ruled) {
  const std::vector<TextRow> rows = text_rows(lines);
  if (rows.empty() || !prints_numbers(rows, 0, rows.size() - 1)) return {};
  Document dump;
  for (const TextRow& row : rows) {
    Paragraph paragraph;
    paragraph.text = dump_line(row);
    dump.add_paragraph(std::move(paragraph));
  }
  std::vector<LineTable> tables;
  for (const TextTableRegion& region : find_text_table_regions(dump)) {
    if (ruled.count(region.kind) > 0 || !prints_numbers(rows, region.first, region.last)) continue;
    Table table = build_text_table(region.kind, segment_tokens(region_tokens(dump, region)));
    place_numbers(rows, region, table);
    const TextRow& top = rows[region.first];
    const TextRow& bottom = rows[region.last];
    table.page = lines[top.first].page;
    table.last_page = lines[bottom.last].page;
    tables.push_back({top.first, bottom.last, std::move(table)});
  }
  return tables;
}

}  // namespace ogi
