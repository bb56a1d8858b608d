// Rules a threshold broke apart, found whole (extractors/ocr/image/rule_detect.h, rule_chains.h,
// rule_ends.h): a thin rule on a 1-bit scan survives only where it does not straddle two rows of
// pixels, as pieces as long as the gaps between them; what lines up just as well (a column of
// digits, the borders of two tables one above the other) stays apart.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "extractors/ocr/image/rule_detect.h"
#include "tests/support/pix_ink.h"

namespace ogi {
namespace {

constexpr double kDpi = 300;

// A white 1-bit page of 8 x 5 inches at 300 dpi.
PixPtr blank_page() { return PixPtr(pixCreate(2400, 1500, 1)); }

using testing::ink;

// A two-pixel horizontal rule from x0 to x1 at y, drawn only along `piece` pixels out of every
// `piece + gap`.
void broken_row_rule(PIX* pix, int x0, int x1, int y, int piece, int gap) {
  for (int x = x0; x < x1; x += piece + gap) ink(pix, x, y, std::min(piece, x1 - x), 2);
}

void broken_column_rule(PIX* pix, int x, int y0, int y1, int piece, int gap) {
  for (int y = y0; y < y1; y += piece + gap) ink(pix, x, y, 2, std::min(piece, y1 - y));
}

// A frame with solid borders from (x0, y0) to (x1, y1) and solid row rules every `pitch`.
void ruled_frame(PIX* pix, int x0, int y0, int x1, int y1, int pitch) {
  for (int y = y0; y <= y1; y += pitch) ink(pix, x0, y, x1 - x0 + 2, 2);
  ink(pix, x0, y0, 2, y1 - y0 + 2);
  ink(pix, x1, y0, 2, y1 - y0 + 2);
}

bool spans(const std::vector<PixelBox>& lines, bool horizontal, int at, int from, int to) {
  return std::ranges::any_of(lines, [&](const PixelBox& line) {
    const int centre = horizontal ? (line.y0 + line.y1) / 2 : (line.x0 + line.x1) / 2;
    const int start = horizontal ? line.x0 : line.y0;
    const int end = horizontal ? line.x1 : line.y1;
    return std::abs(centre - at) <= 3 && start <= from && end >= to;
  });
}

bool crosses(const std::vector<PixelBox>& lines, int x, int y) {
  return std::ranges::any_of(lines, [&](const PixelBox& line) {
    return line.x0 - 3 <= x && x <= line.x1 + 3 && line.y0 <= y && y <= line.y1;
  });
}

// Pieces of 0.3 in and gaps of 0.25 in (a rule at a slant of about half a degree, 150 dpi): one
// rule from border to border, its ends on the borders.
TEST(BrokenRules, RowRuleInPiecesIsOneRuleFromBorderToBorder) {
  const PixPtr page = blank_page();
  ruled_frame(page.get(), 300, 300, 2100, 900, 600);
  broken_row_rule(page.get(), 340, 2060, 600, 90, 75);
  const DetectedRules rules = detect_rules(page.get(), kDpi);
  EXPECT_TRUE(spans(rules.horizontal, true, 601, 302, 2099));
}

TEST(BrokenRules, ColumnRuleInPiecesIsOneRuleAcrossTheRows) {
  const PixPtr page = blank_page();
  ruled_frame(page.get(), 300, 300, 2100, 1100, 100);
  broken_column_rule(page.get(), 1200, 300, 1100, 45, 40);
  const DetectedRules rules = detect_rules(page.get(), kDpi);
  EXPECT_TRUE(spans(rules.vertical, false, 1201, 305, 1095));
}

// A column of 1s, one a row, each a bare stem clear of the row rules: no column rule.
TEST(BrokenRules, ColumnOfDigitsIsNoRule) {
  const PixPtr page = blank_page();
  ruled_frame(page.get(), 300, 300, 2100, 1100, 100);
  for (int y = 300; y < 1100; y += 100) ink(page.get(), 1200, y + 20, 5, 60);
  const DetectedRules rules = detect_rules(page.get(), kDpi);
  for (int y = 350; y < 1100; y += 100) EXPECT_FALSE(crosses(rules.vertical, 1202, y)) << y;
}

// 表三 ends, a heading, 表四 begins: the borders of the two tables are on one line, 0.33 in apart.
TEST(BrokenRules, BordersOfTwoTablesOneAboveTheOtherStayApart) {
  const PixPtr page = blank_page();
  ruled_frame(page.get(), 300, 200, 2100, 600, 100);
  ruled_frame(page.get(), 300, 700, 2100, 1100, 100);
  const DetectedRules rules = detect_rules(page.get(), kDpi);
  EXPECT_FALSE(crosses(rules.vertical, 301, 650));
  EXPECT_FALSE(crosses(rules.vertical, 2101, 650));
  EXPECT_TRUE(crosses(rules.vertical, 301, 450));
  EXPECT_TRUE(crosses(rules.vertical, 301, 950));
}

}  // namespace
}  // namespace ogi
