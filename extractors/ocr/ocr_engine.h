#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extractors/ocr/lept_ptr.h"

namespace tesseract {
class TessBaseAPI;
}

namespace ogi {

struct OcrSymbol {
  std::string text;  // UTF-8, usually one code point
  PixelBox box;
};

struct OcrWord {
  std::string text;
  PixelBox box;
  double confidence = 0;  // [0, 1]
  int line = 0;           // index of the text line within one read
  std::vector<OcrSymbol> symbols;
};

// How Tesseract segments the rectangle it is given (its page segmentation modes 3, 6, 7, 8, 13).
enum class Segmentation { kAuto, kBlock, kLine, kWord, kRawLine };

struct TessApiRelease {
  void operator()(tesseract::TessBaseAPI* api) const;
};

// One Tesseract LSTM recognizer for Simplified Chinese. Not thread-safe: one per worker thread.
// Throws ExtractError("ocr_unavailable") when the chi_sim model cannot be loaded.
class OcrEngine {
 public:
  OcrEngine();

  // The image later reads address. Not owned: it must outlive the reads.
  void set_image(PIX* image, double dpi);
  // Recognizes the text inside `box` of the current image, word by word, in reading order.
  // `digits_only` restricts the alphabet to what a count or amount is printed with.
  std::vector<OcrWord> read(const PixelBox& box, Segmentation mode, bool digits_only = false);

 private:
  std::unique_ptr<tesseract::TessBaseAPI, TessApiRelease> api_;
};

// The words' text: no space between two CJK characters (Chinese is written without them), one
// space where Latin letters or digits of two words meet.
std::string joined_text(const std::vector<OcrWord>& words);

// The lowest word confidence, 1 for no words.
double lowest_confidence(const std::vector<OcrWord>& words);

}  // namespace ogi
