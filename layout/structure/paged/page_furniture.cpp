#include "layout/structure/paged/page_furniture.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <string>

#include "layout/structure/paged/text_segments.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// Furniture lives in the outer band of the page and is at most the two outermost lines there. The
// band is a share of the page, and at least what margins measure on any paper (they are set in
// absolute lengths: a footer 0.8 in from the edge of a page 5.5 in high lies in its outer 14 %).
constexpr double kEdgeBand = 0.12;
constexpr double kMinEdgeBand = 90.0;  // points, 1.25 in
constexpr size_t kEdgeLines = 2;
constexpr double kSamePlace = 6.0;
// Lines of one block of text follow each other at most this far apart (em, as in text_rows).
constexpr double kBlockPitchEm = 1.6;

// Compact text with every digit replaced by '#', so "- 3 -" and "- 4 -" compare equal.
std::string furniture_key(const GlyphLine& line) {
  std::string key = compact_label(line_text(line));
  for (char& c : key) {
    if (c >= '0' && c <= '9') c = '#';
  }
  return key;
}

bool prints_page_furniture(const std::string& key) {
  static const std::regex page_number(
      "^[-~_.·—–]*(第)?#+(页)?[-~_.·—–]*$|^第#+页[,/]?共#+页$|^#+/#+$|^(page)?#+(of#+)?$",
      std::regex::icase);
  static const std::regex print_stamp("^#+/#+/#+,#+:#+|^(file|https?)://", std::regex::icase);
  return std::regex_search(key, page_number) || std::regex_search(key, print_stamp);
}

// Whether the line prints two or more numbers as cells of their own ("0  0  0  0"): a row of a
// table that reaches the page's edge, never a page number.
bool table_row(const GlyphLine& line) {
  int numbers = 0;
  // Numbers a cell gap apart make a table row, whatever their digits look like.
  for (const GlyphSegment& segment : line_segments(line, kCellGapEm)) numbers += segment.number;
  return numbers >= 2;
}

// Whether lines stand closer than this (em, centre to centre) above and below the line: then it is
// a line of a block of text (a value printed alone between the lines of its row's wrapped label,
// a blank cell beside it), never a page number standing apart.
bool inside_block(const std::vector<GlyphLine>& lines, size_t i) {
  const double reach = kBlockPitchEm * std::max(lines[i].font_size, 1.0);
  const double y = lines[i].box.center_y();
  const auto near = [&](size_t k) { return std::fabs(lines[k].box.center_y() - y) <= reach; };
  return i > 0 && i + 1 < lines.size() && near(i - 1) && near(i + 1);
}

struct EdgeLine {
  size_t page = 0;
  size_t line = 0;
  std::string key;
  double y = 0;
};

std::vector<EdgeLine> edge_lines(const std::vector<PageLines>& pages) {
  std::vector<EdgeLine> edges;
  for (size_t page = 0; page < pages.size(); ++page) {
    const auto& lines = pages[page].lines;
    const double height = pages[page].height;
    const double band = std::max(kEdgeBand * height, kMinEdgeBand);
    for (size_t i = 0; i < lines.size(); ++i) {
      const bool top = i < kEdgeLines && lines[i].box.y1 <= band;
      const bool bottom = i + kEdgeLines >= lines.size() && lines[i].box.y0 >= height - band;
      if ((top || bottom) && !table_row(lines[i]) && !inside_block(lines, i))
        edges.push_back({page, i, furniture_key(lines[i]), lines[i].box.y0});
    }
  }
  return edges;
}

// How many other pages print the same key at about the same height.
int repeats(const EdgeLine& edge, const std::vector<EdgeLine>& edges) {
  int count = 0;
  for (const EdgeLine& other : edges) {
    count += other.page != edge.page && other.key == edge.key &&
             std::fabs(other.y - edge.y) <= kSamePlace;
  }
  return count;
}

}  // namespace

void drop_page_furniture(std::vector<PageLines>& pages) {
  const std::vector<EdgeLine> edges = edge_lines(pages);
  std::map<size_t, std::vector<size_t>> dropped;
  for (const EdgeLine& edge : edges) {
    if (edge.key.empty() || prints_page_furniture(edge.key) || repeats(edge, edges) > 0) {
      dropped[edge.page].push_back(edge.line);
    }
  }
  for (auto& [page, lines] : dropped) {
    auto& kept = pages[page].lines;
    for (auto line = lines.rbegin(); line != lines.rend(); ++line) {
      kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(*line));
    }
  }
}

}  // namespace ogi
