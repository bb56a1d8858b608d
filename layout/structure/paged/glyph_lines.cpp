#include "layout/structure/paged/glyph_lines.h"

#include <algorithm>
#include <cmath>

#include "model/printed_table.h"
#include "model/utf8.h"

namespace ogi {
namespace {

constexpr double kSpaceGapEm = 0.15;

void append_run(const TextRun& run, std::vector<Glyph>& glyphs) {
  const std::u32string text = utf8_to_u32(run.text);
  const bool boxed = run.char_boxes.size() == text.size();
  const double step = text.empty() ? 0 : run.box.width() / static_cast<double>(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    Glyph glyph;
    glyph.code_point = text[i];
    glyph.box =
        boxed ? run.char_boxes[i]
              : Box{run.box.x0 + step * i, run.box.y0, run.box.x0 + step * (i + 1), run.box.y1};
    glyph.font_size = run.font_size > 0 ? run.font_size : glyph.box.height();
    glyph.confidence = run.confidence;
    glyphs.push_back(glyph);
  }
}

void add_to_line(GlyphLine& line, const Glyph& glyph) {
  line.box = line.glyphs.empty() ? glyph.box : united(line.box, glyph.box);
  line.font_size = std::max(line.font_size, glyph.font_size);
  line.confidence = std::min(line.confidence, glyph.confidence);
  line.glyphs.push_back(glyph);
}

bool joins(const GlyphLine& line, const Glyph& glyph) {
  const double height = std::max(line.box.height(), glyph.box.height());
  return std::fabs(line.box.center_y() - glyph.box.center_y()) <= kSameLineFraction * height;
}

}  // namespace

std::vector<Glyph> page_glyphs(const Page& page) {
  std::vector<Glyph> glyphs;
  for (const TextRun& run : page.runs) append_run(run, glyphs);
  return glyphs;
}

std::vector<GlyphLine> group_lines(std::vector<Glyph> glyphs) {
  std::sort(glyphs.begin(), glyphs.end(),
            [](const Glyph& a, const Glyph& b) { return a.box.center_y() < b.box.center_y(); });
  std::vector<GlyphLine> lines;
  for (const Glyph& glyph : glyphs) {
    if (lines.empty() || !joins(lines.back(), glyph)) lines.emplace_back();
    add_to_line(lines.back(), glyph);
  }
  for (GlyphLine& line : lines) {
    std::stable_sort(line.glyphs.begin(), line.glyphs.end(),
                     [](const Glyph& a, const Glyph& b) { return a.box.x0 < b.box.x0; });
  }
  return lines;
}

std::string line_text(const GlyphLine& line) {
  std::u32string text;
  for (size_t i = 0; i < line.glyphs.size(); ++i) {
    const Glyph& glyph = line.glyphs[i];
    if (i > 0) {
      const double gap = glyph.box.x0 - line.glyphs[i - 1].box.x1;
      if (gap > kSpaceGapEm * std::max(glyph.font_size, 1.0)) text.push_back(U' ');
    }
    text.push_back(glyph.code_point);
  }
  return u32_to_utf8(text);
}

std::string lines_text(const std::vector<GlyphLine>& lines) {
  std::string text;
  for (const GlyphLine& line : lines) {
    if (!text.empty()) text.push_back('\n');
    text += line_text(line);
  }
  return text;
}

double value_glyph_size(const std::vector<Glyph>& glyphs) {
  std::vector<double> sizes;
  std::vector<double> digit_sizes;
  for (const Glyph& glyph : glyphs) {
    sizes.push_back(glyph.font_size);
    if (glyph.code_point >= U'0' && glyph.code_point <= U'9')
      digit_sizes.push_back(glyph.font_size);
  }
  if (!digit_sizes.empty()) sizes = std::move(digit_sizes);
  if (sizes.empty()) return 0;
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  return sizes[sizes.size() / 2];
}

}  // namespace ogi
