// A wide table printed sideways on a portrait page: report_2021 with 表三 in a landscape section
// of its own, that page turned onto portrait paper (fixtures/make_pdf_fixtures.sh). Its words run
// up or down the page; the extractor turns the page so that they read left to right before layout
// sees it, and the record says which page was turned and how far.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "extractors/pdf/pdf_extractor.h"
#include "tests/support/pdf_fixture_check.h"
#include "tests/support/scan_checks.h"

namespace ogi {
namespace {

using nlohmann::json;
using testing::pdf_fixture;

// The landscape page as a reader holding it upright sees it: 792 x 612 points (US Letter), its
// words left to right, every other page as printed.
void expect_turned_upright(const std::string& name, int degrees) {
  const Document document = extract_pdf(pdf_fixture(name));
  ASSERT_EQ(document.pages.size(), 3u);
  EXPECT_EQ(document.pages[0].turned, 0);
  EXPECT_EQ(document.pages[2].turned, 0);
  const Page& page = document.pages[1];
  EXPECT_EQ(page.turned, degrees);
  EXPECT_NEAR(page.width, 792, 0.01);
  EXPECT_NEAR(page.height, 612, 0.01);
  const auto heading = std::find_if(page.runs.begin(), page.runs.end(), [](const TextRun& run) {
    return run.text.find("申请人情况") != std::string::npos;
  });
  ASSERT_NE(heading, page.runs.end());
  EXPECT_GT(heading->char_boxes[1].x0, heading->char_boxes[0].x1 - 0.5);  // left to right
  EXPECT_NEAR(heading->char_boxes[1].y0, heading->char_boxes[0].y0, 0.5);
  for (const RulingSegment& ruling : page.rulings) {
    EXPECT_TRUE(ruling.x0 >= 0 && ruling.x1 <= page.width && ruling.y0 >= 0 &&
                ruling.y1 <= page.height);
  }
}

// Every value at its key, each printed cell's bbox around its text on the turned page, and the
// turn in the record.
void expect_read_sideways(const std::string& name, int degrees) {
  SCOPED_TRACE(name);
  expect_turned_upright(name, degrees);
  testing::expect_fixture_right(name, testing::fixture_truth("docx/report_2021.truth.json"));
  const json record = testing::read_record(pdf_fixture(name));
  EXPECT_EQ(record["source"]["turned_pages"], json::array({{{"page", 2}, {"degrees", degrees}}}));
  EXPECT_EQ(record["source"]["ocr_pages"], json::array());
  const json total = testing::cell_at(record, "t3.new.total");
  EXPECT_EQ(total["value"], 46);
  EXPECT_EQ(total["page"], 2);
  EXPECT_EQ(total["confidence"], 1.0);
  EXPECT_EQ(testing::cell_at(record, "t3.unable.not_held.total")["value"], 13);
  EXPECT_EQ(testing::cell_at(record, "t3.carried_forward.total")["value"], 7);
}

// Turned counterclockwise in the page's content (the text matrix turns every glyph; no /Rotate):
// the words run bottom to top, and a clockwise quarter turn sets them upright.
TEST(SidewaysPages, TableTurnedInThePageContentIsReadUpright) {
  expect_read_sideways("sideways_t3_2021", 90);
}

// Turned clockwise by /Rotate 90 on the landscape page: displayed portrait, the words run top to
// bottom, and three quarter turns set them upright.
TEST(SidewaysPages, TableTurnedByRotateIsReadUpright) {
  expect_read_sideways("sideways_t3_rotate_2021", 270);
}

// The sideways page's rules drawn as pixels under its text layer (as image_rules_2021): the OCR
// module finds them on the page as rendered, and they are turned upright with the text.
TEST(SidewaysPages, PixelRulesTurnWithTheirPage) {
  SCOPED_TRACE("sideways_image_rules_2021");
  const Document document = extract_pdf(pdf_fixture("sideways_image_rules_2021"));
  ASSERT_EQ(document.pages.size(), 3u);
  EXPECT_TRUE(document.pages[1].rulings.empty());  // no vector rules at all
  testing::expect_fixture_right("sideways_image_rules_2021",
                                testing::fixture_truth("docx/report_2021.truth.json"));
  const json record = testing::read_record(pdf_fixture("sideways_image_rules_2021"));
  EXPECT_EQ(record["source"]["turned_pages"], json::array({{{"page", 2}, {"degrees", 90}}}));
  EXPECT_EQ(testing::cell_at(record, "t3.new.total")["value"], 46);
}

}  // namespace
}  // namespace ogi
