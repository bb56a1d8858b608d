// The picture of a scanned page that `ogi debug --png` draws on and the audit pages crop
// (extractors/ocr/run/pages_as_read.h) is the page as OCR read it: straightened by the skew OCR
// measured, so that the rules, cells and runs, which lie where the straightened page has them,
// are drawn where they are printed.
#include "extractors/ocr/run/pages_as_read.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "extractors/ocr/image/lept_ptr.h"
#include "tests/support/pix_ink.h"
#include "tests/support/scratch_dir.h"

namespace ogi {
namespace {

constexpr int kWidth = 1700;
constexpr int kHeight = 2200;
constexpr int kRuleY = 1000;

// A page at 200 dpi of lines of "words" and one long rule across it at kRuleY, turned by
// `degrees` as a sheet lies askew on the glass.
PixPtr skewed_page(float degrees) {
  const PixPtr page(pixCreate(kWidth, kHeight, 1));
  for (int y = 200; y < 1900; y += 40) {
    if (y > kRuleY - 30 && y < kRuleY + 30) continue;
    for (int x = 150; x < 1550; x += 70) testing::ink(page.get(), x, y, 55, 14);
  }
  testing::ink(page.get(), 150, kRuleY, 1400, 3);
  const PixPtr gray(pixConvert1To8(nullptr, page.get(), 255, 0));
  return PixPtr(pixRotate(gray.get(), degrees * 3.14159265f / 180.0f, L_ROTATE_AREA_MAP,
                          L_BRING_IN_WHITE, 0, 0));
}

// The row of `image` between `y0` and `y1` darkest in the columns around `x`.
int darkest_row(const GrayImage& image, int x, int y0, int y1) {
  int best = y0;
  long best_sum = 1L << 40;
  for (int y = y0; y < y1; ++y) {
    long sum = 0;
    for (int dx = -20; dx <= 20; ++dx)
      sum += image.pixels[static_cast<size_t>(y) * image.width + x + dx];
    if (sum < best_sum) {
      best_sum = sum;
      best = y;
    }
  }
  return best;
}

TEST(PagesAsRead, ASkewedScanIsDrawnStraightened) {
  const testing::ScratchDir dir;
  const std::string path = dir.path("skewed.png");
  const PixPtr page = skewed_page(1.8f);
  pixSetResolution(page.get(), 200, 200);
  ASSERT_EQ(pixWrite(path.c_str(), page.get(), IFF_PNG), 0);

  const std::vector<GrayImage> images = pages_as_read(path, "image", {}, {{0, 0}}, 200);
  ASSERT_EQ(images.size(), 1u);
  const GrayImage& image = images.front();
  ASSERT_GT(image.width, 1500);
  const int left = darkest_row(image, 300, kRuleY - 80, kRuleY + 80);
  const int right = darkest_row(image, 1400, kRuleY - 80, kRuleY + 80);
  // Askew, the rule's ends lie 1100 px * tan(1.8°) = 35 px apart.
  EXPECT_LE(std::abs(left - right), 3) << left << " " << right;
}

}  // namespace
}  // namespace ogi
