#include "extractors/ocr/recognize/page_text.h"

#include <algorithm>
#include <map>

#include "extractors/ocr/recognize/cell_reader.h"
#include "extractors/ocr/recognize/ocr_text_fixes.h"
#include "model/utf8.h"

namespace ogi {
namespace {

Box to_points(const PixelBox& box, double scale) {
  return {box.x0 * scale, box.y0 * scale, box.x1 * scale, box.y1 * scale};
}

// Recognized glyph boxes hug the ink; a text layer's boxes span each glyph's advance. Closing
// the gap between two glyphs of one word makes them alike, so layout does not see a space between
// the ink of a narrow 1 and its neighbour ("3 1" for 31).
void close_gap(Box& left, Box& right) {
  if (right.x0 <= left.x1) return;
  const double middle = (left.x1 + right.x0) / 2;
  left.x1 = middle;
  right.x0 = middle;
}

// Character boxes of one word: its symbols' when they match its characters one to one.
std::vector<Box> word_char_boxes(const OcrWord& word, size_t characters, double scale) {
  std::vector<Box> boxes;
  bool matched = word.symbols.size() == characters;
  for (const OcrSymbol& symbol : word.symbols) {
    matched = matched && utf8_to_u32(symbol.text).size() == 1;
  }
  if (matched) {
    for (const OcrSymbol& symbol : word.symbols) boxes.push_back(to_points(symbol.box, scale));
    for (size_t i = 1; i < boxes.size(); ++i) close_gap(boxes[i - 1], boxes[i]);
    return boxes;
  }
  const Box whole = to_points(word.box, scale);
  const double step = characters == 0 ? 0 : whole.width() / static_cast<double>(characters);
  for (size_t i = 0; i < characters; ++i) {
    boxes.push_back({whole.x0 + step * i, whole.y0, whole.x0 + step * (i + 1), whole.y1});
  }
  return boxes;
}

TextRun line_run(const std::vector<const OcrWord*>& words, double scale, int page_index) {
  TextRun run;
  run.page = page_index;
  std::u32string text;
  const OcrWord* previous = nullptr;
  for (const OcrWord* word : words) {
    const std::u32string part = utf8_to_u32(word->text);
    if (part.empty()) continue;
    const Box box = to_points(word->box, scale);
    if (previous && space_between(*previous, *word)) {
      const Box& last_glyph = run.char_boxes.back();
      text.push_back(U' ');
      run.char_boxes.push_back({last_glyph.x1, box.y0, std::max(last_glyph.x1, box.x0), box.y1});
    }
    const bool joined = previous && text.back() != U' ';
    const size_t first_glyph = run.char_boxes.size();
    text += part;
    for (const Box& glyph : word_char_boxes(*word, part.size(), scale)) {
      run.char_boxes.push_back(glyph);
    }
    if (joined && first_glyph > 0 && first_glyph < run.char_boxes.size()) {
      close_gap(run.char_boxes[first_glyph - 1], run.char_boxes[first_glyph]);
    }
    run.box = previous ? united(run.box, box) : box;
    previous = word;
    run.confidence = std::min(run.confidence, word->confidence);
  }
  run.text = fix_enumeration_brackets(u32_to_utf8(text));
  return run;
}

}  // namespace

std::vector<TextRun> line_runs(const std::vector<OcrWord>& words, double points_per_pixel,
                               int page_index) {
  std::map<int, std::vector<const OcrWord*>> lines;
  for (const OcrWord& word : words) lines[word.line].push_back(&word);
  std::vector<TextRun> runs;
  for (const auto& [index, line] : lines) {
    TextRun run = line_run(line, points_per_pixel, page_index);
    if (!run.text.empty()) runs.push_back(std::move(run));
  }
  return runs;
}

std::vector<TextRun> read_page_text(OcrEngine& engine, PIX* image, PIX* ink,
                                    const std::vector<TableCellAreas>& tables,
                                    const PreparedPage& page, int page_index) {
  const PixPtr text_image(pixCopy(nullptr, image));
  const PixPtr text_ink(pixCopy(nullptr, ink));
  for (const TableCellAreas& table : tables) {
    const LeptBoxPtr area = lept_box(table.bounds);
    pixSetInRectArbitrary(text_image.get(), area.get(), 255);
    pixClearInRect(text_ink.get(), area.get());
  }
  const PixelBox whole{0, 0, static_cast<int>(pixGetWidth(ink)),
                       static_cast<int>(pixGetHeight(ink))};
  const PixelBox printed = ink_box(text_ink.get(), whole, page.dpi);
  if (printed.empty()) return {};
  engine.set_image(text_image.get(), page.dpi);
  return line_runs(engine.read(printed, Segmentation::kAuto), page.points_per_pixel(), page_index);
}

}  // namespace ogi
