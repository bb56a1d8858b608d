// Layout from page geometry alone: synthetic rulings and text runs, as a PDF text layer or OCR
// would give them, rebuilt into grids, tables and paragraphs.
#include "layout/structure/paged/ruled_grid.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/structure/paged/page_structure.h"
#include "layout/structure/paged/rule_lines.h"
#include "model/utf8.h"

namespace ogi {
namespace {

constexpr double kSize = 10;

RulingSegment horizontal(double y, double x0, double x1, int page = 0) {
  return {x0, y, x1, y, 0.5, page};
}
RulingSegment vertical(double x, double y0, double y1, int page = 0) {
  return {x, y0, x, y1, 0.5, page};
}

// A run whose characters are kSize wide (CJK) or half that (ASCII), baseline box at (x, y).
TextRun run_at(const std::string& text, double x, double y, int page = 0) {
  TextRun run;
  run.text = text;
  run.font_size = kSize;
  run.page = page;
  double left = x;
  for (char32_t c : utf8_to_u32(text)) {
    const double width = c < 0x80 ? kSize / 2 : kSize;
    run.char_boxes.push_back({left, y, left + width, y + kSize});
    left += width;
  }
  run.box = {x, y, left, y + kSize};
  return run;
}

// Borders of a grid drawn cell by cell, as Chromium and WPS draw them, with hairline gaps at the
// joints; `skip` leaves out the pieces the caller names.
struct CellGridDrawing {
  std::vector<double> xs;
  std::vector<double> ys;
  std::vector<RulingSegment> segments;

