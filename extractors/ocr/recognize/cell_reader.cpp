#include "extractors/ocr/recognize/cell_reader.h"

#include <algorithm>

#include "extractors/ocr/image/glyph_holes.h"
#include "extractors/ocr/image/ink_lines.h"
#include "extractors/ocr/recognize/number_vote.h"
#include "extractors/ocr/recognize/ocr_text_fixes.h"
#include "extractors/ocr/recognize/stacked_text.h"
#include "model/report.h"  // kConfidentReading

namespace ogi {
namespace {

// Margin of paper kept around the ink (inches), inside the cell.
constexpr double kPad = 0.03;
// Ink no taller than this (inches) is one line of print up to about 14 pt.
constexpr double kSingleLine = 0.2;
// A first reading longer than this (code points) that is not a number is a label: no number
// printed in a cell misreads as three or more characters of Chinese.
constexpr size_t kShortReading = 3;
// A stack's glyphs are at least this tall relative to its width.
constexpr double kMinGlyphSquareness = 0.7;
// A stack read side by side with less confidence than this is read as a block too.
constexpr double kUnsureStack = 0.5;

// The recognizers that vote on a number, in the order they are asked until two agree: different
// models (chi_sim, eng), scales and alphabets, so that they rarely share a mistake.
struct NumberReader {
  bool chinese;
  float scale;
  bool digits_only;
  Segmentation mode;
};
constexpr NumberReader kConfirmingReaders[] = {
    {false, 1.5f, false, Segmentation::kLine}, {true, 1.0f, true, Segmentation::kLine},
    {false, 1.0f, true, Segmentation::kLine},  {false, 1.0f, false, Segmentation::kLine},
    {false, 2.0f, true, Segmentation::kWord},  {true, 1.5f, true, Segmentation::kWord}};

// The recognizers of a second reading, asked on every image of RereadImages: larger scales and
// the raw-line and single-word modes, which segment a cell differently from the first reading.
constexpr NumberReader kRereaders[] = {{false, 2.0f, true, Segmentation::kLine},
                                       {false, 3.0f, true, Segmentation::kRawLine},
                                       {true, 2.0f, true, Segmentation::kLine},
                                       {false, 1.5f, false, Segmentation::kWord}};

std::string without_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

std::vector<OcrWord> read_scaled(OcrEngine& engine, const CellImages& images,
                                 const PixelBox& region, float scale, Segmentation mode,
                                 bool digits_only) {
  const PixPtr image = cut_out(images.gray, region, scale);
  if (!image) return {};
  return engine.read_image(image.get(), images.dpi * scale, mode, digits_only);
}

// Word boxes of a cut-out at scale 1 back in page pixels.
void to_page(std::vector<OcrWord>& words, const PixelBox& region, int frame) {
  const auto shift = [&](PixelBox& box) {
    box = {box.x0 + region.x0 - frame, box.y0 + region.y0 - frame, box.x1 + region.x0 - frame,
           box.y1 + region.y0 - frame};
  };
  for (OcrWord& word : words) {
    shift(word.box);
    for (OcrSymbol& symbol : word.symbols) shift(symbol.box);
  }
}

size_t code_points(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// A lone digit the recognizers disagree on is the one of their readings whose holes the glyph
// closes (glyph_holes.h), when exactly one reading fits and another does not; still doubted.
void settle_by_holes(const NumberVote& vote, const CellImages& images, const PixelBox& region,
                     CellReading& reading) {
  if (reading.confidence >= kConfidentReading) return;
  const std::optional<GlyphHoles> holes =
      glyph_holes(images.ink, ink_box(images.ink, region, images.dpi), images.dpi);
  if (!holes) return;
  std::string fitting;
  int fits = 0;
  int misfits = 0;
  for (const NumberReading& candidate : vote.readings()) {
    // A reading of more than one glyph ("-7" beside "7") is not a lone digit's question.
    if (candidate.number.size() != 1) return;
    const std::optional<bool> fit = digit_fits_holes(candidate.number[0], *holes);
    if (!fit) continue;
    if (*fit) {
      fitting = candidate.number;
      ++fits;
    } else {
      ++misfits;
    }
  }
  if (fits != 1 || misfits == 0) return;
  reading.text = fitting;
  reading.confidence = kShapeDigit;
}

// Continues the vote a first Chinese reading opened. A first reading that is no number counts
// as a number only when a Latin reading sees one too (a lone 4 that chi_sim calls 入), or, when
// chi_sim read nothing at all, when two other readers agree on one.
bool read_number(OcrEngines& engines, const CellImages& images, const PixelBox& region,
                 const std::vector<OcrWord>& first, CellReading& reading) {
  const std::string first_text = without_spaces(joined_text(first));
  const bool number_first = as_number(first_text, true).has_value();
  if (!number_first && code_points(first_text) > kShortReading) return false;
  NumberVote vote;
  vote.add(first_text, lowest_confidence(first));
  for (size_t i = 0; i < std::size(kConfirmingReaders); ++i) {
    const NumberReader& reader = kConfirmingReaders[i];
    OcrEngine& engine = reader.chinese ? engines.chinese : engines.latin;
    const std::vector<OcrWord> words =
        read_scaled(engine, images, region, reader.scale, reader.mode, reader.digits_only);
    const std::string text = joined_text(words);
    if (i == 0 && !number_first && !first_text.empty() && !as_number(text, true)) return false;
    vote.add(text, lowest_confidence(words));
    if (vote.settled()) break;
  }
  if (vote.empty() || (!number_first && vote.winner_votes() < 2)) return false;
  reading.value = true;
  reading.text = vote.winner();
  reading.confidence = vote.confidence();
  settle_by_holes(vote, images, region, reading);
  return true;
}

// A reading no two recognizers agreed on, of a short first reading (a bar, a letter, nothing),
// is a 1 when the marks have a 1's shape; it keeps kShapeOne.
bool read_lone_one(const CellImages& images, const PixelBox& region, const PixelBox& cell,
                   const std::vector<OcrWord>& first, CellReading& reading) {
  if (code_points(without_spaces(joined_text(first))) > kShortReading ||
      !lone_stroke(images.ink, region, cell, images.dpi)) {
    return false;
  }
  reading.value = true;
  reading.text = "1";
  reading.confidence = kShapeOne;
  return true;
}

std::vector<OcrWord> read_unwrapped(OcrEngine& engine, const CellImages& images,
                                    const PixelBox& ink);

void set_text(const std::vector<OcrWord>& words, CellReading& reading) {
  reading.text = fix_enumeration_brackets(joined_text(words));
  reading.confidence = words.empty() ? 0 : lowest_confidence(words);
}

// Whether the glyphs split from a stack are about square: a label two glyphs wide and wrapped
// (社会/公益/组织) splits into lines half as tall as wide, and reads better line by line.
bool square_glyphs(const std::vector<PixelBox>& glyphs, int width) {
  if (glyphs.empty()) return false;
  std::vector<int> heights;
  for (const PixelBox& glyph : glyphs) heights.push_back(glyph.height());
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  return heights[heights.size() / 2] >= kMinGlyphSquareness * width;
}

// A stack read every way it can be split; when no split reads with some confidence, the cell is
// read line by line too (a label two glyphs wide, 本年/度办/理结, looks like a stack).
bool read_stack(OcrEngine& engine, const CellImages& images, CellReading& reading) {
  if (!is_stacked(reading.ink, images.dpi)) return false;
  if (!square_glyphs(ink_lines(images.ink, reading.ink), reading.ink.width())) return false;
  const std::vector<std::vector<PixelBox>> splits = stacked_splits(images.ink, reading.ink);
  std::vector<OcrWord> best;
  double best_confidence = -1;
  const auto consider = [&](std::vector<OcrWord> words) {
    const double confidence = words.empty() ? 0 : lowest_confidence(words);
    if (confidence <= best_confidence) return;
    best = std::move(words);
    best_confidence = confidence;
  };
  for (const std::vector<PixelBox>& glyphs : splits) {
    const PixPtr line = side_by_side(images.gray, glyphs, images.dpi);
    if (glyphs.size() >= 2 && line) {
      consider(words_in_place(engine.read_image(line.get(), images.dpi, Segmentation::kLine),
                              glyphs, images.dpi));
    }
  }
  if (best_confidence < kUnsureStack) consider(read_unwrapped(engine, images, reading.ink));
  set_text(best, reading);
  reading.words = std::move(best);
  return true;
}

// A label of several lines, unwrapped: its lines laid side by side and read as the one line
// they are. Read line by line, the last line of a wrapped label (a lone 开) is often lost, and a
// line read without its neighbours loses the model's context.
std::vector<OcrWord> read_unwrapped(OcrEngine& engine, const CellImages& images,
                                    const PixelBox& ink) {
  std::vector<PixelBox> lines;
  for (const PixelBox& band : ink_lines(images.ink, ink)) {
    const PixelBox printed = ink_box(images.ink, band, images.dpi);
    if (!printed.empty()) lines.push_back(printed);
  }
  const PixPtr line = side_by_side(images.gray, lines, images.dpi);
  if (!line) return {};
  return words_in_place(engine.read_image(line.get(), images.dpi, Segmentation::kLine), lines,
                        images.dpi);
}

// A cell without print but with marks: a 1 broken up by a threshold, or noise. Read as a number
// if the recognizers (or the shape of a 1) see one there, with a confidence that stays below 0.9;
// else an unsure blank.
void read_marks(OcrEngines& engines, const CellImages& images, const PixelBox& cell,
                const PixelBox& marks, CellReading& reading) {
  reading.ink = marks;
  const PixelBox region = reading_region(marks, cell, images.dpi);
  const std::vector<OcrWord> words =
      read_scaled(engines.chinese, images, region, 1.0f, Segmentation::kLine, false);
  if (read_number(engines, images, region, words, reading) ||
      read_lone_one(images, region, cell, words, reading)) {
    reading.confidence = std::min(reading.confidence, kShapeOne);
    return;
  }
  reading.text.clear();
  reading.confidence = kUnsureBlank;
}

}  // namespace

PixelBox reading_region(const PixelBox& ink, const PixelBox& cell, double dpi) {
  const int pad = to_pixels(kPad, dpi);
  return {std::max(cell.x0, ink.x0 - pad), std::max(cell.y0, ink.y0 - pad),
          std::min(cell.x1, ink.x1 + pad), std::min(cell.y1, ink.y1 + pad)};
}

namespace {

CellReading read_cell_from(OcrEngines& engines, const CellImages& images, const PixelBox& cell) {
  CellReading reading;
  reading.area = cell;
  const PrintInk print = find_print(images.ink, cell, images.dpi);
  reading.ink = print.box;
  if (reading.ink.empty()) {
    if (print.stray > 0) read_marks(engines, images, cell, print.stray_box, reading);
    return reading;
  }
  if (reading.ink.height() > to_pixels(kSingleLine, images.dpi)) {
    if (!read_stack(engines.chinese, images, reading)) {
      std::vector<OcrWord> words = read_unwrapped(engines.chinese, images, reading.ink);
      set_text(words, reading);
      reading.words = std::move(words);
    }
    return reading;
  }
  const PixelBox region = reading_region(reading.ink, cell, images.dpi);
  std::vector<OcrWord> words =
      read_scaled(engines.chinese, images, region, 1.0f, Segmentation::kLine, false);
  if (read_number(engines, images, region, words, reading) ||
      read_lone_one(images, region, cell, words, reading)) {
    return reading;
  }
  to_page(words, region, cut_out_frame(1.0f));
  set_text(words, reading);
  reading.words = std::move(words);
  return reading;
}

// Whether the reading is a short one the other image may read better: no number, or a number
// the recognizers did not agree on.
bool worth_second_look(const CellReading& reading) {
  if (reading.ink.empty() || reading.confidence >= kConfidentReading) return false;
  return reading.value || code_points(without_spaces(reading.text)) <= kShortReading;
}

}  // namespace

CellReading read_cell(OcrEngines& engines, const CellImages& images, const PixelBox& cell) {
  CellReading first = read_cell_from(engines, images, cell);
  if (!images.print_on_white || !worth_second_look(first)) return first;
  CellImages clean = images;
  clean.gray = images.print_on_white;
  CellReading second = read_cell_from(engines, clean, cell);
  const double first_score = first.value ? first.confidence : 0;
  return second.value && second.confidence > first_score ? second : first;
}

std::vector<NumberReading> reread_number(OcrEngines& engines, const RereadImages& images,
                                         const PixelBox& cell) {
  const CellImages& first = images.first;
  const PixelBox ink = ink_box(first.ink, cell, first.dpi);
  if (ink.empty()) return {};
  const PixelBox region = reading_region(ink, cell, first.dpi);
  NumberVote vote;
  for (PIX* image :
       {first.gray, images.global_threshold, images.local_threshold, first.print_on_white}) {
    if (!image) continue;
    const CellImages source{image, first.ink, first.dpi};
    for (const NumberReader& reader : kRereaders) {
      OcrEngine& engine = reader.chinese ? engines.chinese : engines.latin;
      const std::vector<OcrWord> words =
          read_scaled(engine, source, region, reader.scale, reader.mode, reader.digits_only);
      vote.add(without_spaces(joined_text(words)), lowest_confidence(words));
    }
  }
  return vote.readings();
}

}  // namespace ogi
