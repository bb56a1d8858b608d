// What a cell of a binary page prints (extractors/ocr/image/print_ink.h): blank paper only when
// there is no mark at all, a thin 1 broken up by a 150 dpi threshold never taken for paper.
#include "extractors/ocr/image/print_ink.h"

#include <gtest/gtest.h>

#include "tests/support/pix_ink.h"

namespace ogi {
namespace {

constexpr double kDpi = 150;

// A 1-bit cell of 60 x 40 pixels (0.4 x 0.27 in at 150 dpi), white.
PixPtr blank_cell() { return PixPtr(pixCreate(60, 40, 1)); }

using testing::ink;

const PixelBox kCell{0, 0, 60, 40};

TEST(PrintInk, SpecksOfDustLeaveTheCellBlank) {
  const PixPtr cell = blank_cell();
  ink(cell.get(), 5, 5, 1, 1);
  ink(cell.get(), 40, 30, 1, 1);
  const PrintInk print = find_print(cell.get(), kCell, kDpi);
  EXPECT_TRUE(print.box.empty());
  EXPECT_EQ(print.stray, 0);
}

// A 1 of 14 pixels (7 pt at 150 dpi), two pixels wide, broken into three dashes by the threshold:
// no piece is long enough to be print on its own, so the cell is not blank paper.
TEST(PrintInk, ABrokenThinOneIsNeverBlankPaper) {
  const PixPtr cell = blank_cell();
  ink(cell.get(), 29, 13, 2, 4);
  ink(cell.get(), 29, 19, 2, 4);
  ink(cell.get(), 29, 25, 2, 4);
  const PrintInk print = find_print(cell.get(), kCell, kDpi);
  EXPECT_TRUE(print.box.empty());
  EXPECT_EQ(print.stray, 3);
  EXPECT_EQ(print.stray_box.height(), 16);
  EXPECT_TRUE(lone_stroke(cell.get(), kCell, kCell, kDpi));
}

// A small 0 (7 x 10 pixels, a one-pixel ring) is print, and no 1.
TEST(PrintInk, ASmallZeroIsPrint) {
  const PixPtr cell = blank_cell();
  ink(cell.get(), 27, 15, 7, 1);
  ink(cell.get(), 27, 24, 7, 1);
  ink(cell.get(), 27, 15, 1, 10);
  ink(cell.get(), 33, 15, 1, 10);
  const PrintInk print = find_print(cell.get(), kCell, kDpi);
  EXPECT_EQ(print.box.x0, 27);
  EXPECT_EQ(print.box.y1, 25);
  EXPECT_FALSE(lone_stroke(cell.get(), kCell, kCell, kDpi));
}

// The dots a lost column rule leaves run the cell's full height: no 1.
TEST(PrintInk, DotsOfALostRuleAreNoOne) {
  const PixPtr cell = blank_cell();
  for (int y = 1; y < 39; y += 5) ink(cell.get(), 10, y, 2, 2);
  EXPECT_FALSE(lone_stroke(cell.get(), kCell, kCell, kDpi));
}

// Two values in one cell (a column rule the scan lost): cut in the gutter between them.
TEST(PrintInk, TwoValuesApartAreTwoPieces) {
  const PixPtr cell = blank_cell();
  ink(cell.get(), 4, 15, 8, 10);
  ink(cell.get(), 45, 15, 8, 10);
  const std::vector<PixelBox> pieces = ink_pieces_across(cell.get(), kCell, kDpi);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].x1, (12 + 45) / 2);
  EXPECT_EQ(pieces[1].x1, 60);
}

// A column cell over three rows whose row rules the threshold lost (150 dpi: rows 45 pixels, 0.3
// in, apart): three values, the dashes left of the rules between them and a broken column rule
// down its left side. It is cut into the three rows, each the cell's full width, the remnants
// joining none of them; a label of two lines set 4 pixels apart stays one piece.
TEST(PrintInk, RowsWhoseRulesWereLostAreCutApart) {
  const PixPtr cell(pixCreate(80, 140, 1));
  for (int row = 0; row < 3; ++row) ink(cell.get(), 30, 15 + 45 * row, 12, 14);  // a value
  ink(cell.get(), 5, 52, 60, 2);  // a row rule's dashes
  ink(cell.get(), 20, 97, 40, 2);
  ink(cell.get(), 2, 5, 2, 130);  // the column rule's piece
  const PixelBox box{0, 0, 80, 140};
  const std::vector<PixelBox> rows = ink_pieces_down(cell.get(), box, kDpi);
  ASSERT_EQ(rows.size(), 3u);
  for (size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].x0, 0);
    EXPECT_EQ(rows[i].x1, 80);
    EXPECT_LE(rows[i].y0, 15 + 45 * static_cast<int>(i));
    EXPECT_GE(rows[i].y1, 29 + 45 * static_cast<int>(i));
  }
  EXPECT_EQ(rows.front().y0, 0);
  EXPECT_EQ(rows.back().y1, 140);

  const PixPtr label(pixCreate(80, 60, 1));
  ink(label.get(), 10, 10, 60, 14);
  ink(label.get(), 10, 28, 40, 14);
  EXPECT_EQ(ink_pieces_down(label.get(), {0, 0, 80, 60}, kDpi).size(), 1u);
}

}  // namespace
}  // namespace ogi
