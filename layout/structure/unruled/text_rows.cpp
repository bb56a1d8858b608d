#include "layout/structure/unruled/text_rows.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "layout/labels/section_splitter.h"
#include "layout/structure/paged/text_segments.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// A label line joins the number line below it when it stands at most this far (em) above the row's
// next line: a wrapped label's lines follow each other at the line spacing.
constexpr double kMaxLineGapEm = 1.6;
// Label lines below a number line reach as far down as those above reach up, give or take this.
constexpr double kReachSlackEm = 0.25;
// A cell's lines share their centre (centred text), left or right edge within this (em).
constexpr double kAlignedEm = 0.3;

struct LineCells {
  std::vector<TextPiece> pieces;  // left to right
  double y = 0;                   // vertical centre
  double em = 0;
  int page = 0;
  int first_number = -1;  // index of the first number piece; -1 on a line without numbers
  bool closed = false;    // a section heading or a line of prose: no cell's text runs into it
};

LineCells line_cells(const PlacedLine& placed) {
  const GlyphLine& line = placed.line;
  LineCells cells{{}, line.box.center_y(), std::max(line.font_size, 1.0), placed.page, -1};
  for (const GlyphSegment& segment : line_segments(line, kCellGapEm)) {
    GlyphLine part;
    for (const Glyph& glyph : line.glyphs) {
      const double x = glyph.box.center_x();
      if (x < segment.x0 || x > segment.x1) continue;
      part.box = part.glyphs.empty() ? glyph.box : united(part.box, glyph.box);
      part.glyphs.push_back(glyph);
    }
    if (segment.number && cells.first_number < 0) {
      cells.first_number = static_cast<int>(cells.pieces.size());
    }
    cells.pieces.push_back({line_text(part), part.box, placed.page, segment.number});
  }
  const std::string text = normalize_text(line_text(line));
  cells.closed =
      text.find("。") != std::string::npos || !SectionHeadingMatcher().match(text).empty();
  if (cells.closed) cells.first_number = -1;  // numbers in a sentence are no table row
  return cells;
}

// Whether `line` prints only label text for the number line `numbers`: no number, and nothing
// as far right as its first number.
bool labels_for(const LineCells& line, const LineCells& numbers) {
  if (line.first_number >= 0) return false;
  const double values_start = numbers.pieces[numbers.first_number].box.x0;
  return std::all_of(line.pieces.begin(), line.pieces.end(),
                     [&](const TextPiece& piece) { return piece.box.x1 < values_start; });
}

// Groups lines into rows, one page at a time (see text_rows).
class RowGrouper {
 public:
  explicit RowGrouper(const std::vector<LineCells>& lines) : lines_(lines) {}

  void page(size_t begin, size_t end) {
    next_ = begin;
    end_ = end;
    previous_.reset();
    for (size_t i = begin; i < end; ++i) {
      if (lines_[i].first_number >= 0) number_line(i);
    }
    claim_below(end);
    while (next_ < end && continues_previous(next_)) rows_.back().last = next_++;
    for (size_t k = next_; k < end; ++k) add_row(k, k);
  }

  std::vector<TextRow> take() { return std::move(rows_); }

 private:
  void add_row(size_t first, size_t last) {
    TextRow row;
    row.first = first;
    row.last = last;
    rows_.push_back(std::move(row));
  }

  // Whether line `k` can hold label text of the number line `numbers`, the line before it in the
  // row standing `above`.
  bool label_line(size_t k, const LineCells& numbers, const LineCells& above) const {
    return labels_for(lines_[k], numbers) && !lines_[k].closed &&
           std::abs(lines_[k].y - above.y) <= kMaxLineGapEm * numbers.em;
  }

  // Whether line `k` continues the label of the row before it: a cell aligned to the top prints
  // its label's first line beside the numbers and the rest below.
  bool continues_previous(size_t k) const {
    return previous_ && label_line(k, lines_[*previous_], lines_[rows_.back().last]);
  }

  // The previous number line's label lines below it, mirroring those above, up to `end`.
  void claim_below(size_t end) {
    if (!previous_) return;
    const LineCells& numbers = lines_[*previous_];
    const double limit = numbers.y + reach_ + kReachSlackEm * numbers.em;
    while (next_ < end && lines_[next_].y <= limit && continues_previous(next_)) {
      rows_.back().last = next_++;
    }
  }

  // How far below number line `i` its label lines could reach.
  double room_below(size_t i) const {
    size_t k = i;
    while (k + 1 < end_ && label_line(k + 1, lines_[i], lines_[k])) ++k;
    return lines_[k].y - lines_[i].y + kReachSlackEm * lines_[i].em;
  }

