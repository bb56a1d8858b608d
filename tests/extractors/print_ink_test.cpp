// What a cell of a binary page prints (extractors/ocr/image/print_ink.h): blank paper only when
// there is no mark at all, a thin 1 broken up by a 150 dpi threshold never taken for paper.
#include "extractors/ocr/image/print_ink.h"

#include <gtest/gtest.h>

namespace ogi {
namespace {

constexpr double kDpi = 150;

// A 1-bit cell of 60 x 40 pixels (0.4 x 0.27 in at 150 dpi), white.
PixPtr blank_cell() { return PixPtr(pixCreate(60, 40, 1)); }

void ink(PIX* pix, int x, int y, int w, int h) {
  pixRasterop(pix, x, y, w, h, PIX_SET, nullptr, 0, 0);
}

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

}  // namespace
}  // namespace ogi
