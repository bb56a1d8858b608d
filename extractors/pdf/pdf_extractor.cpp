#include "extractors/pdf/pdf_extractor.h"

#include <GlobalParams.h>

#include <utility>

#include "extractors/pdf/overdrawn_glyphs.h"
#include "extractors/pdf/page_capture.h"
#include "extractors/pdf/pdf_open.h"
#include "extractors/pdf/word_runs.h"

namespace ogi {
namespace {

constexpr double kPointsPerInch = 72;

// Poppler reports damage it repairs on stderr; what matters reaches the record as ExtractError
// or a document issue instead.
void ignore_poppler_error(ErrorCategory, Goffset, const char*) {}

Page read_page(PDFDoc& pdf, int page_index) {
  const int number = page_index + 1;
  Page page;
  page.number = number;
  page.rotation = pdf.getPageRotate(number);
  page.width = pdf.getPageCropWidth(number);
  page.height = pdf.getPageCropHeight(number);
  // Coordinates are those of the page as displayed, so a /Rotate 90 page is read upright.
  if (page.rotation == 90 || page.rotation == 270) std::swap(page.width, page.height);
  PageCapture capture(page_index);
  pdf.displayPage(&capture, number, kPointsPerInch, kPointsPerInch, /*rotate=*/0,
                  /*useMediaBox=*/false, /*crop=*/true, /*printing=*/false);
  page.rulings = capture.take_rulings();
  const TextPagePtr text = capture.take_text_page();
  page.runs = word_runs(*text, page_index);
  drop_overdrawn_glyphs(page.runs);
  return page;
}

}  // namespace

Document extract_pdf(const std::string& path) {
  const GlobalParamsIniter poppler_globals(ignore_poppler_error);
  const std::unique_ptr<PDFDoc> pdf = open_pdf(path);
  Document document;
  document.format = "pdf";
  const int page_count = pdf->getNumPages();
  document.pages.reserve(page_count);
  for (int index = 0; index < page_count; ++index) document.pages.push_back(read_page(*pdf, index));
  if (pdf_looks_truncated(path)) {
    document.issues.push_back(
        {"truncated", "the PDF file ends before its trailer; pages were read as far as they go"});
  }
  return document;
}

}  // namespace ogi
