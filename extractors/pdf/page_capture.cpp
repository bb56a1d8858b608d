#include "extractors/pdf/page_capture.h"

#include <GfxState.h>

#include <algorithm>

#include "extractors/pdf/path_rulings.h"

namespace ogi {
namespace {

double lightness(GfxState* state, bool stroked) {
  GfxColorSpace* space = stroked ? state->getStrokeColorSpace() : state->getFillColorSpace();
  // A pattern has no single colour; count it as visible ink.
  if (space == nullptr || space->getMode() == csPattern) return 0;
  GfxRGB rgb;
  if (stroked) {
    state->getStrokeRGB(&rgb);
  } else {
    state->getFillRGB(&rgb);
  }
  return std::min({colToDbl(rgb.r), colToDbl(rgb.g), colToDbl(rgb.b)});
}

PaintedPath device_path(GfxState* state, bool stroked) {
  PaintedPath painted;
  painted.stroked = stroked;
  painted.line_width = state->getTransformedLineWidth();
  painted.lightness = lightness(state, stroked);
  painted.opacity = stroked ? state->getStrokeOpacity() : state->getFillOpacity();
  const GfxPath* path = state->getPath();
  for (int sub = 0; sub < path->getNumSubpaths(); ++sub) {
    const GfxSubpath* subpath = path->getSubpath(sub);
    std::vector<PathPoint> points;
    points.reserve(subpath->getNumPoints());
    for (int i = 0; i < subpath->getNumPoints(); ++i) {
      PathPoint point;
      state->transform(subpath->getX(i), subpath->getY(i), &point.x, &point.y);
      point.curve = subpath->getCurve(i);
      points.push_back(point);
    }
    painted.subpaths.push_back(std::move(points));
    painted.closed.push_back(subpath->isClosed());
  }
  return painted;
}

}  // namespace

PageCapture::PageCapture(int page_index, ContentBudget& budget)
    // Diagonal text is a watermark ("内部资料" across the page), never a cell or a paragraph.
    : TextOutputDev(nullptr, /*physLayoutA=*/false, /*fixedPitchA=*/0, /*rawOrderA=*/false,
                    /*append=*/false, /*discardDiagA=*/true),
      page_index_(page_index),
      budget_(budget) {}

void PageCapture::saveState(GfxState* state) {
  budget_.save();
  TextOutputDev::saveState(state);
}

void PageCapture::restoreState(GfxState* state) {
  budget_.restore();
  TextOutputDev::restoreState(state);
}

void PageCapture::stroke(GfxState* state) { capture(state, true); }
void PageCapture::fill(GfxState* state) { capture(state, false); }
void PageCapture::eoFill(GfxState* state) { capture(state, false); }

void PageCapture::capture(GfxState* state, bool stroked) {
  append_path_rulings(device_path(state, stroked), page_index_, rulings_);
}

}  // namespace ogi
