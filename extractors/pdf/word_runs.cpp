#include "extractors/pdf/word_runs.h"

#include <string>

#include "model/utf8.h"

namespace ogi {
namespace {

TextRun run_of_word(const TextWord& word, int page_index) {
  TextRun run;
  run.page = page_index;
  run.font_size = word.getFontSize();
  word.getBBox(&run.box.x0, &run.box.y0, &run.box.x1, &run.box.y1);
  std::u32string text;
  text.reserve(word.getLength());
  run.char_boxes.reserve(word.getLength());
  for (int i = 0; i < word.getLength(); ++i) {
    text.push_back(static_cast<char32_t>(*word.getChar(i)));
    Box box;
    word.getCharBBox(i, &box.x0, &box.y0, &box.x1, &box.y1);
    run.char_boxes.push_back(box);
  }
  run.text = u32_to_utf8(text);
  return run;
}

}  // namespace

std::vector<TextRun> word_runs(TextWordList& words, int page_index) {
  std::vector<TextRun> runs;
  runs.reserve(words.getLength());
  for (int i = 0; i < words.getLength(); ++i) {
    runs.push_back(run_of_word(*words.get(i), page_index));
    runs.back().reading_order = i;
  }
  return runs;
}

}  // namespace ogi
