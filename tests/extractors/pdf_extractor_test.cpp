#include "extractors/pdf/pdf_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "extractors/extract_error.h"
#include "layout/structure/structure_rebuild.h"
#include "model/utf8.h"
#include "normalize/document_normalize.h"
#include "pipeline/pipeline.h"
#include "tests/support/pdf_fixture_check.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

using nlohmann::json;

using testing::pdf_fixture;

json docx_truth(const std::string& name) {
  return testing::fixture_truth("docx/" + name + ".truth.json");
}

// The text layer's structure as layout rebuilds it, without the pipeline's OCR of sparse pages.
Document rebuilt_pdf(const std::string& name) {
  Document document = extract_pdf(pdf_fixture(name));
  normalize_document(document);
  rebuild_structure(document);
  return document;
}

std::string error_code_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const ExtractError& error) {
    return error.code();
  }
  return "";
}

std::string page_text(const Page& page) {
  std::string text;
  for (const TextRun& run : page.runs) text += run.text;
  return text;
}

size_t count_of(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

using testing::inside;

const RulingSegment* rule_at(const Page& page, bool horizontal, double position) {
  for (const RulingSegment& rule : page.rulings) {
    if (rule.horizontal() != horizontal) continue;
    const double at = horizontal ? rule.y0 : rule.x0;
    if (std::fabs(at - position) <= 0.5) return &rule;
  }
  return nullptr;
}

TEST(PdfExtractor, TextRunsCarryCharacterBoxesAndFontSize) {
  const Document document = extract_pdf(pdf_fixture("report_2021"));
  EXPECT_EQ(document.format, "pdf");
  ASSERT_EQ(document.pages.size(), 3u);
  const Page& first = document.pages[0];
  EXPECT_EQ(first.number, 1);
  // LibreOffice exported the fixture on US Letter.
  EXPECT_NEAR(first.width, 612, 0.1);
  EXPECT_NEAR(first.height, 792, 0.1);
  ASSERT_FALSE(first.runs.empty());
  for (const TextRun& run : first.runs) {
    EXPECT_EQ(run.char_boxes.size(), utf8_to_u32(run.text).size()) << run.text;
    EXPECT_GT(run.font_size, 0) << run.text;
    EXPECT_EQ(run.page, 0);
    for (const Box& box : run.char_boxes) EXPECT_TRUE(inside(box, run.box, 0.01)) << run.text;
  }
  EXPECT_NE(page_text(first).find("临江市交通运输局"), std::string::npos);
}

TEST(PdfExtractor, RulingsOfALibreOfficeTableAreFound) {
  const Document document = extract_pdf(pdf_fixture("report_2021"));
  const Page& first = document.pages[0];
  const auto horizontal =
      std::count_if(first.rulings.begin(), first.rulings.end(),
                    [](const RulingSegment& rule) { return rule.horizontal(); });
  EXPECT_GE(horizontal, 15);
  EXPECT_GE(static_cast<long>(first.rulings.size()) - horizontal, 15);
  for (const RulingSegment& rule : first.rulings) {
    EXPECT_TRUE(inside({rule.x0, rule.y0, rule.x1, rule.y1}, {0, 0, first.width, first.height}, 0));
  }
}

TEST(PdfExtractor, FilledRectangleRulesWithoutShadingOrWhiteLines) {
  const Document document = extract_pdf(pdf_fixture("drawn_table"));
  const Page& page = document.pages[0];
  for (double y : {200.0, 230.0, 260.0, 290.0}) {
    const RulingSegment* rule = rule_at(page, true, y);
    ASSERT_NE(rule, nullptr) << "no horizontal rule at " << y;
    EXPECT_NEAR(rule->x0, 100, 0.5);
    EXPECT_NEAR(rule->x1, 400, 0.5);
    EXPECT_NEAR(rule->stroke_width, 0.5, 0.01);
  }
  for (double x : {100.0, 200.0, 300.0, 400.0}) {
    EXPECT_NE(rule_at(page, false, x), nullptr) << "no vertical rule at " << x;
  }
  // The white line across row 1 and the shaded row 1 draw no rule.
  EXPECT_EQ(rule_at(page, true, 245), nullptr);
  EXPECT_EQ(page.rulings.size(), 8u);
}

TEST(PdfExtractor, FakeBoldDuplicateGlyphsAreDropped) {
  const Document document = extract_pdf(pdf_fixture("drawn_table"));
  const std::string text = page_text(document.pages[0]);
  EXPECT_EQ(count_of(text, "12"), 1u) << text;
  EXPECT_EQ(count_of(text, "1122"), 0u);
}

TEST(PdfExtractor, CidFontWithoutToUnicodeDecodesThroughPopplerData) {
  const Document document = extract_pdf(pdf_fixture("drawn_table"));
  EXPECT_NE(page_text(document.pages[0]).find("规章"), std::string::npos);
}

TEST(PdfExtractor, RotatedPageIsReadUpright) {
  const Document document = extract_pdf(pdf_fixture("drawn_table"));
  ASSERT_EQ(document.pages.size(), 2u);
  const Page& page = document.pages[1];
  EXPECT_EQ(page.rotation, 90);
  EXPECT_NEAR(page.width, 595, 0.01);
  EXPECT_NEAR(page.height, 842, 0.01);
  const auto run = std::find_if(page.runs.begin(), page.runs.end(),
                                [](const TextRun& r) { return r.text == "Rotated"; });
  ASSERT_NE(run, page.runs.end());
  EXPECT_NEAR(run->box.x0, 100, 0.5);
  EXPECT_LT(run->box.y1, 110);
  EXPECT_GT(run->char_boxes[1].x0, run->char_boxes[0].x0);  // left to right, not top to bottom
  EXPECT_NE(rule_at(page, true, 200), nullptr);
  EXPECT_NE(rule_at(page, false, 400), nullptr);
}

TEST(PdfExtractor, UserPasswordIsAnEncryptedError) {
  EXPECT_EQ(error_code_of([] { extract_pdf(pdf_fixture("encrypted_user")); }), "encrypted");
}

TEST(PdfExtractor, OwnerPasswordOnlyIsReadNormally) {
  const Document document = extract_pdf(pdf_fixture("encrypted_owner"));
  ASSERT_EQ(document.pages.size(), 2u);
  EXPECT_NE(page_text(document.pages[0]).find("规章"), std::string::npos);
  EXPECT_EQ(document.pages[0].rulings.size(), 8u);
}

TEST(PdfExtractor, DamagedFilesGiveTheirErrorCodes) {
  EXPECT_EQ(error_code_of([] { extract_pdf(pdf_fixture("truncated")); }), "truncated");
  EXPECT_EQ(error_code_of([] { extract_pdf(pdf_fixture("zero_pages")); }), "no_pages");
  EXPECT_EQ(error_code_of([] { extract_pdf(pdf_fixture("corrupt")); }), "corrupt_pdf");
}

TEST(PdfExtractor, NonReportPdfGivesARecordWithErrors) {
  const ProcessedFile processed = process_file(pdf_fixture("not_a_report"));
  EXPECT_TRUE(processed.unreadable);
  EXPECT_EQ(processed.report.source.format, "pdf");
  EXPECT_EQ(processed.report.source.pages, 1);
  ASSERT_FALSE(processed.report.errors.empty());
  EXPECT_EQ(processed.report.errors.front().code, "no_tables");
}

TEST(PdfLayout, DrawnTableIsRebuiltWithSpansAndFooterDropped) {
  const Document document = rebuilt_pdf("drawn_table");
  ASSERT_GE(document.tables.size(), 1u);
  const Table& table = document.tables[0];
  EXPECT_EQ(table.row_count, 3);
  EXPECT_EQ(table.col_count, 3);
  ASSERT_EQ(table.cells.size(), 8u);
  EXPECT_EQ(table.cells[1].text, "Count");
  EXPECT_EQ(table.cells[1].col_span, 2);
  const TableCell& bold = table.cells[3];
  EXPECT_EQ(bold.text, "12");
  EXPECT_EQ(bold.page, 0);
  ASSERT_TRUE(bold.box.has_value());
  EXPECT_NEAR(bold.box->x0, 200, 0.5);
  EXPECT_NEAR(bold.box->y0, 230, 0.5);
  EXPECT_NEAR(bold.box->x1, 300, 0.5);
  EXPECT_NEAR(bold.box->y1, 260, 0.5);
  std::vector<std::string> paragraphs;
  for (const Paragraph& paragraph : document.paragraphs) paragraphs.push_back(paragraph.text);
  EXPECT_EQ(paragraphs, (std::vector<std::string>{"Drawn table", "规章", "Rotated 42"}));
}

TEST(PdfLayout, TableSplitOverPagesIsOneTable) {
  const Document document = rebuilt_pdf("report_2021");
  ASSERT_EQ(document.tables.size(), 3u);
  EXPECT_EQ(document.tables[1].page, 0);
  EXPECT_EQ(document.tables[1].last_page, 1);
  EXPECT_EQ(document.tables[1].row_count, 28);
  EXPECT_EQ(document.tables[1].col_count, 10);
}

void expect_fixture_right(const std::string& name, const std::string& truth_name) {
  testing::expect_fixture_right(name, docx_truth(truth_name));
}

TEST(PdfReport, Report2021EveryCellRightWithPageAndBox) {
  expect_fixture_right("report_2021", "report_2021");
}
TEST(PdfReport, Report2019EveryCellRightWithPageAndBox) {
  expect_fixture_right("report_2019", "report_2019");
}
TEST(PdfReport, InjectedInconsistencyIsFlagged) {
  expect_fixture_right("inconsistent_t3", "inconsistent_t3");
}
// The same report drawn with row rules only: columns come from the text's alignment.
TEST(PdfReport, RowRulesOnlyTablesFallBackToTextAlignment) {
  expect_fixture_right("rows_only_2021", "report_2021");
}

}  // namespace
}  // namespace ogi
