#include "extractors/pdf/page_turn.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <utility>

namespace ogi {
namespace {

constexpr int kQuarterTurns = 4;
constexpr int kQuarterTurnDegrees = 90;

// A box of a page `width` x `height` turned clockwise by `quarters` quarter turns, in the turned
// page's coordinates (top-left origin).
Box turned_box(const Box& box, int quarters, double width, double height) {
  switch (quarters) {
    case 1:
      return {height - box.y1, box.x0, height - box.y0, box.x1};
    case 2:
      return {width - box.x1, height - box.y1, width - box.x0, height - box.y0};
    case 3:
      return {box.y0, width - box.x1, box.y1, width - box.x0};
    default:
      return box;
  }
}

void turn_ruling(RulingSegment& ruling, int quarters, double width, double height) {
  const Box box = turned_box({std::min(ruling.x0, ruling.x1), std::min(ruling.y0, ruling.y1),
                              std::max(ruling.x0, ruling.x1), std::max(ruling.y0, ruling.y1)},
                             quarters, width, height);
  ruling.x0 = box.x0;
  ruling.y0 = box.y0;
  ruling.x1 = box.x1;
  ruling.y1 = box.y1;
}

}  // namespace

int upright_turn(TextWordList& words) {
  // Characters by the direction Poppler reads them in: 0 left to right, 1 top to bottom, 2 right
  // to left, 3 bottom to top.
  std::array<int, kQuarterTurns> characters{};
  for (int i = 0; i < words.getLength(); ++i) {
    const TextWord* word = words.get(i);
    characters[static_cast<size_t>(word->getRotation() % kQuarterTurns)] += word->getLength();
  }
  const int all = std::accumulate(characters.begin(), characters.end(), 0);
  const auto most = std::max_element(characters.begin(), characters.end());
  // Most characters, not just more than any other direction: a page of equal parts stays as
  // printed.
  if (2 * *most <= all) return 0;
  const auto rotation = static_cast<int>(most - characters.begin());
  return (kQuarterTurns - rotation) % kQuarterTurns * kQuarterTurnDegrees;
}

void turn_page(Page& page, int degrees) {
  const int quarters = degrees / kQuarterTurnDegrees % kQuarterTurns;
  if (quarters == 0) return;
  const double width = page.width;
  const double height = page.height;
  for (TextRun& run : page.runs) {
    run.box = turned_box(run.box, quarters, width, height);
    for (Box& box : run.char_boxes) box = turned_box(box, quarters, width, height);
  }
  for (RulingSegment& ruling : page.rulings) turn_ruling(ruling, quarters, width, height);
  if (quarters % 2 == 1) std::swap(page.width, page.height);
  page.turned =
      (page.turned + quarters * kQuarterTurnDegrees) % (kQuarterTurns * kQuarterTurnDegrees);
}

RenderedOrientation::RenderedOrientation(Document& document, const std::vector<int>& pages)
    : document_(document) {
  for (int index : pages) {
    Page& page = document_.pages[static_cast<size_t>(index)];
    if (page.turned == 0) continue;
    turns_.emplace_back(index, page.turned);
    turn_page(page, kQuarterTurns * kQuarterTurnDegrees - page.turned);
  }
}

RenderedOrientation::~RenderedOrientation() {
  for (const auto& [index, degrees] : turns_) {
    turn_page(document_.pages[static_cast<size_t>(index)], degrees);
  }
}

}  // namespace ogi
