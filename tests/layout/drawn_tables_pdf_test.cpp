// Tables a browser prints in other ways than stroked lines (fixtures/make_drawn_variants.py:
// report_2021 through LibreOffice's HTML and wkhtmltopdf): every value of the report at its key,
// with no alarm, whatever the rules look like.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/pdf_fixture_check.h"

namespace ogi {
namespace {

void expect_report_right(const std::string& name) {
  testing::expect_fixture_right(name, testing::fixture_truth("docx/report_2021.truth.json"));
}

// Every border a filled rectangle one pixel thick.
TEST(DrawnTables, FilledRectangleRules) { expect_report_right("filled_rules_2021"); }

// Borders dashed: pieces a few points long, joined into rules.
TEST(DrawnTables, DashedRules) { expect_report_right("dashed_rules_2021"); }

// Borders double (two thin lines with a gap, one pair per joint); 表四's sub-labels cut by the page
// break below a blank sliver of the row.
TEST(DrawnTables, DoubleRules) { expect_report_right("double_rules_2021"); }

// Header rows on a grey background: the shading is no rule and hides none.
TEST(DrawnTables, ShadedHeaderRows) { expect_report_right("shaded_header_2021"); }

// No outer frame: the open sides closed at the row rules' ends; 表二's blocks of two columns have
// one column rule each.
TEST(DrawnTables, NoOuterFrame) { expect_report_right("open_frame_2021"); }

}  // namespace
}  // namespace ogi
