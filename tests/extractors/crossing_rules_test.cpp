// Rules of which a threshold left only the crossings (extractors/ocr/image/rule_crossings.h):
// a lattice of small marks stands for its grid; specks, glyph fragments and the borders two
// tables share stay no rule.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "extractors/ocr/image/rule_crossings.h"
#include "extractors/ocr/image/rule_detect.h"
#include "tests/support/pix_ink.h"

namespace ogi {
namespace {

constexpr double kDpi = 150;

using testing::ink;

// A white 1-bit page of 8 x 10 inches at 150 dpi.
PixPtr blank_page() { return PixPtr(pixCreate(1200, 1500, 1)); }

// What a fax threshold leaves where two thin light rules cross at 150 dpi: a plus of 5 pixels.
void cross_mark(PIX* pix, int x, int y) {
  ink(pix, x - 1, y, 3, 1);
  ink(pix, x, y - 1, 1, 3);
}

// The crossings of a grid with columns at `xs` and rows at `ys`.
void lattice(PIX* pix, const std::vector<int>& xs, const std::vector<int>& ys) {
  for (int y : ys) {
    for (int x : xs) cross_mark(pix, x, y);
  }
}

// Single-pixel specks on a fixed pattern, like salt-and-pepper noise.
void specks(PIX* pix) {
  for (int i = 0; i < 4000; ++i) ink(pix, (i * 7919) % 1200, (i * 104729) % 1500, 1, 1);
}

bool has_rule(const std::vector<PixelBox>& lines, bool horizontal, int at, int from, int to) {
  return std::ranges::any_of(lines, [&](const PixelBox& line) {
    const int centre = horizontal ? (line.y0 + line.y1) / 2 : (line.x0 + line.x1) / 2;
    const int start = horizontal ? line.x0 : line.y0;
    const int end = horizontal ? line.x1 : line.y1;
    return std::abs(centre - at) <= 2 && start <= from + 2 && end >= to - 2;
  });
}

TEST(CrossingRules, LatticeOfCrossesIsItsGrid) {
  const PixPtr page = blank_page();
  specks(page.get());
  const std::vector<int> xs{200, 420, 520, 620, 720, 820};
  const std::vector<int> ys{300, 340, 380, 420, 460};
  lattice(page.get(), xs, ys);
  const CrossingRules rules = crossing_rules(page.get(), kDpi);
  ASSERT_EQ(rules.horizontal.size(), ys.size());
  ASSERT_EQ(rules.vertical.size(), xs.size());
  for (int y : ys) EXPECT_TRUE(has_rule(rules.horizontal, true, y, 199, 821)) << y;
  for (int x : xs) EXPECT_TRUE(has_rule(rules.vertical, false, x, 299, 461)) << x;
  EXPECT_EQ(rules.marks.size(), xs.size() * ys.size());
}

// A table's top border keeps only its two corners: they are on the lattice through the columns.
TEST(CrossingRules, CornersOfATopBorderAreKept) {
  const PixPtr page = blank_page();
  lattice(page.get(), {200, 820}, {300});
  lattice(page.get(), {200, 420, 620, 820}, {340, 380, 420});
  const CrossingRules rules = crossing_rules(page.get(), kDpi);
  EXPECT_TRUE(has_rule(rules.horizontal, true, 300, 199, 821));
  EXPECT_TRUE(has_rule(rules.vertical, false, 200, 299, 421));
  EXPECT_TRUE(has_rule(rules.vertical, false, 420, 339, 421));
  EXPECT_FALSE(has_rule(rules.vertical, false, 420, 299, 421));
}

TEST(CrossingRules, SpecksAndGlyphFragmentsAreNoRules) {
  const PixPtr page = blank_page();
  specks(page.get());
  // Lines of print broken into fragments of a few pixels, two pixels apart: a degraded label.
  for (int y = 300; y < 600; y += 30) {
    for (int x = 200; x < 900; x += 5) ink(page.get(), x, y + (x / 5) % 7, 3, 3);
  }
  const CrossingRules rules = crossing_rules(page.get(), kDpi);
  EXPECT_TRUE(rules.horizontal.empty());
  EXPECT_TRUE(rules.vertical.empty());
}

// 表二 above 表三: their outer borders are on one line, their inner columns are not; the gap
// between the tables (a heading) is no column rule.
TEST(CrossingRules, BordersTwoTablesShareAreNotBridged) {
  const PixPtr page = blank_page();
  lattice(page.get(), {200, 400, 600, 820}, {300, 340, 380});
  lattice(page.get(), {200, 300, 380, 460, 540, 620, 700, 820}, {520, 560, 600});
  const CrossingRules rules = crossing_rules(page.get(), kDpi);
  EXPECT_TRUE(has_rule(rules.vertical, false, 200, 299, 381));
  EXPECT_TRUE(has_rule(rules.vertical, false, 200, 519, 601));
  EXPECT_FALSE(has_rule(rules.vertical, false, 200, 379, 521));
}

// Two rules along one line where one was printed.
bool doubled(const std::vector<PixelBox>& lines, bool horizontal) {
  for (size_t i = 0; i < lines.size(); ++i) {
    for (size_t j = i + 1; j < lines.size(); ++j) {
      const PixelBox& a = lines[i];
      const PixelBox& b = lines[j];
      const int across =
          horizontal ? (a.y0 + a.y1 - b.y0 - b.y1) / 2 : (a.x0 + a.x1 - b.x0 - b.x1) / 2;
      const bool overlap = horizontal ? a.x0 < b.x1 && b.x0 < a.x1 : a.y0 < b.y1 && b.y0 < a.y1;
      if (std::abs(across) <= 3 && overlap) return true;
    }
  }
  return false;
}

// On a page whose grid is printed whole, the crossings are part of the rules and add nothing.
TEST(CrossingRules, SolidGridGainsNoSecondRules) {
  const PixPtr page = blank_page();
  for (int y = 300; y <= 460; y += 40) ink(page.get(), 200, y, 622, 2);
  for (int x = 200; x <= 820; x += 124) ink(page.get(), x, 300, 2, 162);
  const DetectedRules rules = detect_rules(page.get(), kDpi);
  EXPECT_EQ(rules.horizontal.size(), 5u);
  EXPECT_FALSE(rules.vertical.empty());
  EXPECT_FALSE(doubled(rules.horizontal, true));
  EXPECT_FALSE(doubled(rules.vertical, false));
}

// The same grid left as crossings only is found by detect_rules as well.
TEST(CrossingRules, DetectRulesFindsAGridLeftAsCrossings) {
  const PixPtr page = blank_page();
  specks(page.get());
  lattice(page.get(), {200, 324, 448, 572, 696, 820}, {300, 340, 380, 420, 460});
  const DetectedRules rules = detect_rules(page.get(), kDpi);
  EXPECT_EQ(rules.horizontal.size(), 5u);
  EXPECT_EQ(rules.vertical.size(), 6u);
  EXPECT_TRUE(has_rule(rules.horizontal, true, 380, 199, 821));
}

// A digit-sized blot of print (a 0 at 150 dpi: 0.05 x 0.08 in).
void digit(PIX* pix, int x, int y) { ink(pix, x, y, 8, 12); }

// The lattice of a table whose border crossings were erased with the inner ones kept: its total
// column's values stand right of the lattice, its labels left of it, its column headers above
// it. The rows are drawn on to the print beyond their ends and the columns up to the headers;
// the heading set apart above the table stays out.
TEST(CrossingRules, LatticeWidenedToItsOuterColumnsAndHeader) {
  const PixPtr page = blank_page();
  const std::vector<int> xs{400, 480, 560, 640};
  const std::vector<int> ys{500, 540, 580, 620, 660};
  lattice(page.get(), xs, ys);
  for (size_t row = 0; row + 1 < ys.size(); ++row) {
    digit(page.get(), 665, ys[row] + 14);  // 总计, right of the lattice
    for (int x = 250; x < 380; x += 20) digit(page.get(), x, ys[row] + 14);  // a label
  }
  for (int x : {430, 510, 590}) {  // headers stacked above the top row
    for (int y = 436; y < 490; y += 16) digit(page.get(), x, y);
  }
  for (int x = 300; x < 600; x += 22) ink(page.get(), x, 380, 18, 20);  // the heading
  const CrossingRules rules = crossing_rules(page.get(), kDpi);
  int right = 0, left = 10000, top = 10000;
  for (const PixelBox& line : rules.horizontal) {
    right = std::max(right, line.x1);
    left = std::min(left, line.x0);
    top = std::min(top, (line.y0 + line.y1) / 2);
  }
  EXPECT_GT(right, 673);
  EXPECT_LT(right, 690);
  EXPECT_LT(left, 250);
  EXPECT_GT(left, 235);
  EXPECT_LT(top, 436);
  EXPECT_GT(top, 400);
  EXPECT_TRUE(has_rule(rules.vertical, false, right - 1, 500, 660) ||
              has_rule(rules.vertical, false, right - 2, 500, 660));
}

// Print beside a lattice in only two of its rows (a note beside the table) does not widen it.
TEST(CrossingRules, PrintBesideTwoRowsDoesNotWidenTheLattice) {
  const PixPtr page = blank_page();
  lattice(page.get(), {400, 480, 560, 640}, {500, 540, 580, 620, 660});
  digit(page.get(), 665, 514);
  digit(page.get(), 665, 554);
  const CrossingRules rules = crossing_rules(page.get(), kDpi);
  for (const PixelBox& line : rules.horizontal) EXPECT_LE(line.x1, 643);
}

}  // namespace
}  // namespace ogi
