#pragma once

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>

#include <memory>
#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// The pages of a PDF or an image file as `ogi debug` draws on them and the audit pages crop them,
// in the page coordinates the document model uses: every page of an image file (PNG, JPEG, TIFF
// frames), a PDF page OCR read (turned upright, straightened), or a half of a 2-up sheet, as OCR
// read it (through the OCR module, loaded only for such a page); every other PDF page as Poppler
// renders it.
class PagePictures {
 public:
  // `format`: the record's source.format ("image" for an image file; anything else is opened as
  // a PDF). `turned`: clockwise degrees OCR turned each page, by 0-based page index (missing: 0).
  // `ocr_pages`: the 1-based pages OCR read (the record's source.ocr_pages).
  PagePictures(const std::string& path, const std::string& format,
               std::vector<SplitSheet> split_sheets, std::vector<int> turned,
               std::vector<int> ocr_pages, double dpi);

  // False when the file cannot be opened (a PDF Poppler cannot open or that is locked, an image
  // file that is not there).
  bool opened() const { return opened_; }
  // Pixels per point of every picture.
  double scale() const { return dpi_ / 72.0; }
  // The page at `page_index` (0-based) as a 32-bit ARGB image; an invalid image when the file has
  // no such page or it cannot be rendered.
  poppler::image picture(int page_index);

 private:
  bool is_image() const { return format_ == "image"; }
  bool read_by_ocr(int page_index) const;

  std::string path_;
  std::string format_;
  std::vector<SplitSheet> split_sheets_;
  std::vector<int> turned_;
  std::vector<int> ocr_pages_;
  double dpi_;
  std::unique_ptr<poppler::document> pdf_;  // null for an image file
  bool opened_ = false;
  poppler::page_renderer renderer_;
};

}  // namespace ogi
