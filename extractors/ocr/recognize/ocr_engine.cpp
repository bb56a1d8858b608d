#include "extractors/ocr/recognize/ocr_engine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <mutex>
#include <utility>

#include "extractors/extract_error.h"
#include "model/utf8.h"

namespace ogi {
namespace {

constexpr const char* kDigits = "0123456789.-+";
// White frame around a cut-out, in pixels of the page (about 0.07 in at 300 dpi).
constexpr int kFrame = 20;

tesseract::PageSegMode page_seg_mode(Segmentation mode) {
  switch (mode) {
    case Segmentation::kAuto:
      return tesseract::PSM_AUTO;
    case Segmentation::kBlock:
      return tesseract::PSM_SINGLE_BLOCK;
    case Segmentation::kLine:
      return tesseract::PSM_SINGLE_LINE;
    case Segmentation::kWord:
      return tesseract::PSM_SINGLE_WORD;
    case Segmentation::kChar:
      return tesseract::PSM_SINGLE_CHAR;
    case Segmentation::kRawLine:
      return tesseract::PSM_RAW_LINE;
  }
  return tesseract::PSM_SINGLE_BLOCK;
}

std::string take_text(char* text) {
  const std::unique_ptr<char[]> owned(text);
  return owned ? std::string(owned.get()) : std::string();
}

PixelBox box_at(const tesseract::PageIterator& it, tesseract::PageIteratorLevel level) {
  PixelBox box;
  it.BoundingBox(level, &box.x0, &box.y0, &box.x1, &box.y1);
  return box;
}

std::vector<OcrWord> collect_words(tesseract::ResultIterator& it) {
  std::vector<OcrWord> words;
  int line = -1;
  do {
    if (it.Empty(tesseract::RIL_SYMBOL)) continue;
    if (it.IsAtBeginningOf(tesseract::RIL_TEXTLINE)) ++line;
    if (it.IsAtBeginningOf(tesseract::RIL_WORD) || words.empty()) {
      OcrWord word;
      word.text = take_text(it.GetUTF8Text(tesseract::RIL_WORD));
      word.box = box_at(it, tesseract::RIL_WORD);
      word.confidence = std::clamp(it.Confidence(tesseract::RIL_WORD) / 100.0, 0.0, 1.0);
      word.line = std::max(line, 0);
      words.push_back(std::move(word));
    }
    words.back().symbols.push_back(
        {take_text(it.GetUTF8Text(tesseract::RIL_SYMBOL)), box_at(it, tesseract::RIL_SYMBOL)});
  } while (it.Next(tesseract::RIL_SYMBOL));
  return words;
}

// The narrowest gap between two words that is a space, relative to the text height: a space is
// about a quarter of an em, the gap between two letters of one word a tenth or less. Between two
// digits the bar is higher: a narrow digit (1) sits in a half-width cell with wide side bearings,
// and Chinese text never separates two numbers by a bare space.
constexpr double kSpaceWidth = 0.3;
constexpr double kDigitSpaceWidth = 0.6;

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFFEF);
}

// debug_file is one of Tesseract's process-wide variables: engines starting on several threads
// at once would write it at the same time (ThreadSanitizer shows the race).
void silence_diagnostics(tesseract::TessBaseAPI& api) {
  static std::mutex process_wide;
  const std::lock_guard<std::mutex> lock(process_wide);
  api.SetVariable("debug_file", "/dev/null");
}

}  // namespace

void TessApiRelease::operator()(tesseract::TessBaseAPI* api) const {
  api->End();
  delete api;
}

OcrEngine::OcrEngine(std::string language) : language_(std::move(language)) {}

tesseract::TessBaseAPI& OcrEngine::loaded_api() {
  if (!api_) {
    std::unique_ptr<tesseract::TessBaseAPI, TessApiRelease> api(new tesseract::TessBaseAPI);
    // Tesseract's diagnostics ("Empty page!!", resolution warnings) are not ours to print.
    silence_diagnostics(*api);
    if (api->Init(nullptr, language_.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
      throw ExtractError("ocr_unavailable",
                         "the Tesseract model \"" + language_ + "\" cannot be loaded");
    }
    silence_diagnostics(*api);
    api_ = std::move(api);
  }
  if (image_) {
    api_->SetImage(image_);
    api_->SetSourceResolution(static_cast<int>(dpi_));
    image_ = nullptr;
  }
  return *api_;
}

void OcrEngine::set_image(PIX* image, double dpi) {
  image_ = image;
  dpi_ = dpi;
}

std::vector<OcrWord> OcrEngine::read(const PixelBox& box, Segmentation mode, bool digits_only) {
  tesseract::TessBaseAPI& api = loaded_api();
  api.SetPageSegMode(page_seg_mode(mode));
  api.SetVariable("tessedit_char_whitelist", digits_only ? kDigits : "");
  api.SetRectangle(box.x0, box.y0, box.width(), box.height());
  std::vector<OcrWord> words;
  if (api.Recognize(nullptr) == 0) {
    const std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) words = collect_words(*it);
  }
  return words;
}

std::vector<OcrWord> OcrEngine::read_image(PIX* image, double dpi, Segmentation mode,
                                           bool digits_only) {
  set_image(image, dpi);
  return read({0, 0, static_cast<int>(pixGetWidth(image)), static_cast<int>(pixGetHeight(image))},
              mode, digits_only);
}

PixPtr cut_out(PIX* gray, const PixelBox& region, float scale) {
  const LeptBoxPtr clip = lept_box(region);
  PixPtr image(pixClipRectangle(gray, clip.get(), nullptr));
  if (!image) return image;
  if (scale != 1.0f) image.reset(pixScaleGrayLI(image.get(), scale, scale));
  return PixPtr(pixAddBorder(image.get(), cut_out_frame(scale), 255));
}

int cut_out_frame(float scale) { return static_cast<int>(kFrame * scale); }

bool space_between(const OcrWord& before, const OcrWord& after) {
  const std::u32string left = utf8_to_u32(before.text);
  const std::u32string right = utf8_to_u32(after.text);
  if (left.empty() || right.empty() || is_cjk(left.back()) || is_cjk(right.front())) return false;
  const int height = std::max(before.box.height(), after.box.height());
  const int gap = after.box.x0 - before.box.x1;
  const bool digits = is_ascii_digit(left.back()) && is_ascii_digit(right.front());
  return gap >= (digits ? kDigitSpaceWidth : kSpaceWidth) * height;
}

std::string joined_text(const std::vector<OcrWord>& words) {
  std::string text;
  const OcrWord* previous = nullptr;
  for (const OcrWord& word : words) {
    if (word.text.empty()) continue;
    if (previous && space_between(*previous, word)) text.push_back(' ');
    text += word.text;
    previous = &word;
  }
  return text;
}

double lowest_confidence(const std::vector<OcrWord>& words) {
  double lowest = 1;
  for (const OcrWord& word : words) lowest = std::min(lowest, word.confidence);
  return lowest;
}

}  // namespace ogi
