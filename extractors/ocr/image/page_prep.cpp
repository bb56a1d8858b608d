#include "extractors/ocr/image/page_prep.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "extractors/ocr/image/binarize.h"

namespace ogi {
namespace {

// How far (inches) around the print the grey page is kept as scanned: its soft edges.
constexpr double kPrintReach = 0.015;
// On the background-normalized page (paper 255), the grey below which a pixel beside the print is
// its soft edge; the other side of a thin sheet shows through at 200-220.
constexpr int kEdgeGrey = 200;
// Skews smaller than this are left alone: a rotation costs sharpness and gains nothing.
constexpr float kMinSkewDegrees = 0.08f;
// Leptonica's own bar for believing a skew measurement.
constexpr float kMinSkewConfidence = 2.5f;
// Glyphs closer than this (inches) along a text line are smeared into one component: more than
// the gap between two ideographs, less than the space between lines.
constexpr double kSmear = 0.06;
// A smeared component counts as a text line from this length (inches) and elongation on.
constexpr double kMinLine = 0.5;
constexpr int kLineAspect = 4;
// Text lines running down must outweigh those running across this many times.
constexpr double kSidewaysRatio = 2.0;
// A line of print is as high as glyphs of 6 pt (0.08 in) to 30 pt (0.4 in); a thinner long
// component is what erasing a rule left of it.
constexpr double kMinLineHeight = 0.08;
constexpr double kMaxLineHeight = 0.4;
// ...and made of at least this many pieces, none wider than a 30 pt glyph (inches).
constexpr size_t kMinGlyphs = 4;
constexpr double kMaxGlyphWidth = 0.4;

// Rules are erased this many pixels wider than found.
constexpr int kRuleMargin = 5;

constexpr float kDegreesToRadians = 3.14159265f / 180.0f;

PixPtr straighten(PIX* gray, float degrees) {
  return PixPtr(
      pixRotate(gray, degrees * kDegreesToRadians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
}

// The text lines found by smearing glyphs together along one axis: smeared along the direction
// text runs, the glyphs of a line merge into one long thin component; smeared across it, they
// merge into nothing long.
std::vector<PixelBox> smeared_lines(PIX* text, bool along_x, double dpi) {
  const int smear = std::max(1, static_cast<int>(kSmear * dpi)) | 1;
  const PixPtr merged(along_x ? pixCloseSafeBrick(nullptr, text, smear, 1)
                              : pixCloseSafeBrick(nullptr, text, 1, smear));
  const BoxaPtr boxes(pixConnComp(merged.get(), nullptr, 8));
  const int min_length = static_cast<int>(kMinLine * dpi);
  std::vector<PixelBox> lines;
  for (const PixelBox& box : pixel_boxes(boxes.get())) {
    const int length = along_x ? box.width() : box.height();
    const int thickness = along_x ? box.height() : box.width();
    if (length >= min_length && length >= kLineAspect * thickness) lines.push_back(box);
  }
  return lines;
}

int line_length(PIX* text, bool along_x, double dpi) {
  int total = 0;
  for (const PixelBox& line : smeared_lines(text, along_x, dpi)) {
    total += along_x ? line.width() : line.height();
  }
  return total;
}

// Whether a smeared line of `text` is a line of print: as high as glyphs, made of glyphs. Erasing
// a rule can leave slivers of it along its edges, and a double rule two of them, which smear into
// lines as long as the rule; they are thinner than print, or one piece longer than any glyph.
bool is_print(PIX* text, const PixelBox& line, double dpi) {
  if (line.height() < kMinLineHeight * dpi || line.height() > kMaxLineHeight * dpi) return false;
  const PixPtr crop(pixClipRectangle(text, lept_box(line).get(), nullptr));
  const BoxaPtr pieces(crop ? pixConnComp(crop.get(), nullptr, 8) : nullptr);
  const std::vector<PixelBox> glyphs = pixel_boxes(pieces.get());
  return glyphs.size() >= kMinGlyphs && std::ranges::none_of(glyphs, [dpi](const PixelBox& glyph) {
           return glyph.width() > kMaxGlyphWidth * dpi;
         });
}

// The page's print without its rules, at half resolution: plenty to see lines of text, and four
// times cheaper to smear.
PixPtr reduced_text(const PreparedPage& page) {
  const PixPtr text(pixSubtract(nullptr, page.binary.get(), page.rules.mask.get()));
  return PixPtr(pixReduceRankBinaryCascade(text.get(), 1, 0, 0, 0));
}

PixPtr rule_mask_widened(const PreparedPage& page) {
  return PixPtr(pixDilateBrick(nullptr, page.rules.mask.get(), kRuleMargin, kRuleMargin));
}

// The skew of a page's print (`binary`, upright), in degrees; 0 when it is too small to undo or
// not measured with confidence.
float measured_skew(PIX* binary) {
  float angle = 0, confidence = 0;
  if (pixFindSkew(binary, &angle, &confidence) == 0 && confidence >= kMinSkewConfidence &&
      std::fabs(angle) >= kMinSkewDegrees) {
    return angle;
  }
  return 0;
}

int whole_turns(int quarter_turns) { return ((quarter_turns % 4) + 4) % 4; }

// A page's print turned upright by `turns` (0-3) clockwise quarter turns: its grey with the paper
// flattened, that grey binarized, and the skew measured on it. What prepare_page straightens, and
// what upright_view straightens its picture by.
struct UprightPrint {
  PixPtr gray;
  PixPtr binary;
  float skew = 0;
};

UprightPrint upright_print(const RasterPage& raster, int turns) {
  UprightPrint print;
  print.gray = normalize_background(raster.gray.get());
  if (print.gray && turns != 0) print.gray.reset(pixRotateOrth(print.gray.get(), turns));
  if (print.gray) print.binary = binarize(print.gray.get());
  if (print.binary) print.skew = measured_skew(print.binary.get());
  return print;
}

}  // namespace

PreparedPage prepare_page(const RasterPage& raster, int quarter_turns) {
  PreparedPage page;
  page.dpi = raster.dpi;
  page.quarter_turns = whole_turns(quarter_turns);
  UprightPrint print = upright_print(raster, page.quarter_turns);
  PixPtr gray = std::move(print.gray);
  PixPtr binary = std::move(print.binary);
  if (print.skew != 0) {
    gray = straighten(gray.get(), print.skew);
    binary = binarize(gray.get());
    page.skew_degrees = print.skew;
  }
  const bool turned = page.quarter_turns % 2 == 1;
  page.width = turned ? raster.height : raster.width;
  page.height = turned ? raster.width : raster.height;
  page.rules = detect_rules(binary.get(), page.dpi);
  page.gray = std::move(gray);
  page.binary = std::move(binary);
  return page;
}

PixPtr upright_view(const RasterPage& raster, int quarter_turns) {
  const int turns = whole_turns(quarter_turns);
  PixPtr view(pixRotateOrth(raster.gray.get(), turns));
  if (const float skew = upright_print(raster, turns).skew; skew != 0 && view) {
    view = straighten(view.get(), skew);
  }
  return view;
}

ErasedPage erase_rules(const PreparedPage& page) {
  const PixPtr wide = rule_mask_widened(page);
  ErasedPage erased;
  erased.gray.reset(pixCopy(nullptr, page.gray.get()));
  pixSetMasked(erased.gray.get(), wide.get(), 255);
  erased.ink.reset(pixSubtract(nullptr, page.binary.get(), wide.get()));
  return erased;
}

PixPtr print_on_white(const ErasedPage& erased, double dpi) {
  const int reach = to_pixels(kPrintReach, dpi);
  const PixPtr near_print(pixDilateBrick(nullptr, erased.ink.get(), reach, reach));
  const PixPtr dark(pixThresholdToBinary(erased.gray.get(), kEdgeGrey));
  const PixPtr edges(pixAnd(nullptr, near_print.get(), dark.get()));
  const PixPtr kept(pixOr(nullptr, edges.get(), erased.ink.get()));
  const PixPtr paper(pixInvert(nullptr, kept.get()));
  PixPtr out(pixCopy(nullptr, erased.gray.get()));
  pixSetMasked(out.get(), paper.get(), 255);
  return out;
}

PixPtr without_rules(const PreparedPage& page, PIX* binary) {
  return PixPtr(pixSubtract(nullptr, binary, rule_mask_widened(page).get()));
}

bool lines_run_down(PIX* text, double dpi) {
  const int across = line_length(text, true, dpi);
  const int down = line_length(text, false, dpi);
  return down > kSidewaysRatio * std::max(across, 1);
}

bool looks_sideways(const PreparedPage& page) {
  const PixPtr reduced = reduced_text(page);
  return reduced && lines_run_down(reduced.get(), page.dpi / 2);
}

std::vector<PixelBox> longest_text_lines(PIX* ink, double dpi, size_t count) {
  const PixPtr reduced(pixReduceRankBinaryCascade(ink, 1, 0, 0, 0));
  if (!reduced) return {};
  dpi /= 2;
  std::vector<PixelBox> lines = smeared_lines(reduced.get(), true, dpi);
  std::stable_sort(lines.begin(), lines.end(),
                   [](const PixelBox& a, const PixelBox& b) { return a.width() > b.width(); });
  std::vector<PixelBox> found;
  for (const PixelBox& line : lines) {
    if (found.size() == count) break;
    if (!is_print(reduced.get(), line, dpi)) continue;
    found.push_back({2 * line.x0, 2 * line.y0, 2 * line.x1, 2 * line.y1});
  }
  return found;
}

}  // namespace ogi
