#include "extractors/ocr/image/two_up.h"

#include <cmath>
#include <optional>

#include "extractors/ocr/image/binarize.h"
#include "extractors/ocr/image/page_prep.h"

namespace ogi {
namespace {

// Only a sheet this much wider than high is looked at: A4 and Letter landscape are 1.41 and 1.29,
// and each of their halves is portrait.
constexpr double kMinSheetAspect = 1.2;
// The sheet is surveyed at this resolution: a line of shrunk print is still ink, and the survey
// costs a few milliseconds.
constexpr double kSurveyDpi = 75;
// The bare paper between the two pages (the inner margins of both) is at least this wide
// (inches), wider than the gap between two columns of text or of a table's groups...
constexpr double kMinGutter = 0.4;
// ...within this share of the sheet's width from the sheet's centre.
constexpr double kCentreTolerance = 0.1;
// Scanners darken the sheet's edges (lid shadow, the glass's border): bands this wide (inches)
// along the top and bottom are not looked at.
constexpr double kEdge = 0.25;
// Marks smaller than this (inches) are dust or noise, not print.
constexpr double kSpeck = 0.03;
// Print on a side of the gutter is at least this wide and high (inches): a line of text.
constexpr double kMinPrint = 0.5;
// Skew below this (degrees) or measured with less confidence is not undone (as page_prep).
constexpr float kMinSkewDegrees = 0.08f;
constexpr float kMinSkewConfidence = 2.5f;
constexpr float kDegreesToRadians = 3.14159265f / 180.0f;

// The sheet's print at the survey resolution: background flattened, binarized, straightened (a
// skewed gutter is narrower as seen down the columns), specks left out.
PixPtr survey_ink(const RasterPage& sheet) {
  const auto scale = static_cast<float>(kSurveyDpi / sheet.dpi);
  const PixPtr small(pixScale(sheet.gray.get(), scale, scale));
  if (!small) return nullptr;
  PixPtr ink = binarize(normalize_background(small.get()).get());
  float angle = 0, confidence = 0;
  if (ink &&
      pixFindSkewSweepAndSearch(ink.get(), &angle, &confidence, 1, 1, 7.0f, 1.0f, 0.01f) == 0 &&
      confidence >= kMinSkewConfidence && std::fabs(angle) >= kMinSkewDegrees) {
    ink.reset(
        pixRotate(ink.get(), angle * kDegreesToRadians, L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0));
  }
  const int speck = to_pixels(kSpeck, kSurveyDpi);
  if (ink) {
    ink.reset(
        pixSelectBySize(ink.get(), speck, speck, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, nullptr));
  }
  return ink;
}

// Columns [x0, x1) of the survey image.
struct Columns {
  int x0 = 0;
  int x1 = 0;
  int width() const { return x1 - x0; }
};

// The gutter: of the runs of columns without ink between the top and bottom edge bands, the
// widest part inside the centre zone (a tenth of the width either side of the centre), when it
// is at least kMinGutter wide. Cut to the zone, the bare right half of a sheet that holds one
// page on its left is a gutter too.
std::optional<Columns> find_gutter(PIX* ink) {
  const int width = static_cast<int>(pixGetWidth(ink));
  const int height = static_cast<int>(pixGetHeight(ink));
  const int edge = to_pixels(kEdge, kSurveyDpi);
  const LeptBoxPtr inner = lept_box({0, edge, width, height - edge});
  const PixPtr body(pixClipRectangle(ink, inner.get(), nullptr));
  const NumaPtr counts(body ? pixCountPixelsByColumn(body.get()) : nullptr);
  if (!counts) return std::nullopt;
  const int zone_x0 = static_cast<int>((0.5 - kCentreTolerance) * width);
  const int zone_x1 = static_cast<int>((0.5 + kCentreTolerance) * width);
  std::optional<Columns> best;
  int run_x0 = zone_x0;
  for (int x = zone_x0; x <= zone_x1; ++x) {
    float count = 0;
    if (x < zone_x1) numaGetFValue(counts.get(), x, &count);
    if (x < zone_x1 && count == 0) continue;
    const Columns run{run_x0, x};
    if (run.width() >= to_pixels(kMinGutter, kSurveyDpi) &&
        (!best || run.width() > best->width())) {
      best = run;
    }
    run_x0 = x + 1;
  }
  return best;
}

// Whether `columns` of the survey image hold print: at least a line of text.
bool printed(PIX* ink, const Columns& columns) {
  const LeptBoxPtr side =
      lept_box({columns.x0, 0, columns.x1, static_cast<int>(pixGetHeight(ink))});
  const PixPtr crop(pixClipRectangle(ink, side.get(), nullptr));
  BOX* found = nullptr;
  if (!crop || pixClipToForeground(crop.get(), nullptr, &found) != 0 || !found) return false;
  const LeptBoxPtr box(found);
  int x = 0, y = 0, w = 0, h = 0;
  boxGetGeometry(box.get(), &x, &y, &w, &h);
  const int least = to_pixels(kMinPrint, kSurveyDpi);
  return w >= least && h >= least;
}

// Columns [x0, x1) of the sheet as a page of its own, enlarged by `scale`.
RasterPage part_of(const RasterPage& sheet, int x0, int x1, float scale) {
  const int height = static_cast<int>(pixGetHeight(sheet.gray.get()));
  const LeptBoxPtr box = lept_box({x0, 0, x1, height});
  const PixPtr crop(pixClipRectangle(sheet.gray.get(), box.get(), nullptr));
  RasterPage page;
  page.gray.reset(pixScale(crop.get(), scale, scale));
  page.dpi = sheet.dpi;
  page.width = pixGetWidth(page.gray.get()) * 72.0 / page.dpi;
  page.height = pixGetHeight(page.gray.get()) * 72.0 / page.dpi;
  return page;
}

// Where a 2-up sheet is cut in two: a column of the sheet's pixels; nullopt for any other page.
std::optional<int> two_up_cut(const RasterPage& sheet) {
  if (!sheet.gray) return std::nullopt;
  const int width = static_cast<int>(pixGetWidth(sheet.gray.get()));
  const int height = static_cast<int>(pixGetHeight(sheet.gray.get()));
  if (width < kMinSheetAspect * height) return std::nullopt;
  const PixPtr ink = survey_ink(sheet);
  // A page turned a quarter turn is landscape too, and the space between two of its paragraphs
  // runs down the sheet like a gutter; its text lines run down, those of a 2-up sheet across.
  if (!ink || lines_run_down(ink.get(), kSurveyDpi)) return std::nullopt;
  const std::optional<Columns> gutter = find_gutter(ink.get());
  const int survey_width = static_cast<int>(pixGetWidth(ink.get()));
  // The last sheet of a 2-up print of an odd number of pages holds one page, on its left.
  if (!gutter ||
      !(printed(ink.get(), {0, gutter->x0}) || printed(ink.get(), {gutter->x1, survey_width}))) {
    return std::nullopt;
  }
  // 2-up printing puts each page on one half of the sheet, so the cut runs down the sheet's middle
  // when it is bare: both pages then sit in their halves as they sat on the sheet, and a table
  // continued from one page to the next keeps its columns where they were (layout joins the two
  // parts only then). Otherwise it runs down the gutter's middle. (The survey was straightened
  // about the sheet's centre, which moves neither at half height.)
  const int middle = survey_width / 2;
  const int at =
      gutter->x0 < middle && middle < gutter->x1 ? middle : (gutter->x0 + gutter->x1) / 2;
  const int cut = static_cast<int>(static_cast<double>(at) * width / survey_width);
  if (cut >= height || width - cut >= height) return std::nullopt;  // a half is not portrait
  return cut;
}

}  // namespace

std::vector<RasterPage> split_two_up(RasterPage sheet) {
  std::vector<RasterPage> pages;
  const std::optional<int> cut = two_up_cut(sheet);
  if (!cut) {
    pages.push_back(std::move(sheet));
    return pages;
  }
  // Both pages were shrunk so that their height fits the sheet's height: enlarged until it fits
  // the sheet's width again, they are back at the sheet's own size.
  const auto scale = static_cast<float>(pixGetWidth(sheet.gray.get())) /
                     static_cast<float>(pixGetHeight(sheet.gray.get()));
  pages.push_back(part_of(sheet, 0, *cut, scale));
  pages.push_back(part_of(sheet, *cut, static_cast<int>(pixGetWidth(sheet.gray.get())), scale));
  return pages;
}

}  // namespace ogi
