#pragma once

#include <TextOutputDev.h>

#include <memory>
#include <vector>

#include "extractors/common/pdf_content_budget.h"
#include "model/document.h"

namespace ogi {

struct TextPageRelease {
  void operator()(TextPage* page) const { page->decRefCnt(); }
};
using TextPagePtr = std::unique_ptr<TextPage, TextPageRelease>;

// One pass over a page's content stream collects both its text (Poppler's own text device, so
// glyph boxes and ToUnicode/CID mapping are Poppler's) and its ruling lines (the painted paths),
// so a page costs no more to read than pdftotext pays. Saved graphics states are counted in
// `budget`, which bounds the page's drawing.
class PageCapture : public TextOutputDev {
 public:
  PageCapture(int page_index, ContentBudget& budget);

  void saveState(GfxState* state) override;
  bool useDrawForm() override { return budget_.skip_form(); }
  void restoreState(GfxState* state) override;

  void stroke(GfxState* state) override;
  void fill(GfxState* state) override;
  void eoFill(GfxState* state) override;

  std::vector<RulingSegment> take_rulings() { return std::move(rulings_); }
  TextPagePtr take_text_page() { return TextPagePtr(takeText()); }

 private:
  void capture(GfxState* state, bool stroked);

  int page_index_;
  ContentBudget& budget_;
  std::vector<RulingSegment> rulings_;
};

}  // namespace ogi
