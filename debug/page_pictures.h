#pragma once

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>

#include <memory>
#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// The pages of a PDF as `ogi debug` draws on them and the audit pages crop them, in the page
// coordinates the document model uses: a page OCR turned upright, or a half of a 2-up sheet, as
// OCR read it (through the OCR module, loaded only for such a page); every other page as Poppler
// renders it.
class PagePictures {
 public:
  // `turned`: clockwise degrees OCR turned each page, by 0-based page index (missing: 0).
  PagePictures(const std::string& path, std::vector<SplitSheet> split_sheets,
               std::vector<int> turned, double dpi);

  // False when Poppler cannot open the file or it is locked.
  bool opened() const { return pdf_ && !pdf_->is_locked(); }
  // Pixels per point of every picture.
  double scale() const { return dpi_ / 72.0; }
  // The page at `page_index` (0-based) as a 32-bit ARGB image; an invalid image when the file has
  // no such page or it cannot be rendered.
  poppler::image picture(int page_index);

 private:
  bool read_by_ocr(int page_index) const;

  std::string path_;
  std::vector<SplitSheet> split_sheets_;
  std::vector<int> turned_;
  double dpi_;
  std::unique_ptr<poppler::document> pdf_;
  poppler::page_renderer renderer_;
};

}  // namespace ogi
