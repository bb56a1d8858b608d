#pragma once

#include <vector>

#include "model/document.h"

namespace ogi {

struct PathPoint {
  double x = 0;
  double y = 0;
  bool curve = false;  // a Bézier control or end point: not part of a straight edge
};

// One painted path in device space (points, top-left origin), with what decides whether it can be
// a table rule: how it was painted and how visible it is.
struct PaintedPath {
  std::vector<std::vector<PathPoint>> subpaths;
  std::vector<bool> closed;  // per subpath
  bool stroked = false;      // stroked (S) or filled (f)
  double line_width = 0;     // stroke width in points
  double lightness = 0;      // 0 black .. 1 white, of the paint colour
  double opacity = 1;
};

// The rulings a path draws: each axis-aligned straight edge of a stroked path, and each thin
// filled axis-aligned rectangle (the way Chromium and WPS draw table borders). White or
// transparent paint and thick fills (shaded rows, page backgrounds) draw no rule.
void append_path_rulings(const PaintedPath& path, int page, std::vector<RulingSegment>& out);

}  // namespace ogi
