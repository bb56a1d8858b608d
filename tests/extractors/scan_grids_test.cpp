// A scanned table has two grids with two jobs (see extractors/ocr/image/table_cells.h): the OCR
// reads the paper inside each rule network cell by cell (TableCellAreas, pixels), and layout
// rebuilds the table's rows, columns and spans from the rulings the OCR emits (RuledGrid,
// points), as it does for a born-digital page. This test keeps them equal where both exist: on
// every page of the scan fixtures, each table whose columns are ruled has one OCR cell area per
// layout cell, each area inside its own layout cell, so every run read from an area lands in
// exactly the cell layout writes it to.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "extractors/ocr/image/page_prep.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/table_cells.h"
#include "layout/structure/paged/ruled_grid.h"
#include "layout/structure/paged/table_regions.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

bool overlaps(const Box& a, const Box& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

void expect_same_cells(const PreparedPage& page, int page_index, const std::string& where) {
  const double scale = page.points_per_pixel();
  const auto to_points = [&](const PixelBox& box) {
    return Box{box.x0 * scale, box.y0 * scale, box.x1 * scale, box.y1 * scale};
  };
  const std::vector<TableCellAreas> areas = find_table_cell_areas(page.rules, page.dpi);
  const RuleSet rules = merge_rulings(rule_segments(page.rules, scale, page_index));
  for (const RuleSet& region : table_regions(rules)) {
    if (lacks_column_rules(region)) continue;  // columns from text walls: row strips for OCR
    const RuledGrid grid = build_ruled_grid(region);
    if (grid.col_count() < 2) continue;
    const TableCellAreas* area = nullptr;
    for (const TableCellAreas& candidate : areas) {
      if (overlaps(to_points(candidate.bounds), grid.bounds())) area = &candidate;
    }
    ASSERT_NE(area, nullptr) << where << ": a ruled layout table the OCR does not read by cells";
    EXPECT_EQ(area->cells.size(), grid.cells().size()) << where;
    std::set<int> hit;
    for (const PixelBox& cell : area->cells) {
      const Box box = to_points(cell);
      const int index = grid.cell_at(box.center_x(), box.center_y());
      EXPECT_GE(index, 0) << where;
      if (index < 0) continue;
      const Box& layout_cell = grid.cells()[index].box;
      EXPECT_TRUE(box.x0 >= layout_cell.x0 - 1 && box.x1 <= layout_cell.x1 + 1 &&
                  box.y0 >= layout_cell.y0 - 1 && box.y1 <= layout_cell.y1 + 1)
          << where << ": an OCR cell area reaches over a layout cell's border";
      EXPECT_TRUE(hit.insert(index).second) << where << ": two OCR cell areas in one layout cell";
    }
  }
}

TEST(ScanGrids, OcrCellAreasAreTheLayoutGridsCells) {
  for (const std::string name : {"low_contrast_2021.pdf", "mixed_2021.pdf"}) {
    const std::string path = testing::fixture_path("scan/" + name).string();
    const std::unique_ptr<PageSource> source = open_pdf_pages(path);
    for (int index = 0; index < source->page_count(); ++index) {
      const PreparedPage page = prepare_page(source->render(index), 0);
      expect_same_cells(page, index, name + " page " + std::to_string(index + 1));
    }
  }
}

}  // namespace
}  // namespace ogi
