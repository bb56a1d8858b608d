#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extractors/ocr/image/lept_ptr.h"

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

// How Tesseract segments the rectangle it is given (its page segmentation modes 3, 6, 7, 8, 10,
// 13).
enum class Segmentation { kAuto, kBlock, kLine, kWord, kChar, kRawLine };

struct TessApiRelease {
  void operator()(tesseract::TessBaseAPI* api) const;
};

// One Tesseract LSTM recognizer for one language. Not thread-safe: one per worker thread.
// The model is loaded by the first read, so a page with nothing on it to read costs no model
// (tens of megabytes each); that read throws ExtractError("ocr_unavailable") when the model
// cannot be loaded.
class OcrEngine {
 public:
  explicit OcrEngine(std::string language = "chi_sim");

  // The image later reads address. Not owned: it must outlive the reads.
  void set_image(PIX* image, double dpi);
  // Recognizes the text inside `box` of the current image, word by word, in reading order.
  // `digits_only` restricts the alphabet to what a count or amount is printed with.
  std::vector<OcrWord> read(const PixelBox& box, Segmentation mode, bool digits_only = false);
  // Recognizes a whole small image (a cell cut out of the page); it becomes the current image.
  std::vector<OcrWord> read_image(PIX* image, double dpi, Segmentation mode,
                                  bool digits_only = false);

 private:
  tesseract::TessBaseAPI& loaded_api();

  std::string language_;
  std::unique_ptr<tesseract::TessBaseAPI, TessApiRelease> api_;
  PIX* image_ = nullptr;  // set but not yet handed to Tesseract
  double dpi_ = 0;
};

// The recognizers one worker needs: chi_sim for Chinese text, and eng for numbers, whose LSTM
// model reads an isolated digit far more reliably than chi_sim's (which turns a lone 4 into 入).
struct OcrEngines {
  OcrEngine chinese{"chi_sim"};
  OcrEngine latin{"eng"};
};

// A region of a grey page as an image of its own for reading: scaled by `scale` (small print
// reads better enlarged) and framed by white paper, which Tesseract's segmentation needs.
PixPtr cut_out(PIX* gray, const PixelBox& region, float scale);
// Width in pixels of the white frame cut_out adds at `scale`.
int cut_out_frame(float scale);

// Whether a space is printed between two neighbouring words of a line: never next to a CJK
// character (Chinese is written without them), and between Latin letters or digits only where
// the paper between the words is a space wide. Tesseract's chi_sim model splits a number such as
// 92 into two words set letter-spaced apart, which must not become "9 2".
bool space_between(const OcrWord& before, const OcrWord& after);

// The words' text, with spaces as space_between says.
std::string joined_text(const std::vector<OcrWord>& words);

// The lowest word confidence, 1 for no words.
double lowest_confidence(const std::vector<OcrWord>& words);

}  // namespace ogi
