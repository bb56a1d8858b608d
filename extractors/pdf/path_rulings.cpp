#include "extractors/pdf/path_rulings.h"

#include <algorithm>
#include <cmath>

namespace ogi {
namespace {

// A rule printed lighter than this is a background or invisible (white rules in CSS tables).
constexpr double kMaxRuleLightness = 0.94;
constexpr double kMinRuleOpacity = 0.1;
// A filled rectangle thicker than this is a shaded area, not a border.
constexpr double kMaxFilledRuleThickness = 3.0;
constexpr double kMaxStrokeWidth = 6.0;
constexpr double kMinRuleLength = 2.0;
// How far an edge may lean and still count as horizontal or vertical.
constexpr double kAxisTolerance = 0.8;

bool visible(const PaintedPath& path) {
  return path.lightness <= kMaxRuleLightness && path.opacity >= kMinRuleOpacity;
}

void append_edge(const PathPoint& a, const PathPoint& b, double width, int page,
                 std::vector<RulingSegment>& out) {
  if (a.curve || b.curve) return;
  const double dx = std::fabs(b.x - a.x);
  const double dy = std::fabs(b.y - a.y);
  if (dy <= kAxisTolerance && dx >= kMinRuleLength) {
    const double y = (a.y + b.y) / 2;
    out.push_back({std::min(a.x, b.x), y, std::max(a.x, b.x), y, width, page});
  } else if (dx <= kAxisTolerance && dy >= kMinRuleLength) {
    const double x = (a.x + b.x) / 2;
    out.push_back({x, std::min(a.y, b.y), x, std::max(a.y, b.y), width, page});
  }
}

void append_stroked(const PaintedPath& path, int page, std::vector<RulingSegment>& out) {
  if (path.line_width > kMaxStrokeWidth) return;
  for (size_t index = 0; index < path.subpaths.size(); ++index) {
    const auto& points = path.subpaths[index];
    for (size_t i = 1; i < points.size(); ++i) {
      append_edge(points[i - 1], points[i], path.line_width, page, out);
    }
    if (path.closed[index] && points.size() > 2) {
      append_edge(points.back(), points.front(), path.line_width, page, out);
    }
  }
}

// The bounding box of a subpath when it is an axis-aligned rectangle, else false.
bool rectangle_bounds(const std::vector<PathPoint>& points, Box& box) {
  if (points.size() < 4 || points.size() > 5) return false;
  box = {points[0].x, points[0].y, points[0].x, points[0].y};
  for (size_t i = 0; i < points.size(); ++i) {
    const PathPoint& a = points[i];
    const PathPoint& b = points[(i + 1) % points.size()];
    if (a.curve) return false;
    if (std::fabs(a.x - b.x) > kAxisTolerance && std::fabs(a.y - b.y) > kAxisTolerance) {
      return false;
    }
    box = united(box, {a.x, a.y, a.x, a.y});
  }
  return true;
}

void append_filled(const PaintedPath& path, int page, std::vector<RulingSegment>& out) {
  for (const auto& points : path.subpaths) {
    Box box;
    if (!rectangle_bounds(points, box)) continue;
    const double thickness = std::min(box.width(), box.height());
    const double length = std::max(box.width(), box.height());
    if (thickness > kMaxFilledRuleThickness || length < kMinRuleLength) continue;
    if (box.width() >= box.height()) {
      out.push_back({box.x0, box.center_y(), box.x1, box.center_y(), thickness, page});
    } else {
      out.push_back({box.center_x(), box.y0, box.center_x(), box.y1, thickness, page});
    }
  }
}

}  // namespace

void append_path_rulings(const PaintedPath& path, int page, std::vector<RulingSegment>& out) {
  if (!visible(path)) return;
  if (path.stroked) {
    append_stroked(path, page, out);
  } else {
    append_filled(path, page, out);
  }
}

}  // namespace ogi
