#include "layout/structure/unruled/unruled_tables.h"

#include <algorithm>

#include "layout/structure/parsed_number.h"
#include "layout/structure/text_dump/dump_regions.h"
#include "layout/structure/text_dump/dump_table_builders.h"
#include "layout/structure/text_dump/dump_tokens.h"
#include "layout/structure/unruled/text_rows.h"
#include "layout/structure/unruled/value_columns.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// A region is a table when its rows print at least this many numbers as cells of their own, at
// least two in some row (as add_text_walls demands of row-ruled tables).
constexpr int kMinTableNumbers = 4;
constexpr int kMinRowNumbers = 2;
// The confidence of a value placed between two columns, and of the blank cell it may belong to.
constexpr double kPlacementGuess = 0.5;

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

// The tokens of a row: its labels as the text dump reads them, then its values in their columns,
// a blank column as an empty token (text_tokens.h), so the builders keep every value's position.
// A row whose values could not be placed reads as its text-dump line.
std::vector<TextToken> row_tokens(const TextRow& row, const RowColumns& placed) {
  if (!placed.placed) return tokenize_line(dump_line(row));
  std::string labels;
  for (const std::string& label : row.labels) append_cell(labels, label);
  std::vector<TextToken> tokens = tokenize_line(normalize_text(labels));
  std::vector<TextToken> columns(static_cast<size_t>(placed.columns), {TokenKind::kEmpty, ""});
  for (size_t k = 0; k < row.values.size(); ++k) {
    columns[static_cast<size_t>(placed.values[k].column)] = {TokenKind::kValue,
                                                             normalize_text(row.values[k].text)};
  }
  tokens.insert(tokens.end(), columns.begin(), columns.end());
  return tokens;
}

// A number piece and where the column assignment put it.
struct NumberPiece {
  const TextPiece* piece = nullptr;
  PlacedValue placed;
};

TableCell* cell_at(Table& table, int row, int col) {
  for (TableCell& cell : table.cells) {
    if (cell.row == row && cell.col == col) return &cell;
  }
  return nullptr;
}

// Gives the table's number cells the page and box of the pieces that print them. Both list the
// numbers in reading order, so each cell takes the next piece with its text; a cell the builder
// made up (none does today) keeps none. A number placed between two columns lowers the confidence
// of its cell and of the blank cell beside it it might belong to.
void place_numbers(const std::vector<TextRow>& rows, const std::vector<RowColumns>& placed,
                   const TextTableRegion& region, Table& table) {
  std::vector<NumberPiece> pieces;
  for (size_t i = region.first; i <= region.last; ++i) {
    const RowColumns& columns = placed[i - region.first];
    for (size_t k = 0; k < rows[i].values.size(); ++k) {
      if (!rows[i].values[k].number) continue;
      pieces.push_back({&rows[i].values[k], columns.placed ? columns.values[k] : PlacedValue{}});
    }
  }
  std::vector<std::pair<int, int>> doubted;
  size_t next = 0;
  for (TableCell& cell : table.cells) {
    if (!parses_as_number(cell.text)) continue;
    for (size_t k = next; k < pieces.size(); ++k) {
      if (normalize_text(pieces[k].piece->text) != cell.text) continue;
      cell.page = pieces[k].piece->page;
      cell.box = pieces[k].piece->box;
      if (pieces[k].placed.ambiguous) {
        doubted.emplace_back(cell.row, cell.col);
        doubted.emplace_back(cell.row, cell.col + pieces[k].placed.other_side);
      }
      next = k + 1;
      break;
    }
  }
  for (const auto& [row, col] : doubted) {
    TableCell* cell = cell_at(table, row, col);
    if (cell != nullptr && (cell->text.empty() || parses_as_number(cell->text))) {
      cell->confidence = std::min(cell->confidence, kPlacementGuess);
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
    const std::vector<RowColumns> placed = value_columns(rows, region.first, region.last);
    std::vector<TextToken> tokens;
    for (size_t i = region.first; i <= region.last; ++i) {
      const std::vector<TextToken> row = row_tokens(rows[i], placed[i - region.first]);
      tokens.insert(tokens.end(), row.begin(), row.end());
    }
    Table table = build_text_table(region.kind, segment_tokens(tokens));
    place_numbers(rows, placed, region, table);
    const TextRow& top = rows[region.first];
    const TextRow& bottom = rows[region.last];
    table.page = lines[top.first].page;
    table.last_page = lines[bottom.last].page;
    tables.push_back({top.first, bottom.last, std::move(table)});
  }
  return tables;
}

}  // namespace ogi
