#include "debug/page_overlay.h"

#include <cstdio>

#include "layout/dense_grid.h"
#include "layout/labels/table_kind.h"

namespace ogi {
namespace {

constexpr std::uint32_t kRuleColor = 0xE53935;
constexpr std::uint32_t kNumberColor = 0xB71C1C;
constexpr double kValueTint = 0.25;

std::uint32_t kind_color(TableKind kind) {
  switch (kind) {
    case TableKind::kT2:
      return 0x2E7D32;
    case TableKind::kT3:
      return 0x1565C0;
    case TableKind::kT4:
      return 0xEF6C00;
    case TableKind::kNone:
      break;
  }
  return 0x9E9E9E;
}

std::uint32_t table_color_of(const std::string& table) {
  if (table == "t2") return kind_color(TableKind::kT2);
  if (table == "t3") return kind_color(TableKind::kT3);
  return kind_color(TableKind::kT4);
}

void draw_tables(RasterView raster, const Document& document, int page_index) {
  for (const Table& table : document.tables) {
    const DenseGrid grid(table);
    const std::uint32_t color = kind_color(classify_table(grid));
    for (const TableCell& cell : table.cells) {
      if (cell.page == page_index && cell.box) draw_box(raster, *cell.box, color, 2);
    }
  }
}

std::string legend_line(int number, const CanonicalCell& cell) {
  char box[96];
  std::snprintf(box, sizeof box, "%.1f,%.1f,%.1f,%.1f", cell.box->x0, cell.box->y0, cell.box->x1,
                cell.box->y1);
  return std::to_string(number) + "\t" + cell.key() + "\t" + cell.value.raw + "\t" + box;
}

}  // namespace

std::vector<std::string> draw_page_overlay(RasterView raster, const Document& document,
                                           const Report& report, int page_index) {
  const Page& page = document.pages[page_index];
  for (const RulingSegment& rule : page.rulings) {
    draw_rule(raster, rule.x0, rule.y0, rule.x1, rule.y1, kRuleColor);
  }
  draw_tables(raster, document, page_index);
  std::vector<std::string> legend;
  for (const CanonicalCell& cell : report.cells) {
    if (!cell.page || *cell.page != page_index + 1 || !cell.box) continue;
    const int number = static_cast<int>(legend.size()) + 1;
    tint_box(raster, *cell.box, table_color_of(cell.table), kValueTint);
    draw_number(raster, cell.box->x0 + 1, cell.box->y0 + 1, number, kNumberColor);
    legend.push_back(legend_line(number, cell));
  }
  return legend;
}

}  // namespace ogi
