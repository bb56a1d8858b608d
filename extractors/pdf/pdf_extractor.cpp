#include "extractors/pdf/pdf_extractor.h"

#include <algorithm>
#include <utility>

#include "extractors/common/pdf_content_budget.h"
#include "extractors/common/pdf_open.h"
#include "extractors/common/poppler_messages.h"
#include "extractors/pdf/overdrawn_glyphs.h"
#include "extractors/pdf/page_capture.h"
#include "extractors/pdf/page_turn.h"
#include "extractors/pdf/word_runs.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

constexpr double kPointsPerInch = 72;

Page read_page(PDFDoc& pdf, int page_index, ContentBudget& budget) {
  const int number = page_index + 1;
  Page page;
  page.number = number;
  page.rotation = pdf.getPageRotate(number);
  page.width = pdf.getPageCropWidth(number);
  page.height = pdf.getPageCropHeight(number);
  // Coordinates are those of the page as displayed, so a /Rotate 90 page is read upright.
  if (page.rotation == 90 || page.rotation == 270) std::swap(page.width, page.height);
  PageCapture capture(page_index, budget);
  budget.start_page();
  pdf.displayPage(&capture, number, kPointsPerInch, kPointsPerInch, /*rotate=*/0,
                  /*useMediaBox=*/false, /*crop=*/true, /*printing=*/false,
                  ContentBudget::abort_check, &budget, ContentBudget::draw_annotation, nullptr);
  page.rulings = capture.take_rulings();
  const TextPagePtr text = capture.take_text_page();
  const std::unique_ptr<TextWordList> words = text->makeWordList(/*physLayout=*/false);
  page.runs = word_runs(*words, page_index);
  drop_overdrawn_glyphs(page.runs);
  // The document model is upright: a page printed sideways is turned before layout sees it.
  turn_page(page, upright_turn(*words));
  return page;
}

}  // namespace

Document extract_pdf(const std::string& path) {
  const PopplerMessages poppler_messages;
  const std::unique_ptr<PDFDoc> pdf = open_pdf(path);
  Document document;
  document.format = "pdf";
  const int page_count = pdf->getNumPages();
  const int read_count = std::min(page_count, ReadLimits::kMaxPages);
  if (read_count < page_count) {
    note_limit(document, "page_limit",
               "the PDF has " + std::to_string(page_count) + " pages; the first " +
                   std::to_string(read_count) + " were read (limit " +
                   std::to_string(ReadLimits::kMaxPages) + " pages per document)");
  }
  document.pages.reserve(read_count);
  ContentBudget budget;
  for (int index = 0; index < read_count; ++index) {
    document.pages.push_back(read_page(*pdf, index, budget));
    if (budget.page_stopped()) {
      note_limit(
          document, "pdf_operator_limit",
          "page " + std::to_string(index + 1) + " was read only in part: " + budget.stop_reason());
    }
  }
  if (pdf_looks_truncated(path)) {
    document.issues.push_back(
        {"truncated", "the PDF file ends before its trailer; pages were read as far as they go"});
  }
  return document;
}

}  // namespace ogi