  void number_line(size_t i) {
    claim_below(i);
    size_t top = i;
    while (top > next_ && label_line(top - 1, lines_[i], lines_[top])) --top;
    // Lines above that the row cannot balance below belong to the row before.
    const double room = room_below(i);
    while (top == next_ && top < i && lines_[i].y - lines_[top].y > room &&
           continues_previous(top)) {
      rows_.back().last = next_++;
      ++top;
    }
    for (size_t k = next_; k < top; ++k) add_row(k, k);
    add_row(top, i);
    reach_ = lines_[i].y - lines_[top].y;
    previous_ = i;
    next_ = i + 1;
  }

  const std::vector<LineCells>& lines_;
  std::vector<TextRow> rows_;
  size_t next_ = 0;
  size_t end_ = 0;
  std::optional<size_t> previous_;
  double reach_ = 0;
};

// A piece of a line, by index.
struct PieceRef {
  size_t line = 0;
  size_t piece = 0;
};

bool overlap(const TextPiece& a, const TextPiece& b) {
  return a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1;
}

bool aligned(const TextPiece& a, const TextPiece& b, double em) {
  const double tolerance = kAlignedEm * em;
  return std::abs(a.box.center_x() - b.box.center_x()) <= tolerance ||
         std::abs(a.box.x0 - b.box.x0) <= tolerance || std::abs(a.box.x1 - b.box.x1) <= tolerance;
}

// Label pieces grouped into cells: two pieces on nearby lines are one cell's lines when they are
// aligned alike (centred, left or right), and overlap each other and nothing else on the other's
// line (a header spanning several columns over their headers is not one of them, nor a caption
// centred over the table above a column's header).
class CellLinker {
 public:
  // `pieces` in line order.
  CellLinker(const std::vector<LineCells>& lines, std::vector<PieceRef> pieces)
      : lines_(lines), pieces_(std::move(pieces)), parent_(pieces_.size()) {
    for (size_t i = 0; i < parent_.size(); ++i) parent_[i] = i;
    for (size_t a = 0; a < pieces_.size(); ++a) {
      for (size_t b = a + 1; b < pieces_.size() && near(a, b); ++b) {
        if (linked(a, b)) parent_[root(a)] = root(b);
      }
    }
  }

  // The cells, each its pieces top to bottom, left to right by their leftmost piece.
  std::vector<std::vector<PieceRef>> cells() {
    std::vector<std::vector<PieceRef>> grouped(pieces_.size());
    for (size_t i = 0; i < pieces_.size(); ++i) grouped[root(i)].push_back(pieces_[i]);
    std::vector<std::vector<PieceRef>> out;
    for (std::vector<PieceRef>& cell : grouped) {
      if (!cell.empty()) out.push_back(std::move(cell));
    }
    std::sort(out.begin(), out.end(),
              [&](const auto& a, const auto& b) { return left(a) < left(b); });
    return out;
  }

  const TextPiece& piece(const PieceRef& ref) const { return lines_[ref.line].pieces[ref.piece]; }

 private:
  size_t root(size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }

  double left(const std::vector<PieceRef>& cell) const {
    double x = piece(cell.front()).box.x0;
    for (const PieceRef& ref : cell) x = std::min(x, piece(ref).box.x0);
    return x;
  }

  // How many pieces of `line` the piece overlaps.
  int overlaps_on(size_t line, const TextPiece& other) const {
    const auto first = std::lower_bound(pieces_.begin(), pieces_.end(), line,
                                        [](const PieceRef& ref, size_t l) { return ref.line < l; });
    int count = 0;
    for (auto ref = first; ref != pieces_.end() && ref->line == line; ++ref) {
      count += overlap(piece(*ref), other);
    }
    return count;
  }

  // Whether piece b's line is near enough below piece a's to hold the same cell.
  bool near(size_t a, size_t b) const {
    const LineCells& la = lines_[pieces_[a].line];
    const LineCells& lb = lines_[pieces_[b].line];
    return la.page == lb.page && lb.y - la.y <= kMaxLineGapEm * std::max(la.em, lb.em);
  }

  bool linked(size_t a, size_t b) const {
    const PieceRef& ra = pieces_[a];
    const PieceRef& rb = pieces_[b];
    const double em = std::max(lines_[ra.line].em, lines_[rb.line].em);
    return ra.line != rb.line && overlap(piece(ra), piece(rb)) &&
           aligned(piece(ra), piece(rb), em) && overlaps_on(rb.line, piece(ra)) == 1 &&
           overlaps_on(ra.line, piece(rb)) == 1;
  }

  const std::vector<LineCells>& lines_;
  std::vector<PieceRef> pieces_;
  std::vector<size_t> parent_;
};

