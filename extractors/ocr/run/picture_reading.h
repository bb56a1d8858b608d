#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// Pictures a document shows (a web page's images, a DOCX's pasted scans; PNG, JPEG or TIFF bytes)
// read by OCR as its pages: picture i becomes page i (0-based; the page list is made to hold
// every picture, so page numbers are the pictures' order), read as a scanned page is
// (put_ocr_pages: its runs, rulings and blanks, Page::from_ocr, Document::ocr_pages, the OCR page
// cap). A picture that cannot be a page stays an empty page that is not from OCR. Returns, for
// each picture, why it was not read ("" when it was).
std::vector<std::string> read_pictures(Document& document,
                                       const std::vector<std::string>& pictures);

}  // namespace ogi
