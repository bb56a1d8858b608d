#include "extractors/pdf/overdrawn_glyphs.h"

#include <cmath>
#include <unordered_map>

#include "model/utf8.h"

namespace ogi {
namespace {

constexpr double kRepeatDistanceEm = 0.25;
constexpr double kMinRepeatDistance = 0.5;

struct PlacedGlyph {
  double x = 0;
  double y = 0;
};

class GlyphIndex {
 public:
  // Whether the glyph repeats one already placed; records it otherwise.
  bool repeats(char32_t code_point, const Box& box, double tolerance) {
    std::vector<PlacedGlyph>& placed = placed_[code_point];
    for (const PlacedGlyph& glyph : placed) {
      if (std::fabs(glyph.x - box.center_x()) <= tolerance &&
          std::fabs(glyph.y - box.center_y()) <= tolerance) {
        return true;
      }
    }
    placed.push_back({box.center_x(), box.center_y()});
    return false;
  }

 private:
  std::unordered_map<char32_t, std::vector<PlacedGlyph>> placed_;
};

// Returns false when every glyph of the run was a repeat.
bool filter_run(TextRun& run, GlyphIndex& index) {
  const std::u32string text = utf8_to_u32(run.text);
  if (text.size() != run.char_boxes.size()) return true;
  const double tolerance = std::max(kMinRepeatDistance, kRepeatDistanceEm * run.font_size);
  std::u32string kept_text;
  std::vector<Box> kept_boxes;
  for (size_t i = 0; i < text.size(); ++i) {
    if (index.repeats(text[i], run.char_boxes[i], tolerance)) continue;
    kept_text.push_back(text[i]);
    kept_boxes.push_back(run.char_boxes[i]);
  }
  if (kept_boxes.size() == run.char_boxes.size()) return true;
  if (kept_boxes.empty()) return false;
  run.text = u32_to_utf8(kept_text);
  run.char_boxes = std::move(kept_boxes);
  run.box = run.char_boxes.front();
  for (const Box& box : run.char_boxes) run.box = united(run.box, box);
  return true;
}

}  // namespace

void drop_overdrawn_glyphs(std::vector<TextRun>& runs) {
  GlyphIndex index;
  std::vector<TextRun> kept;
  kept.reserve(runs.size());
  for (TextRun& run : runs) {
    if (filter_run(run, index)) kept.push_back(std::move(run));
  }
  runs = std::move(kept);
}

}  // namespace ogi
