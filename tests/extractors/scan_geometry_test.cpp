// Scanned pages that do not lie on the glass as printed (fixtures/make_scan_fixtures.sh, from
// report_2021; truth docx/report_2021.truth.json): a page fed in upside down is turned and read as
// if upright; a landscape sheet holding two pages (2-up) is read as those two pages, numbered as
// the document's pages; a landscape page holding one wide table stays one page. The record says
// which pages were turned and which sheets split, so that a reader can find a cell's page and box.
// An OCR page costs seconds (more under AddressSanitizer), so each test reads each file once.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/split_sheet_pages.h"
#include "extractors/ocr/image/two_up.h"
#include "extractors/ocr/run/ocr_document_pages.h"
#include "tests/support/scan_checks.h"

namespace ogi {
namespace {

using nlohmann::json;
using testing::cell_at;
using testing::expect_scanned_cells_right;
using testing::fixture_truth;
using testing::key_of;
using testing::read_record;
using testing::scan_fixture;
using testing::truth_on_pages;

// report_2021's page 1 (表二 and the head of 表三) fed in upside down, then its closing page
// upright: the first page is turned half a turn and only it, every cell on it is right, its boxes
// lie on the page as turned upright, and the upright page still gives the date under the signature.
TEST(ScanGeometry, UpsideDownPageIsTurnedAndReadRight) {
  const json record = read_record(scan_fixture("upside_down_2021.pdf"));
  EXPECT_EQ(record["source"]["pages"], 2);
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1, 2}));
  EXPECT_EQ(record["source"]["turned_pages"], json::parse(R"([{"page": 1, "degrees": 180}])"));
  EXPECT_EQ(record["source"]["split_sheets"], json::array());

  const json truth = truth_on_pages({1});
  const FormatScore score = expect_scanned_cells_right(truth, record, "upside_down_2021.pdf");
  EXPECT_EQ(score.truth_cells, 38);  // 表二's 10 values, 表三's first four rows
  for (const json& cell : truth["cells"]) {
    const json read = cell_at(record, key_of(cell));
    EXPECT_EQ(read["value"], cell["value"]) << key_of(cell);
    EXPECT_EQ(read["page"], 1) << key_of(cell);
  }
  // 表二 is printed above 表三: so it is on the page turned upright (y grows downwards).
  EXPECT_LT(cell_at(record, "t2.art20_1.rules.issued")["bbox"][1].get<double>(),
            cell_at(record, "t3.new.total")["bbox"][1].get<double>());
  const json report = fixture_truth("docx/report_2021.truth.json");
  EXPECT_EQ(record["report"]["published"], report["published"]);
  EXPECT_EQ(record["report"]["year"], report["year"]);
}

// report_2021's pages 1 and 2 printed two to a landscape sheet and scanned: the one sheet is read
// as pages 1 and 2, the record says it was split, and every cell of 表二, 表三 (continued from the
// left page onto the right one) and 表四 is right, on the page report_2021.pdf prints it on.
TEST(ScanGeometry, TwoUpSheetIsReadAsItsTwoPages) {
  const json record = read_record(scan_fixture("two_up_2021.pdf"));
  EXPECT_EQ(record["source"]["pages"], 2);
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1, 2}));
  EXPECT_EQ(record["source"]["split_sheets"], json::parse(R"([{"sheet": 1, "pages": [1, 2]}])"));
  EXPECT_EQ(record["source"]["turned_pages"], json::array());

  const std::map<std::string, int> page_of = testing::report_2021_pages();
  const json truth = truth_on_pages({1, 2});
  const FormatScore score = expect_scanned_cells_right(truth, record, "two_up_2021.pdf");
  EXPECT_EQ(score.truth_cells, 200);  // every table cell of report_2021
  for (const json& cell : truth["cells"]) {
    const std::string key = key_of(cell);
    const json read = cell_at(record, key);
    EXPECT_EQ(read["value"], cell["value"]) << key;
    EXPECT_EQ(read["page"], page_of.at(key)) << key;
  }
  for (const char* field : {"agency", "year", "template"}) {
    EXPECT_EQ(record["report"][field], truth[field]) << field;
  }
}

// A landscape page holding one wide table (表四, 15 columns, and the lines under it): its rules and
// lines cross the middle, so it is one page, and its table is read whole.
TEST(ScanGeometry, LandscapeWideTableStaysOnePage) {
  const json record = read_record(scan_fixture("wide_table_2021.pdf"));
  EXPECT_EQ(record["source"]["pages"], 1);
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1}));
  EXPECT_EQ(record["source"]["split_sheets"], json::array());
  EXPECT_EQ(record["source"]["turned_pages"], json::array());
  const json truth = fixture_truth("docx/report_2021.truth.json");
  int table4 = 0;
  for (const json& cell : truth["cells"]) {
    if (cell["table"] != "t4") continue;
    ++table4;
    const json read = cell_at(record, key_of(cell));
    EXPECT_EQ(read["value"], cell["value"]) << key_of(cell);
    EXPECT_EQ(read["page"], 1) << key_of(cell);
  }
  EXPECT_EQ(table4, 15);
}

