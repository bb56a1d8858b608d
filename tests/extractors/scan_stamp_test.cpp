// Scans with what offices leave on them (fixtures/make_scan_fixtures.sh, from report_2021):
// sealed_2021.pdf has a red semi-transparent seal over the numbers of 表三 (page 2) and over the
// signature (page 3), scanned in colour; shadow_2021.pdf has page 2 photocopied with a dark band
// along its left edge, light falling off across the sheet and page 1 bleeding through mirrored.
// What a user checks: the numbers under the seal and beside the shadow read exactly, the tables
// found as on a clean scan of the same page (no rule drawn by the seal's ring or the band), and
// no cell silently wrong. An OCR page costs seconds, so each test reads each file once.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extractors/ocr/image/page_prep.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/table_cells.h"
#include "tests/support/pdf_fixture_check.h"
#include "tests/support/scan_checks.h"

namespace ogi {
namespace {

using nlohmann::json;
using testing::cell_at;
using testing::expect_scanned_cells_right;
using testing::read_record;
using testing::scan_fixture;
using testing::truth_on_pages;

// Cells of 表三 printed under the seal on page 2 of sealed_2021.pdf (rendered straight to grey, as
// before stamps were dropped by colour, the seal hid every one of them).
const std::map<std::string, int> kUnderTheSeal = {
    {"t3.denied.third_party.commercial", 1},      {"t3.denied.third_party.social_welfare", 0},
    {"t3.denied.internal_affairs.commercial", 1}, {"t3.denied.process_info.commercial", 1},
    {"t3.unable.not_held.natural_person", 8},     {"t3.unable.not_held.commercial", 4},
    {"t3.unable.not_held.research", 1},           {"t3.unable.needs_creation.commercial", 1}};

// Values a reader looks up first on page 2, beside the shadow and under the bleed-through.
const std::map<std::string, int> kPage2Values = {{"t3.unable.not_held.total", 13},
                                                 {"t3.total.total", 43},
                                                 {"t3.carried_forward.total", 7},
                                                 {"t4.litigation_after_review.total", 3}};

void expect_values(const json& record, const std::map<std::string, int>& values) {
  for (const auto& [key, value] : values) {
    const json cell = cell_at(record, key);
    EXPECT_EQ(cell["value"], value) << key;
    EXPECT_EQ(cell["page"], 2) << key;
  }
}

// The whole report right: the scanned pages' cells and the born-digital pages' alike, with no
// finding raised on a report that has no inconsistency.
void expect_report_right(const json& record, const std::string& name) {
  const json truth = testing::fixture_truth("docx/report_2021.truth.json");
  const FormatScore score = expect_scanned_cells_right(truth, record, name);
  EXPECT_EQ(score.cells_right, score.truth_cells) << name;
  for (const std::string& wrong : score.wrong_cells) ADD_FAILURE() << wrong;
  EXPECT_EQ(score.false_alarm_findings, 0) << name << record["validation"].dump(1);
  EXPECT_EQ(record["report"]["year"], 2021) << name;
  EXPECT_EQ(record["report"]["template"], "2021") << name;
}

PreparedPage prepared(const std::string& name, int page_index) {
  const std::unique_ptr<PageSource> source = open_pdf_pages(scan_fixture(name));
  return prepare_page(source->render(page_index), 0);
}

bool inside(const PixelBox& line, const PixelBox& area) {
  return line.x0 >= area.x0 && line.y0 >= area.y0 && line.x1 <= area.x1 && line.y1 <= area.y1;
}

// The tables of a page, as table_cells finds them: one count of cell areas per table.
std::vector<size_t> cell_counts(const std::vector<TableCellAreas>& tables) {
  std::vector<size_t> counts;
  for (const TableCellAreas& table : tables) counts.push_back(table.cells.size());
  return counts;
}

// Page 2 of report_2021 as `name` scanned it has the tables of the clean grey scan of the same page
// (low_contrast_2021.pdf), cell for cell, and every rule it found lies in one of them: nothing on
// the page drew a rule or a table of its own.
void expect_tables_of_a_clean_scan(const std::string& name) {
  const PreparedPage page = prepared(name, 1);
  const PreparedPage clean = prepared("low_contrast_2021.pdf", 1);
  const std::vector<TableCellAreas> tables = find_table_cell_areas(page.rules, page.dpi);
  const std::vector<TableCellAreas> clean_tables = find_table_cell_areas(clean.rules, clean.dpi);
  ASSERT_FALSE(clean_tables.empty());
  EXPECT_EQ(cell_counts(tables), cell_counts(clean_tables)) << name;
  for (const std::vector<PixelBox>* lines : {&page.rules.horizontal, &page.rules.vertical}) {
    for (const PixelBox& line : *lines) {
      bool in_a_table = false;
      for (const TableCellAreas& table : tables)
        in_a_table = in_a_table || inside(line, table.bounds);
      EXPECT_TRUE(in_a_table) << name << ": a rule outside every table at " << line.x0 << ","
                              << line.y0 << " " << line.width() << "x" << line.height();
    }
  }
}

// The sealed report read whole: every cell right, the numbers under the seal exactly, the date
// under the second seal read from the scanned signature.
TEST(ScanStamps, NumbersUnderTheSealReadExactly) {
  const json record = read_record(scan_fixture("sealed_2021.pdf"));
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({2, 3}));
  expect_report_right(record, "sealed_2021.pdf");
  expect_values(record, kUnderTheSeal);
  expect_values(record, kPage2Values);
  EXPECT_EQ(record["report"]["published"], "2022-01-20");
}

// The seal's ring and star draw no rule: page 2 has the tables of a clean scan, page 3 (text and
// the sealed signature) none at all.
TEST(ScanStamps, SealDrawsNoRuleOrTable) {
  expect_tables_of_a_clean_scan("sealed_2021.pdf");
  const PreparedPage signature = prepared("sealed_2021.pdf", 2);
  EXPECT_TRUE(signature.rules.horizontal.empty());
  EXPECT_TRUE(signature.rules.vertical.empty());
}

// The photocopied page read whole: every cell right, the values beside the shadow exactly, and
// no number read from the mirrored print of the other side.
TEST(ScanStamps, ShadowedPhotocopyReadExactly) {
  const json record = read_record(scan_fixture("shadow_2021.pdf"));
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({2}));
  expect_report_right(record, "shadow_2021.pdf");
  expect_values(record, kPage2Values);
  expect_scanned_cells_right(truth_on_pages({2}), record, "shadow_2021.pdf");
}

