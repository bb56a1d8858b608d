#include "extractors/ocr/rule_detect.h"

#include <algorithm>

namespace ogi {
namespace {

// Lengths in inches, so the thresholds hold at any resolution. A structuring element must be
// longer than the strokes of a 16 pt heading glyph (about 0.2 in) across, and shorter than a
// table row is high (about 0.15 in) down.
constexpr double kHorizontalProbe = 0.3;
constexpr double kVerticalProbe = 0.1;
// Lines this long are rules whatever they touch.
constexpr double kLongHorizontal = 0.5;
constexpr double kLongVertical = 0.6;
// Breaks in a printed line (JPEG noise, faint toner) shorter than this are bridged.
constexpr double kBridge = 0.03;
// How near a line's end must come to another rule to count as meeting it. Rules that meet
// cross: the end of a short rule runs into the other rule's pixels. A glyph stroke close to a
// cell border in a tight row stops a few pixels short of it.
constexpr double kMeet = 0.005;

struct Candidate {
  PixelBox box;
  PixPtr pixels;
};

int to_pixels(double inches, double dpi) { return std::max(1, static_cast<int>(inches * dpi)); }

PixaPtr components(PIX* binary, int along_x, int along_y, int bridge_x, int bridge_y) {
  const PixPtr opened(pixOpenBrick(nullptr, binary, along_x, along_y));
  const PixPtr bridged(pixCloseSafeBrick(nullptr, opened.get(), bridge_x, bridge_y));
  PIXA* pixa = nullptr;
  const BoxaPtr boxes(pixConnComp(bridged.get(), &pixa, 8));
  return PixaPtr(pixa);
}

std::vector<Candidate> candidates(PIXA* pixa) {
  std::vector<Candidate> out;
  const int count = pixa ? pixaGetCount(pixa) : 0;
  for (int i = 0; i < count; ++i) {
    int x = 0, y = 0, w = 0, h = 0;
    pixaGetBoxGeometry(pixa, i, &x, &y, &w, &h);
    out.push_back({{x, y, x + w, y + h}, PixPtr(pixaGetPix(pixa, i, L_CLONE))});
  }
  return out;
}

bool contains(const PixelBox& box, int x, int y, int slack) {
  return x >= box.x0 - slack && x <= box.x1 + slack && y >= box.y0 - slack && y <= box.y1 + slack;
}

bool meets_any(const std::vector<PixelBox>& rules, int x, int y, int slack) {
  return std::any_of(rules.begin(), rules.end(),
                     [&](const PixelBox& rule) { return contains(rule, x, y, slack); });
}

// Splits candidates into kept boxes: long ones always, short ones when both ends meet `across`.
std::vector<PixelBox> keep_lines(const std::vector<Candidate>& lines, bool horizontal,
                                 int long_length, const std::vector<PixelBox>& across, int slack,
                                 std::vector<const Candidate*>& kept) {
  std::vector<PixelBox> boxes;
  for (const Candidate& line : lines) {
    const PixelBox& b = line.box;
    const int length = horizontal ? b.width() : b.height();
    bool keep = length >= long_length;
    if (!keep) {
      const int mid = horizontal ? (b.y0 + b.y1) / 2 : (b.x0 + b.x1) / 2;
      keep = horizontal ? meets_any(across, b.x0, mid, slack) && meets_any(across, b.x1, mid, slack)
                        : meets_any(across, mid, b.y0, slack) && meets_any(across, mid, b.y1, slack);
    }
    if (!keep) continue;
    boxes.push_back(b);
    kept.push_back(&line);
  }
  return boxes;
}

}  // namespace

DetectedRules detect_rules(PIX* binary, double dpi) {
  const int bridge = to_pixels(kBridge, dpi);
  const PixaPtr h_pixa = components(binary, to_pixels(kHorizontalProbe, dpi), 1, bridge, 1);
  const PixaPtr v_pixa = components(binary, 1, to_pixels(kVerticalProbe, dpi), 1, bridge);
  const std::vector<Candidate> h_lines = candidates(h_pixa.get());
  const std::vector<Candidate> v_lines = candidates(v_pixa.get());
  const int slack = to_pixels(kMeet, dpi);
  std::vector<PixelBox> long_h;
  for (const Candidate& line : h_lines) {
    if (line.box.width() >= to_pixels(kLongHorizontal, dpi)) long_h.push_back(line.box);
  }
  DetectedRules rules;
  std::vector<const Candidate*> kept;
  rules.vertical =
      keep_lines(v_lines, false, to_pixels(kLongVertical, dpi), long_h, slack, kept);
  rules.horizontal =
      keep_lines(h_lines, true, to_pixels(kLongHorizontal, dpi), rules.vertical, slack, kept);
  rules.mask.reset(pixCreate(pixGetWidth(binary), pixGetHeight(binary), 1));
  for (const Candidate* line : kept) {
    pixRasterop(rules.mask.get(), line->box.x0, line->box.y0, line->box.width(),
                line->box.height(), PIX_PAINT, line->pixels.get(), 0, 0);
  }
  return rules;
}

}  // namespace ogi
