#pragma once

#include <cstdint>
#include <string>

class Annot;

namespace ogi {

// The content-stream work Poppler may do for one document (ReadLimits): operators per page and in
// all, graphics states saved and not restored, form XObjects drawn. Poppler asks its abort callback
// every 11 operators (Gfx::go), so operators are counted in those steps; the output device reports
// `q` and `Q` through save()/restore(). Once a page goes over, its drawing stops where it is and
// the page keeps what was drawn so far.
class ContentBudget {
 public:
  ContentBudget();

  // Starts counting a new page (the document's total goes on).
  void start_page();
  void save() { ++saved_states_; }
  void restore() {
    if (saved_states_ > 0) --saved_states_;
  }
  // Counts a form XObject about to be drawn; true when it must be skipped (the page is over its
  // limits). For OutputDev::useDrawForm: a device that answers true gets drawForm(), which draws
  // nothing, instead of the form's content stream.
  bool skip_form();
  // Counts the tiles of one tiling-pattern fill; true when the fill must be skipped.
  bool skip_pattern(std::int64_t tiles);
  // Whether an embedded image of `pixels` (with its mask) must be skipped: past
  // ReadLimits::kMaxEmbeddedImagePixels, or once the page is over its limits.
  bool skip_image(std::int64_t pixels);
  // Whether the current page was stopped, and why, in words naming the limit.
  bool page_stopped() const { return !stop_reason_.empty(); }
  const std::string& stop_reason() const { return stop_reason_; }

  // For PDFDoc::displayPage: `data` is the ContentBudget. True stops the page.
  static bool abort_check(void* data);
  // For PDFDoc::displayPage: annotations (link borders, form fields, stamps) are never part of
  // the page's drawing here. A page-sized Link border drawn as four rules turned a correct table
  // into 0 of 200 values; what a report prints is in the content stream.
  static bool draw_annotation(Annot* annotation, void* data);

 private:
  bool over();

  std::int64_t page_operators_ = 0;
  std::int64_t document_operators_ = 0;
  std::int64_t page_forms_ = 0;
  std::int64_t document_forms_ = 0;
  int saved_states_ = 0;
  std::string stop_reason_;
};

}  // namespace ogi