// The label pieces of lines [first, last]: every piece but a number line's values.
std::vector<PieceRef> label_pieces(const std::vector<LineCells>& lines, size_t first, size_t last) {
  std::vector<PieceRef> refs;
  for (size_t k = first; k <= last; ++k) {
    const size_t end = lines[k].first_number >= 0 ? static_cast<size_t>(lines[k].first_number)
                                                  : lines[k].pieces.size();
    for (size_t j = 0; j < end; ++j) refs.push_back({k, j});
  }
  return refs;
}

void fill_row(const std::vector<LineCells>& lines, TextRow& row) {
  row.page = lines[row.first].page;
  for (size_t k = row.first; k <= row.last; ++k) {
    const LineCells& line = lines[k];
    if (line.first_number < 0) continue;
    for (size_t j = static_cast<size_t>(line.first_number); j < line.pieces.size(); ++j) {
      row.values.push_back(line.pieces[j]);
      row.numbers += line.pieces[j].number;
    }
  }
  CellLinker linker(lines, label_pieces(lines, row.first, row.last));
  for (std::vector<PieceRef>& cell : linker.cells()) {
    std::stable_sort(cell.begin(), cell.end(), [&](const PieceRef& a, const PieceRef& b) {
      return a.line < b.line || (a.line == b.line && a.piece < b.piece);
    });
    std::string text;
    Box box = linker.piece(cell.front()).box;
    for (const PieceRef& ref : cell) {
      text += linker.piece(ref).text;
      box = united(box, linker.piece(ref).box);
    }
    row.labels.push_back(std::move(text));
    row.label_boxes.push_back(box);
  }
}

// Whether the row is one line on its own that prints no number and is neither a heading nor prose:
// a caption or a line of column headers.
bool header_line(const std::vector<LineCells>& lines, const TextRow& row) {
  return row.first == row.last && lines[row.first].first_number < 0 && !lines[row.first].closed;
}

// Whether line `below` follows line `above` at the line spacing on the same page.
bool runs_on(const std::vector<LineCells>& lines, size_t above, size_t below) {
  return lines[above].page == lines[below].page &&
         lines[below].y - lines[above].y <= kMaxLineGapEm * lines[below].em;
}

// Header lines [first, last] as bands of rows: a header cell broken over lines is one cell, and
// cells whose lines interleave (centred headers of different heights) are one row.
void add_header_bands(const std::vector<LineCells>& lines, size_t first, size_t last,
                      std::vector<TextRow>& rows) {
  std::vector<size_t> reach(last + 1);  // the last line each line's cells reach down to
  for (size_t k = first; k <= last; ++k) reach[k] = k;
  CellLinker linker(lines, label_pieces(lines, first, last));
  for (const std::vector<PieceRef>& cell : linker.cells()) {
    size_t top = cell.front().line;
    size_t bottom = top;
    for (const PieceRef& ref : cell) {
      top = std::min(top, ref.line);
      bottom = std::max(bottom, ref.line);
    }
    reach[top] = std::max(reach[top], bottom);
  }
  size_t begin = first;
  while (begin <= last) {
    size_t end = begin;
    for (size_t k = begin; k <= end; ++k) end = std::max(end, reach[k]);
    TextRow row;
    row.first = begin;
    row.last = end;
    rows.push_back(std::move(row));
    begin = end + 1;
  }
}

// Runs of header lines regrouped into bands.
std::vector<TextRow> with_header_bands(const std::vector<LineCells>& lines,
                                       std::vector<TextRow> rows) {
  std::vector<TextRow> out;
  size_t i = 0;
  while (i < rows.size()) {
    if (!header_line(lines, rows[i])) {
      out.push_back(std::move(rows[i++]));
      continue;
    }
    size_t j = i + 1;
    while (j < rows.size() && header_line(lines, rows[j]) &&
           runs_on(lines, rows[j - 1].first, rows[j].first)) {
      ++j;
    }
    add_header_bands(lines, rows[i].first, rows[j - 1].first, out);
    i = j;
  }
  return out;
}

}  // namespace

std::vector<TextRow> text_rows(const std::vector<PlacedLine>& lines) {
  std::vector<LineCells> cells;
  for (const PlacedLine& line : lines) cells.push_back(line_cells(line));
  RowGrouper grouper(cells);
  size_t begin = 0;
  while (begin < cells.size()) {
    size_t end = begin + 1;
    while (end < cells.size() && cells[end].page == cells[begin].page) ++end;
    grouper.page(begin, end);
    begin = end;
  }
  std::vector<TextRow> rows = with_header_bands(cells, grouper.take());
  for (TextRow& row : rows) fill_row(cells, row);
  return rows;
}

}  // namespace ogi