// The split decision alone, on the fixtures' first sheets (no OCR): only the 2-up sheet is cut,
// into two portrait pages enlarged back to a Letter page's height (11 in, 792 pt); a wide table,
// a page scanned a quarter turn (landscape, its lines running down) and portrait pages are not.
TEST(TwoUp, OnlyASheetOfTwoPagesIsCut) {
  const auto pages_of = [](const std::string& name) {
    return split_two_up(open_pdf_pages(scan_fixture(name))->render(0));
  };
  const std::vector<RasterPage> halves = pages_of("two_up_2021.pdf");
  ASSERT_EQ(halves.size(), 2u);
  for (const RasterPage& half : halves) {
    EXPECT_LT(half.width, half.height);
    EXPECT_NEAR(half.height, 792, 2);
  }
  EXPECT_EQ(pages_of("wide_table_2021.pdf").size(), 1u);
  EXPECT_EQ(pages_of("rotated_2021.pdf").size(), 1u);
  EXPECT_EQ(pages_of("upside_down_2021.pdf").size(), 1u);
  EXPECT_EQ(pages_of("mixed_2021.pdf").size(), 1u);
}

constexpr double kTestDpi = 100;

// A landscape sheet at kTestDpi holding two pages of bars where lines of text would be, 2 in of
// bare paper between them.
RasterPage bars_two_up() {
  RasterPage sheet;
  sheet.gray.reset(pixCreate(1100, 850, 8));
  pixSetAllArbitrary(sheet.gray.get(), 255);
  for (const int x0 : {100, 650}) {
    for (int y = 100; y < 700; y += 30) {
      pixSetInRectArbitrary(sheet.gray.get(), lept_box({x0, y, x0 + 350, y + 4}).get(), 0);
    }
  }
  sheet.dpi = kTestDpi;
  sheet.width = 1100 * 72 / kTestDpi;
  sheet.height = 850 * 72 / kTestDpi;
  return sheet;
}

RasterPage blank_page(int width) {
  RasterPage page;
  page.gray.reset(pixCreate(width, 800, 8));
  pixSetAllArbitrary(page.gray.get(), 255);
  page.dpi = kTestDpi;
  page.width = width * 72 / kTestDpi;
  page.height = 800 * 72 / kTestDpi;
  return page;
}

// A file of three pages: a blank portrait page 500 px wide, a 2-up sheet, a blank page 600 wide.
class ThreeSheets : public PageSource {
 public:
  int page_count() const override { return 3; }
  RasterPage render(int page_index) const override {
    return page_index == 1 ? bars_two_up() : blank_page(page_index == 0 ? 500 : 600);
  }
};

int pixel_width(const RasterPage& page) { return static_cast<int>(pixGetWidth(page.gray.get())); }

// Re-reading renders a document page again from the file: with sheet 2 split into pages 2 and 3,
// page 4 is the file's page 3, and pages 2 and 3 are the halves the first reading cut.
TEST(TwoUp, DocumentPagesOfSplitSheets) {
  const std::unique_ptr<PageSource> pages =
      split_sheet_pages(std::make_unique<ThreeSheets>(), {{2, 2}});
  ASSERT_EQ(pages->page_count(), 4);
  const std::vector<RasterPage> halves = split_two_up(bars_two_up());
  ASSERT_EQ(halves.size(), 2u);
  EXPECT_EQ(pixel_width(pages->render(0)), 500);
  EXPECT_EQ(pixel_width(pages->render(1)), pixel_width(halves[0]));
  EXPECT_EQ(pixel_width(pages->render(2)), pixel_width(halves[1]));
  EXPECT_EQ(pixel_width(pages->render(3)), 600);
  EXPECT_EQ(split_sheet_pages(std::make_unique<ThreeSheets>(), {})->page_count(), 3);
}

// A 2-up sheet between two text-layer pages: OCR puts its two pages in its place, and the page
// after it moves on by one, its runs and rulings with it; ocr_pages and split_sheets count the
// document's pages.
TEST(TwoUp, PagesAfterASplitSheetMoveOn) {
  Document document;
  document.pages.resize(3);
  for (int i = 0; i < 3; ++i) document.pages[i].number = i + 1;
  TextRun run;
  run.text = "签署";
  run.page = 2;
  document.pages[2].runs.push_back(run);
  RulingSegment rule;
  rule.page = 2;
  document.pages[2].rulings.push_back(rule);
  put_ocr_pages(document, ThreeSheets(), {1});

  ASSERT_EQ(document.pages.size(), 4u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(document.pages[i].number, i + 1);
  EXPECT_TRUE(document.pages[1].from_ocr && document.pages[2].from_ocr);
  EXPECT_FALSE(document.pages[3].from_ocr);
  for (int i : {1, 2}) {
    for (const TextRun& read : document.pages[i].runs) EXPECT_EQ(read.page, i);
    for (const RulingSegment& found : document.pages[i].rulings) EXPECT_EQ(found.page, i);
  }
  ASSERT_EQ(document.pages[3].runs.size(), 1u);
  EXPECT_EQ(document.pages[3].runs[0].text, "签署");
  EXPECT_EQ(document.pages[3].runs[0].page, 3);
  ASSERT_EQ(document.pages[3].rulings.size(), 1u);
  EXPECT_EQ(document.pages[3].rulings[0].page, 3);
  EXPECT_EQ(document.ocr_pages, std::vector<int>({2, 3}));
  ASSERT_EQ(document.split_sheets.size(), 1u);
  EXPECT_EQ(document.split_sheets[0].sheet, 2);
  EXPECT_EQ(document.split_sheets[0].left_page, 2);
}

}  // namespace
}  // namespace ogi
