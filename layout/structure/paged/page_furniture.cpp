#include "layout/structure/paged/page_furniture.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <string>
#include <string_view>

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

// A left-to-right reader of a furniture key. Hand-written: std::regex built these patterns (with
// icase) in 4 % of the instructions of `ogi extract` on a 4-page PDF.
class KeyReader {
 public:
  explicit KeyReader(std::string_view key) : rest_(key) {}
  bool done() const { return rest_.empty(); }
  // Takes `literal` when the rest starts with it, ASCII letters in either case.
  bool take(std::string_view literal) {
    if (rest_.size() < literal.size()) return false;
    for (size_t i = 0; i < literal.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(rest_[i])) !=
          static_cast<unsigned char>(literal[i])) {
        return false;
      }
    }
    rest_.remove_prefix(literal.size());
    return true;
  }
  // Takes a run of one or more digits (a furniture key has them as '#').
  bool digits() {
    const size_t count = rest_.find_first_not_of('#');
    const size_t taken = count == std::string_view::npos ? rest_.size() : count;
    rest_.remove_prefix(taken);
    return taken > 0;
  }
  // Takes a run of dashes, tildes, underscores and dots, maybe none.
  void dashes() {
    while (take("-") || take("~") || take("_") || take(".") || take("·") || take("—") ||
           take("–")) {
    }
  }

 private:
  std::string_view rest_;
};

// "- # -", "第#页", "#/#", "第#页,共#页", "page # of #".
bool prints_page_number(std::string_view key) {
  KeyReader dashed(key);
  dashed.dashes();
  dashed.take("第");
  if (dashed.digits()) {
    dashed.take("页");
    dashed.dashes();
    if (dashed.done()) return true;
  }
  KeyReader of_total(key);
  if (of_total.take("第") && of_total.digits() && of_total.take("页")) {
    if (!of_total.take(",")) of_total.take("/");
    if (of_total.take("共") && of_total.digits() && of_total.take("页") && of_total.done()) {
      return true;
    }
  }
  KeyReader fraction(key);
  if (fraction.digits() && fraction.take("/") && fraction.digits() && fraction.done()) return true;
  KeyReader page(key);
  page.take("page");
  if (!page.digits()) return false;
  return page.done() || (page.take("of") && page.digits() && page.done());
}

// A browser's print stamp: "#/#/#, #:#…" or a file or web address.
bool prints_print_stamp(std::string_view key) {
  KeyReader date(key);
  if (date.digits() && date.take("/") && date.digits() && date.take("/") && date.digits() &&
      date.take(",") && date.digits() && date.take(":") && date.digits()) {
    return true;
  }
  KeyReader address(key);
  return address.take("file://") || address.take("http://") || address.take("https://");
}

bool prints_page_furniture(const std::string& key) {
  return prints_page_number(key) || prints_print_stamp(key);
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
