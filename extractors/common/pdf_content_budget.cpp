#include "extractors/common/pdf_content_budget.h"

#include "extractors/read_limits.h"

namespace ogi {
namespace {

// Gfx::go calls the abort callback when more than 10 operators ran since its last call.
constexpr std::int64_t kOperatorsPerCheck = 11;

}  // namespace

ContentBudget::ContentBudget() = default;

void ContentBudget::start_page() {
  page_operators_ = 0;
  page_forms_ = 0;
  saved_states_ = 0;
  stop_reason_.clear();
}

bool ContentBudget::abort_check(void* data) { return static_cast<ContentBudget*>(data)->over(); }

bool ContentBudget::draw_annotation(Annot*, void*) { return false; }

bool ContentBudget::skip_form() {
  ++page_forms_;
  ++document_forms_;
  if (stop_reason_.empty() && page_forms_ > ReadLimits::kMaxPageForms) {
    stop_reason_ =
        "more than " + std::to_string(ReadLimits::kMaxPageForms) + " forms drawn on one page";
  } else if (stop_reason_.empty() && document_forms_ > ReadLimits::kMaxDocumentForms) {
    stop_reason_ = "more than " + std::to_string(ReadLimits::kMaxDocumentForms) +
                   " forms drawn in the document";
  }
  return !stop_reason_.empty();
}

bool ContentBudget::skip_pattern(std::int64_t tiles) {
  if (stop_reason_.empty() && tiles > ReadLimits::kMaxPatternTiles) {
    stop_reason_ = "a pattern of " + std::to_string(tiles) + " tiles, more than " +
                   std::to_string(ReadLimits::kMaxPatternTiles);
  }
  return !stop_reason_.empty();
}

bool ContentBudget::skip_image(std::int64_t pixels) {
  if (stop_reason_.empty() && pixels > ReadLimits::kMaxEmbeddedImagePixels) {
    stop_reason_ = "an image of " + std::to_string(pixels) + " pixels, more than " +
                   std::to_string(ReadLimits::kMaxEmbeddedImagePixels);
  }
  return !stop_reason_.empty();
}

bool ContentBudget::over() {
  if (!stop_reason_.empty()) return true;
  page_operators_ += kOperatorsPerCheck;
  document_operators_ += kOperatorsPerCheck;
  if (saved_states_ > ReadLimits::kMaxSavedStates) {
    stop_reason_ = "more than " + std::to_string(ReadLimits::kMaxSavedStates) +
                   " graphics states saved (q) without being restored";
  } else if (page_operators_ > ReadLimits::kMaxPageOperators) {
    stop_reason_ = "more than " + std::to_string(ReadLimits::kMaxPageOperators) +
                   " content-stream operators on one page";
  } else if (document_operators_ > ReadLimits::kMaxDocumentOperators) {
    stop_reason_ = "more than " + std::to_string(ReadLimits::kMaxDocumentOperators) +
                   " content-stream operators in the document";
  }
  return !stop_reason_.empty();
}

}  // namespace ogi
