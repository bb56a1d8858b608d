#include "extractors/pdf/page_triage.h"

#include "model/utf8.h"

namespace ogi {
namespace {

// Fewer printed characters than this is no text layer: a scan may carry a page number or a
// stamp's text, never a report's paragraphs.
constexpr int kMinCharacters = 10;
// From this share of garbage on, the text layer is not the page's text.
constexpr double kMaxGarbageShare = 0.3;

bool is_garbage(char32_t c) {
  const bool private_use = (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
  const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0);
  // Latin-1 letters stand in for CJK glyphs when a font's codes are read as WinAnsi.
  const bool latin1 = c >= 0xA0 && c <= 0xFF;
  return private_use || control || latin1 || c == 0xFFFD;
}

}  // namespace

bool needs_ocr(const Page& page) {
  int characters = 0;
  int garbage = 0;
  for (const TextRun& run : page.runs) {
    for (char32_t c : utf8_to_u32(run.text)) {
      if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') continue;
      ++characters;
      garbage += is_garbage(c);
    }
  }
  if (characters < kMinCharacters) return true;
  return garbage >= kMaxGarbageShare * characters;
}

}  // namespace ogi
