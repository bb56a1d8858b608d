// Tables a born-digital PDF prints without vector rules: rules drawn as a picture (found on the
// rendered page) and no rules at all (rows and columns from the text's alignment).
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "extractors/pdf/page_triage.h"
#include "extractors/pdf/pdf_backend.h"
#include "extractors/pdf/pdf_extractor.h"
#include "layout/dense_grid.h"
#include "layout/labels/table_kind.h"
#include "layout/structure/structure_rebuild.h"
#include "layout/structure/unruled/text_rows.h"
#include "layout/structure/unruled/value_columns.h"
#include "model/utf8.h"
#include "normalize/document_normalize.h"
#include "output/report_json.h"
#include "tests/support/pdf_fixture_check.h"

namespace ogi {
namespace {

using testing::pdf_fixture;

constexpr double kSize = 10;

Document rebuilt(Document document) {
  normalize_document(document);
  rebuild_structure(document);
  return document;
}

std::vector<TableKind> kinds(const Document& document) {
  std::vector<TableKind> found;
  for (const Table& table : document.tables) found.push_back(classify_table(DenseGrid(table)));
  return found;
}

size_t rule_count(const Document& document) {
  size_t count = 0;
  for (const Page& page : document.pages) count += page.rulings.size();
  return count;
}

void expect_clean_record(const std::string& name) {
  const ProcessedFile processed = process_file(pdf_fixture(name));
  EXPECT_TRUE(processed.report.errors.empty());
  for (const Finding& finding : processed.report.findings) {
    EXPECT_EQ(finding.severity, Severity::kInfo) << finding.rule << " " << finding.message;
  }
}

TEST(UnruledPdf, BorderlessReportEveryCellRight) {
  testing::expect_fixture_right("borderless_2021",
                                testing::fixture_truth("pdf/borderless_2021.truth.json"));
  expect_clean_record("borderless_2021");
}

// Zeros printed as blank cells in 表二, 表三 and 表四, and 表三's 总计 column blank in most rows:
// each value stays under its own column and every blank cell reads EMPTY, never 0 and never
// shifted.
TEST(UnruledPdf, BlankCellsStayBlankInTheirColumns) {
  const nlohmann::json truth = testing::fixture_truth("pdf/blank_cells_2021.truth.json");
  testing::expect_fixture_right("blank_cells_2021", truth, /*blank_cells=*/true);
  const ProcessedFile processed = process_file(pdf_fixture("blank_cells_2021"));
  const nlohmann::json record = nlohmann::json::parse(report_to_json(processed.report).dump());
  std::map<std::string, nlohmann::json> cells;
  for (const nlohmann::json& cell : record["cells"]) {
    cells[cell["table"].get<std::string>() + "/" + cell["row"].get<std::string>() + "/" +
          cell["col"].get<std::string>()] = cell;
  }
  int blanks = 0;
  for (const nlohmann::json& expected : truth["cells"]) {
    const std::string key = expected["table"].get<std::string>() + "/" +
                            expected["row"].get<std::string>() + "/" +
                            expected["col"].get<std::string>();
    ASSERT_TRUE(cells.contains(key)) << key;
    const nlohmann::json& cell = cells[key];
    EXPECT_EQ(cell["value"], expected["value"]) << key;
    EXPECT_GE(cell.value("confidence", 1.0), 0.9) << key;
    if (expected["value"].is_null()) {
      ++blanks;
      EXPECT_EQ(cell["semantic"], "EMPTY") << key;
    } else {
      EXPECT_NE(cell["semantic"], "EMPTY") << key;
    }
  }
  EXPECT_GE(blanks, 100);  // most of 表三 and 表四, and two of 表二's cells
}

TEST(UnruledPdf, ImageRulesReportEveryCellRight) {
  testing::expect_fixture_right("image_rules_2021",
                                testing::fixture_truth("pdf/image_rules_2021.truth.json"));
  expect_clean_record("image_rules_2021");
}

// The picture's rules enter the page as RulingSegments and give the grids the vector rules of the
// bordered export give; the text stays the text layer's (no page is read by OCR).
TEST(UnruledPdf, RulesDrawnAsAPictureAreFoundOnTheRenderedPage) {
  EXPECT_EQ(rule_count(extract_pdf(pdf_fixture("image_rules_2021"))), 0u);
  const Document raster = extract_pdf_with_ocr(pdf_fixture("image_rules_2021"));
  EXPECT_TRUE(raster.ocr_pages.empty());
  ASSERT_EQ(raster.pages.size(), 3u);
  EXPECT_GE(raster.pages[0].rulings.size(), 30u);
  EXPECT_GE(raster.pages[1].rulings.size(), 30u);
  EXPECT_TRUE(raster.pages[2].rulings.empty());  // no table: never rendered
  const Document pixels = rebuilt(raster);
  const Document vector = rebuilt(extract_pdf(pdf_fixture("report_2021")));
  ASSERT_EQ(pixels.tables.size(), vector.tables.size());
  for (size_t i = 0; i < vector.tables.size(); ++i) {
    EXPECT_EQ(pixels.tables[i].row_count, vector.tables[i].row_count) << i;
    EXPECT_EQ(pixels.tables[i].col_count, vector.tables[i].col_count) << i;
    EXPECT_EQ(pixels.tables[i].page, vector.tables[i].page) << i;
    EXPECT_EQ(pixels.tables[i].last_page, vector.tables[i].last_page) << i;
  }
}

TEST(UnruledPdf, BorderlessTablesComeFromTheTextAlone) {
  const Document document = extract_pdf_with_ocr(pdf_fixture("borderless_2021"));
  EXPECT_TRUE(prints_unruled_table(document.pages[0]));
  EXPECT_EQ(rule_count(document), 0u);  // the rendered page has no rules either
  const Document tables = rebuilt(document);
  EXPECT_EQ(kinds(tables),
            (std::vector<TableKind>{TableKind::kT2, TableKind::kT3, TableKind::kT4}));
  EXPECT_EQ(tables.tables[1].page, 0);
  EXPECT_EQ(tables.tables[1].last_page, 1);
}

TEST(UnruledPdf, RuledPdfsAreNotRendered) {
  for (const char* name : {"report_2021", "report_2019", "rows_only_2021", "inconsistent_t3"}) {
    const Document document = extract_pdf(pdf_fixture(name));
    for (const Page& page : document.pages) EXPECT_FALSE(prints_unruled_table(page)) << name;
    EXPECT_EQ(rule_count(extract_pdf_with_ocr(pdf_fixture(name))), rule_count(document)) << name;
  }
}

TEST(UnruledPdf, ProseWithNumbersIsNoTable) {
  const Document document = extract_pdf(pdf_fixture("not_a_report"));
  EXPECT_FALSE(prints_unruled_table(document.pages[0]));
}

// --- rows from lines ------------------------------------------------------------------------

// A line of pieces: each piece's characters kSize wide, starting at its x; `y` is the top.
PlacedLine line_of(const std::vector<std::pair<std::string, double>>& pieces, double y,
                   int page = 0) {
  PlacedLine placed;
  placed.page = page;
  placed.page_width = 600;
  for (const auto& [text, x] : pieces) {
    double left = x;
    for (char32_t c : utf8_to_u32(text)) {
      const double width = c < 0x80 ? kSize / 2 : kSize;
      Glyph glyph{c, {left, y, left + width, y + kSize}, kSize, 1.0};
      placed.line.box = placed.line.glyphs.empty() ? glyph.box : united(placed.line.box, glyph.box);
      placed.line.glyphs.push_back(glyph);
      left += width;
    }
  }
  placed.line.font_size = kSize;
  return placed;
}

struct RowView {
  size_t first;
  size_t last;
  std::vector<std::string> labels;
  int numbers;
  bool operator==(const RowView&) const = default;
};

std::vector<RowView> views(const std::vector<TextRow>& rows) {
  std::vector<RowView> out;
  for (const TextRow& row : rows) out.push_back({row.first, row.last, row.labels, row.numbers});
  return out;
}

TEST(TextRows, CentredLabelLinesJoinTheNumbersBetweenThem) {
  // Line pitch 12: a two-line label centred on its numbers (6 above, 6 below), a three-line one
  // with the numbers on its middle line, and a group label in its own column over both rows.
  const std::vector<PlacedLine> lines = {
      line_of({{"项目", 100}, {"数量", 300}, {"金额", 360}}, 100),
      line_of({{"甲类", 100}}, 112),
      line_of({{"1", 300}, {"2", 360}}, 118),
      line_of({{"事项", 100}}, 124),
      line_of({{"分组", 40}, {"乙类长", 100}}, 136),
      line_of({{"标签", 100}, {"3", 300}, {"4", 360}}, 148),
      line_of({{"文字", 100}}, 160),
  };
  EXPECT_EQ(views(text_rows(lines)), (std::vector<RowView>{{0, 0, {"项目", "数量", "金额"}, 0},
                                                           {1, 3, {"甲类事项"}, 2},
                                                           {4, 6, {"分组", "乙类长标签文字"}, 2}}));
}

TEST(TextRows, HeaderCellsBrokenOverLinesAreJoinedIntoOneRow) {
  // A caption centred over the table, then column headers centred on two lines beside one-line
  // headers centred between them (the 2019 表二 header).
  const std::vector<PlacedLine> lines = {
      line_of({{"第二十条", 210}}, 100),
      line_of({{"本年新", 200}, {"本年新", 300}}, 112),
      line_of({{"信息内容", 80}, {"总数量", 385}}, 118),
      line_of({{"制作数量", 195}, {"公开数量", 295}}, 124),
      line_of({{"规章", 90}, {"1", 213}, {"2", 313}, {"3", 398}}, 136),
  };
  EXPECT_EQ(
      views(text_rows(lines)),
      (std::vector<RowView>{{0, 0, {"第二十条"}, 0},
                            {1, 3, {"信息内容", "本年新制作数量", "本年新公开数量", "总数量"}, 0},
                            {4, 4, {"规章"}, 3}}));
}

TEST(TextRows, TopAlignedLabelContinuesBelowItsNumbersUpToThePageEnd) {
  const std::vector<PlacedLine> lines = {
      line_of({{"甲类", 100}, {"1", 300}, {"2", 360}}, 100),
      line_of({{"乙类", 100}, {"3", 300}, {"4", 360}}, 112),
      line_of({{"事项", 100}}, 124),
      line_of({{"丙类", 100}, {"5", 300}, {"6", 360}}, 80, /*page=*/1),
  };
  EXPECT_EQ(
      views(text_rows(lines)),
      (std::vector<RowView>{{0, 0, {"甲类"}, 2}, {1, 2, {"乙类事项"}, 2}, {3, 3, {"丙类"}, 2}}));
}

// --- values in columns ---------------------------------------------------------------------

std::vector<std::vector<int>> columns_of(const std::vector<RowColumns>& placed) {
  std::vector<std::vector<int>> out;
  for (const RowColumns& row : placed) {
    std::vector<int> columns;
    for (const PlacedValue& value : row.values) columns.push_back(value.column);
    if (row.placed) columns.push_back(-row.columns);  // the row's column count, negated
    out.push_back(columns);
  }
  return out;
}

TEST(ValueColumns, BlankCellsKeepTheirColumnUnderTheHeader) {
  // No row prints every column: the header's leaf cells (not the group header over them) give
  // the columns, and a blank cell is a column without a value.
  const std::vector<PlacedLine> lines = {
      line_of({{"数量分组合计情况说明", 280}}, 100),
      line_of({{"项目", 100}, {"甲", 280}, {"乙", 340}, {"丙", 400}}, 112),
      line_of({{"一类", 100}, {"5", 283}, {"7", 403}}, 124),
      line_of({{"二类", 100}, {"12", 341}, {"3", 403}}, 136),
      line_of({{"三类", 100}, {"9", 283}}, 148),
  };
  const std::vector<TextRow> rows = text_rows(lines);
  ASSERT_GE(rows.size(), 4u);
  std::vector<std::vector<int>> columns = columns_of(value_columns(rows, 0, rows.size() - 1));
  columns.erase(columns.begin(), columns.end() - 3);  // the header rows place nothing
  EXPECT_EQ(columns, (std::vector<std::vector<int>>{{0, 2, -3}, {1, 2, -3}, {0, -3}}));
}

TEST(ValueColumns, RowsPrintingEveryColumnPlaceTheOthers) {
  // Numbers aligned right under no header: the full row sets the columns.
  const std::vector<PlacedLine> lines = {
      line_of({{"一类", 100}, {"15", 290}, {"1", 355}, {"16", 410}}, 100),
      line_of({{"二类", 100}, {"1", 355}}, 112),
      line_of({{"三类", 100}, {"4", 295}, {"4", 415}}, 124),
  };
  const std::vector<TextRow> rows = text_rows(lines);
  const std::vector<RowColumns> placed = value_columns(rows, 0, rows.size() - 1);
  EXPECT_EQ(columns_of(placed),
            (std::vector<std::vector<int>>{{0, 1, 2, -3}, {1, -3}, {0, 2, -3}}));
  for (const RowColumns& row : placed) {
    for (const PlacedValue& value : row.values) EXPECT_FALSE(value.ambiguous);
  }
}

TEST(ValueColumns, AValueBetweenTwoColumnsIsAGuess) {
  const std::vector<PlacedLine> lines = {
      line_of({{"一类", 100}, {"1", 300}, {"2", 360}, {"3", 420}}, 100),
      line_of({{"二类", 100}, {"4", 330}}, 112),
  };
  const std::vector<TextRow> rows = text_rows(lines);
  const std::vector<RowColumns> placed = value_columns(rows, 0, rows.size() - 1);
  ASSERT_EQ(placed.size(), 2u);
  ASSERT_TRUE(placed[1].placed);
  ASSERT_EQ(placed[1].values.size(), 1u);
  EXPECT_TRUE(placed[1].values[0].ambiguous);
  EXPECT_FALSE(placed[0].values[0].ambiguous);
}

TEST(TextRows, HeadingsAndProseNeverJoinARow) {
  const std::vector<PlacedLine> lines = {
      line_of({{"甲类", 100}, {"1", 300}, {"2", 360}}, 100),
      line_of({{"三、收到和处理政府信息公开申请情况", 40}}, 112),
      line_of({{"全年无变化。", 40}}, 124),
  };
  EXPECT_EQ(views(text_rows(lines)),
            (std::vector<RowView>{{0, 0, {"甲类"}, 2},
                                  {1, 1, {"三、收到和处理政府信息公开申请情况"}, 0},
                                  {2, 2, {"全年无变化。"}, 0}}));
}

}  // namespace
}  // namespace ogi