  void draw(int page, const std::function<bool(bool, int, int)>& skip) {
    for (size_t r = 0; r < ys.size(); ++r) {
      for (size_t c = 0; c + 1 < xs.size(); ++c) {
        if (skip(true, static_cast<int>(r), static_cast<int>(c))) continue;
        segments.push_back(horizontal(ys[r] + 0.2, xs[c] + 0.3, xs[c + 1] - 0.3, page));
      }
    }
    for (size_t c = 0; c < xs.size(); ++c) {
      for (size_t r = 0; r + 1 < ys.size(); ++r) {
        if (skip(false, static_cast<int>(r), static_cast<int>(c))) continue;
        segments.push_back(vertical(xs[c] - 0.2, ys[r] + 0.3, ys[r + 1] - 0.3, page));
      }
    }
  }
};

void expect_cell(const RuledGridCell& cell, int row, int col, int row_span, int col_span) {
  EXPECT_EQ(cell.row, row);
  EXPECT_EQ(cell.col, col);
  EXPECT_EQ(cell.row_span, row_span) << "(" << row << "," << col << ")";
  EXPECT_EQ(cell.col_span, col_span) << "(" << row << "," << col << ")";
}

TEST(RuleLines, PiecesOfOneBorderBecomeOneLine) {
  const RuleSet rules = merge_rulings({horizontal(100.2, 0, 50), horizontal(99.8, 50.5, 100),
                                       horizontal(100, 140, 200), vertical(10, 0, 40)});
  ASSERT_EQ(rules.horizontal.size(), 2u);
  EXPECT_NEAR(rules.horizontal[0].pos, 100, 0.01);
  EXPECT_DOUBLE_EQ(rules.horizontal[0].start, 0);
  EXPECT_DOUBLE_EQ(rules.horizontal[0].end, 100);
  EXPECT_DOUBLE_EQ(rules.horizontal[1].start, 140);
  ASSERT_EQ(rules.vertical.size(), 1u);
}

TEST(RuledGrid, MissingInteriorRulesMakeSpans) {
  CellGridDrawing drawing{{0, 100, 200, 300, 400}, {0, 20, 40, 60, 80}, {}};
  // No rule between columns 1 and 2 in row 0; none between rows 1 and 2 in column 0.
  drawing.draw(0, [](bool is_horizontal, int r, int c) {
    return is_horizontal ? (r == 2 && c == 0) : (c == 2 && r == 0);
  });
  const RuledGrid grid = build_ruled_grid(merge_rulings(drawing.segments));
  ASSERT_EQ(grid.row_count(), 4);
  ASSERT_EQ(grid.col_count(), 4);
  const auto& cells = grid.cells();
  ASSERT_EQ(cells.size(), 14u);
  expect_cell(cells[0], 0, 0, 1, 1);
  expect_cell(cells[1], 0, 1, 1, 2);
  expect_cell(cells[2], 0, 3, 1, 1);
  expect_cell(cells[3], 1, 0, 2, 1);
  expect_cell(cells[4], 1, 1, 1, 1);
  expect_cell(cells[13], 3, 3, 1, 1);
  EXPECT_NEAR(cells[1].box.x0, 100, 0.5);
  EXPECT_NEAR(cells[1].box.x1, 300, 0.5);
  EXPECT_NEAR(cells[3].box.y0, 20, 0.5);
  EXPECT_NEAR(cells[3].box.y1, 60, 0.5);
  EXPECT_EQ(grid.cell_at(250, 10), 1);
  EXPECT_EQ(grid.cell_at(50, 45), 3);
  EXPECT_EQ(grid.cell_at(500, 10), -1);
}

TEST(RuledGrid, MissingOuterBorderComesFromTheOtherRules) {
  // An open table: no left and no bottom border.
  const RuledGrid grid = build_ruled_grid(merge_rulings(
      {horizontal(0, 0, 200), horizontal(20, 0, 200), vertical(100, 0, 40), vertical(200, 0, 40)}));
  ASSERT_EQ(grid.col_count(), 2);
  ASSERT_EQ(grid.row_count(), 2);
  EXPECT_NEAR(grid.bounds().x0, 0, 0.01);
  EXPECT_NEAR(grid.bounds().y1, 40, 0.01);
}

Page page_with(std::vector<RulingSegment> rulings, std::vector<TextRun> runs, int index = 0) {
  Page page;
  page.number = index + 1;
  page.width = 600;
  page.height = 800;
  page.rulings = std::move(rulings);
  page.runs = std::move(runs);
  return page;
}

std::string cell_text(const Table& table, int row, int col) {
  for (const TableCell& cell : table.cells) {
    if (cell.row == row && cell.col == col) return cell.text;
  }
  return "<none>";
}

TEST(PageStructure, GlyphsGoToTheCellOfTheirCentreAndLabelLinesJoin) {
  CellGridDrawing drawing{{100, 160, 300, 400}, {100, 130, 160, 190}, {}};
  drawing.draw(0, [](bool is_horizontal, int r, int c) {
    return is_horizontal && r == 2 && c == 0;  // column 0 merged over rows 1-2
  });
  Document document;
  document.format = "pdf";
  document.pages.push_back(page_with(
      drawing.segments,
      {run_at("项目", 170, 110), run_at("数量", 310, 110), run_at("三", 125, 133),
       run_at("、", 125, 143), run_at("本", 125, 153), run_at("（一）予以公开", 165, 140),
       run_at("12", 310, 140), run_at("（二）部分公开", 165, 170), run_at("3", 395, 170)}));
  rebuild_from_pages(document);
  ASSERT_EQ(document.tables.size(), 1u);
  const Table& table = document.tables[0];
  EXPECT_EQ(table.row_count, 3);
  EXPECT_EQ(table.col_count, 3);
  EXPECT_EQ(cell_text(table, 1, 0), "三、本");
  EXPECT_EQ(cell_text(table, 1, 2), "12");
  // "3" straddles the border at x=400 but its centre (397.5) is inside the last column.
  EXPECT_EQ(cell_text(table, 2, 2), "3");
  EXPECT_EQ(cell_text(table, 2, 1), "(二)部分公开");  // normalized: NFKC brackets
  for (const TableCell& cell : table.cells) EXPECT_EQ(cell.page, 0);
}

TEST(PageStructure, RowRulesOnlyTableTakesColumnsFromTextAlignment) {
  // Row rules at y = 100, 120, ..., 200 across x = 100..400, no column rules; columns at
  // 100 | 200 | 300 | 400 are only in the text. Row 3's header spans both value columns and the
  // value under it (row 4) is centred under the header.
  std::vector<RulingSegment> rules;
  for (double y = 100; y <= 200; y += 20) rules.push_back(horizontal(y, 100, 400));
  Document document;
  document.format = "pdf";
  document.pages.push_back(page_with(
      rules, {run_at("项目", 105, 105), run_at("数量", 230, 105), run_at("金额", 330, 105),
              run_at("甲", 105, 125), run_at("1", 248, 125), run_at("2", 348, 125),
              run_at("乙", 105, 145), run_at("13", 245, 145), run_at("0", 348, 145),
              run_at("合计（万元）", 270, 165), run_at("丙", 105, 185), run_at("5.5", 292, 185)}));
  rebuild_from_pages(document);
  ASSERT_EQ(document.tables.size(), 1u);
  const Table& table = document.tables[0];
  EXPECT_EQ(table.row_count, 5);
  EXPECT_EQ(table.col_count, 3);
  EXPECT_EQ(cell_text(table, 0, 1), "数量");
  EXPECT_EQ(cell_text(table, 1, 2), "2");
  EXPECT_EQ(cell_text(table, 2, 1), "13");
  EXPECT_EQ(cell_text(table, 3, 1), "合计(万元)");
  EXPECT_EQ(cell_text(table, 4, 1), "5.5");
  for (const TableCell& cell : table.cells) {
    if (cell.row >= 3 && cell.col == 1) EXPECT_EQ(cell.col_span, 2) << cell.text;
  }
  EXPECT_TRUE(document.paragraphs.empty());
}

// A scanned table whose row rules the threshold lost in its lower part: rows 3-4 are one band
// between drawn rules, the group label on the left spans them. The values' rows come back, each
// with its own label, and the group label keeps its span.
TEST(PageStructure, RowRulesLostOnAScanComeBackFromTheValueRows) {
  std::vector<RulingSegment> rules;
  for (double y : {100.0, 130.0, 160.0, 220.0}) rules.push_back(horizontal(y, 100, 400));
  for (double x : {100.0, 140.0, 250.0, 325.0, 400.0}) rules.push_back(vertical(x, 100, 220));
  Document document;
  document.format = "pdf";
  document.pages.push_back(page_with(
      rules, {run_at("项目", 150, 110), run_at("甲", 280, 110), run_at("乙", 355, 110),
              run_at("（一）予以公开", 150, 140), run_at("1", 285, 140), run_at("2", 360, 140),
              run_at("（", 115, 170), run_at("三", 115, 182), run_at("）", 115, 194),
              run_at("1.属于国家秘密", 150, 170), run_at("4", 285, 170), run_at("0", 360, 170),
              run_at("2.重复申请", 150, 198), run_at("15", 282, 198), run_at("7", 360, 198)}));
  rebuild_from_pages(document);
  ASSERT_EQ(document.tables.size(), 1u);
  const Table& table = document.tables[0];
  EXPECT_EQ(table.row_count, 4);
  EXPECT_EQ(cell_text(table, 2, 1), "1.属于国家秘密");
  EXPECT_EQ(cell_text(table, 2, 2), "4");
  EXPECT_EQ(cell_text(table, 3, 1), "2.重复申请");
  EXPECT_EQ(cell_text(table, 3, 2), "15");
  EXPECT_EQ(cell_text(table, 3, 3), "7");
  bool group_spans = false;
  for (const TableCell& cell : table.cells) {
    if (cell.row == 2 && cell.col == 0) group_spans = cell.row_span == 2;
  }
  EXPECT_TRUE(group_spans);
}

// 表四 on a scan whose rule under the header was thresholded away: each column's label (two lines)
// and its value share one cell. The values get their row back; a label of two lines left of its
// values (its own row's) does not split that row.
TEST(PageStructure, RuleLostUnderAHeaderComesBackAboveTheValues) {
  std::vector<RulingSegment> rules;
  for (double y : {100.0, 160.0, 200.0}) rules.push_back(horizontal(y, 100, 400));
  for (double x : {100.0, 160.0, 220.0, 280.0, 340.0, 400.0}) {
    rules.push_back(vertical(x, 100, 200));
  }
  std::vector<TextRun> runs;
  const char* labels[][2] = {
      {"结果", "维持"}, {"结果", "纠正"}, {"其他", "结果"}, {"尚未", "审结"}, {"总", "计"}};
  const char* values[] = {"0", "3", "1", "12", "16"};
  for (int c = 0; c < 5; ++c) {
    const double x = 110 + 60 * c;
    runs.push_back(run_at(labels[c][0], x, 104));
    runs.push_back(run_at(labels[c][1], x, 116));
    runs.push_back(run_at(values[c], x + 5, 142));
  }
  // A row of its own below: a two-line label left of its values.
  runs.push_back(run_at("部分公开", 105, 164));
  runs.push_back(run_at("（区分）", 105, 178));
  for (int c = 1; c < 5; ++c) runs.push_back(run_at("2", 115 + 60 * c, 178));
  Document document;
  document.format = "pdf";
  document.pages.push_back(page_with(rules, runs));
  rebuild_from_pages(document);
  ASSERT_EQ(document.tables.size(), 1u);
  const Table& table = document.tables[0];
  EXPECT_EQ(table.row_count, 3);
  for (int c = 0; c < 5; ++c) {
    EXPECT_EQ(cell_text(table, 0, c), std::string(labels[c][0]) + labels[c][1]) << c;
    EXPECT_EQ(cell_text(table, 1, c), values[c]) << c;
  }
  EXPECT_EQ(cell_text(table, 2, 0), "部分公开(区分)");
  EXPECT_EQ(cell_text(table, 2, 1), "2");
}

TEST(PageStructure, RowRulesAroundProseAreNoTable) {
  std::vector<RulingSegment> rules;
  for (double y = 100; y <= 160; y += 20) rules.push_back(horizontal(y, 100, 400));
  Document document;
  document.format = "pdf";
  document.pages.push_back(page_with(
      rules, {run_at("说明文字。", 105, 105), run_at("第二行的说明文字较长。", 105, 125)}));
  rebuild_from_pages(document);
  EXPECT_TRUE(document.tables.empty());
  EXPECT_EQ(document.paragraphs.size(), 2u);
}

std::vector<std::string> paragraph_texts(const Document& document) {
  std::vector<std::string> texts;
  for (const Paragraph& paragraph : document.paragraphs) texts.push_back(paragraph.text);
  return texts;
}

TEST(PageStructure, ParagraphsBreakAtIndentShortLinesAndHeadings) {
  Document document;
  document.format = "pdf";
  document.pages.push_back(page_with(
      {},
      {run_at("一、总体情况", 120, 100),
       run_at("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸", 120, 120),
       run_at("子丑寅卯辰巳午未申酉子丑寅卯辰巳午未申酉子丑", 100, 140), run_at("寅卯。", 100, 160),
       run_at("天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收", 100, 180),
       run_at("冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水", 100, 200),
       run_at("（一）主动公开", 100, 220)}));
  rebuild_from_pages(document);
  EXPECT_EQ(paragraph_texts(document),
            (std::vector<std::string>{"一、总体情况",
                                      "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
                                      "子丑寅卯辰巳午未申酉子丑寅卯。",
                                      "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕"
                                      "调阳云腾致雨露结为霜金生丽水",
                                      "(一)主动公开"}));
}

TEST(PageStructure, PageNumbersAndRunningHeadersAreDropped) {
  Document document;
  document.format = "pdf";
  for (int page = 0; page < 2; ++page) {
    document.pages.push_back(
        page_with({},
                  {run_at("某某局政府信息公开工作年度报告", 200, 30, page),
                   run_at("天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏", 100, 300, page),
                   run_at(page == 0 ? "第一页。" : "第二页。", 100, 320, page),
                   // Page numbers as LibreOffice ("- 1 -") and WPS ("— 2 —") print them.
                   run_at(page == 0 ? "- 1 -" : "— 2 —", 290, 770, page)},
                  page));
  }
  rebuild_from_pages(document);
  EXPECT_EQ(paragraph_texts(document),
            (std::vector<std::string>{"天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏第一页。",
                                      "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏第二页。"}));
}

// A two-column table: header "项目 | 数量" on each page, rows of 20 points from `top`.
void draw_fragment(Page& page, double top,
                   const std::vector<std::pair<std::string, std::string>>& rows,
                   const std::vector<int>& label_rowspans = {}) {
  CellGridDrawing drawing{{100, 200, 300}, {}, {}};
  for (size_t r = 0; r <= rows.size(); ++r) drawing.ys.push_back(top + 20.0 * r);
  drawing.draw(page.number - 1, [&](bool is_horizontal, int r, int c) {
    return is_horizontal && c == 0 && r > 0 && r < static_cast<int>(rows.size()) &&
           std::find(label_rowspans.begin(), label_rowspans.end(), r) != label_rowspans.end();
  });
  page.rulings = drawing.segments;
  for (size_t r = 0; r < rows.size(); ++r) {
    const double y = top + 20.0 * r + 5;
    if (!rows[r].first.empty()) page.runs.push_back(run_at(rows[r].first, 105, y, page.number - 1));
    if (!rows[r].second.empty()) {
      page.runs.push_back(run_at(rows[r].second, 205, y, page.number - 1));
    }
  }
}

TEST(PageStructure, TableOverPagesDropsRepeatedHeaderAndJoinsCutRow) {
  Document document;
  document.format = "pdf";
  document.pages.push_back(page_with({}, {}, 0));
  document.pages.push_back(page_with({}, {}, 1));
  draw_fragment(document.pages[0], 660,
                {{"项目", "数量"}, {"（一）予以公开", "5"}, {"（二）部分公开", "3"}});
  draw_fragment(document.pages[1], 60,
                {{"项目", "数量"}, {"区分处理", ""}, {"（三）不予公开", "1"}});
  rebuild_from_pages(document);
  ASSERT_EQ(document.tables.size(), 1u);
  const Table& table = document.tables[0];
  EXPECT_EQ(table.page, 0);
  EXPECT_EQ(table.last_page, 1);
  EXPECT_EQ(table.row_count, 4);
  EXPECT_EQ(cell_text(table, 0, 0), "项目");
  EXPECT_EQ(cell_text(table, 2, 0), "(二)部分公开区分处理");
  EXPECT_EQ(cell_text(table, 2, 1), "3");
  EXPECT_EQ(cell_text(table, 3, 0), "(三)不予公开");
  EXPECT_EQ(cell_text(table, 3, 1), "1");
  for (const TableCell& cell : table.cells) {
    if (cell.text == "1") EXPECT_EQ(cell.page, 1);
  }
}

TEST(PageStructure, MergedLabelCutByThePageBreakIsOneCell) {
  Document document;
  document.format = "pdf";
  document.pages.push_back(page_with({}, {}, 0));
  document.pages.push_back(page_with({}, {}, 1));
  // Column 0 of rows 1-2 on page 1 and rows 0-1 on page 2 is one merged cell, cut by the break.
  draw_fragment(document.pages[0], 700, {{"项目", "数量"}, {"三、本年度", "5"}, {"", "3"}}, {2});
  draw_fragment(document.pages[1], 60, {{"办理结果", "1"}, {"", "2"}}, {1});
  rebuild_from_pages(document);
  ASSERT_EQ(document.tables.size(), 1u);
  const Table& table = document.tables[0];
  EXPECT_EQ(table.row_count, 5);
  EXPECT_EQ(cell_text(table, 1, 0), "三、本年度办理结果");
  for (const TableCell& cell : table.cells) {
    if (cell.row == 1 && cell.col == 0) EXPECT_EQ(cell.row_span, 4);
  }
  EXPECT_EQ(cell_text(table, 4, 1), "2");
}

}  // namespace
}  // namespace ogi