// Page 1 with the other side of the sheet showing through at 18 %: mirrored strokes touch the
// digits (behind 515 runs a stroke of 情). Every cell of page 1 exactly right: the grey a digit is
// read from keeps the print's soft edges, but not the lighter strokes from the other side
// (read, they made 515 into 5195).
TEST(ScanStamps, OtherSideShowingThroughAddsNoStroke) {
  const json record = read_record(scan_fixture("bleed_2021.pdf"));
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1}));
  const json truth = truth_on_pages({1});
  const FormatScore score = expect_scanned_cells_right(truth, record, "bleed_2021.pdf");
  EXPECT_EQ(score.cells_right, score.truth_cells);
  for (const std::string& wrong : score.wrong_cells) ADD_FAILURE() << wrong;
  EXPECT_EQ(cell_at(record, "t2.art20_5.administrative_license.decisions")["value"], 515);
}

// The dark band along the sheet's edge is no rule and does not join the table beside it.
TEST(ScanStamps, EdgeShadowIsNoRule) {
  expect_tables_of_a_clean_scan("shadow_2021.pdf");
  const PreparedPage page = prepared("shadow_2021.pdf", 1);
  const int margin = static_cast<int>(0.4 * page.dpi);  // the band's dark part and more
  for (const PixelBox& line : page.rules.vertical) {
    EXPECT_GT(line.x0, margin) << "a vertical rule in the edge shadow";
  }
}

}  // namespace
}  // namespace ogi
