#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// The bytes (PNG, JPEG, TIFF) of the document's picture `index` (0-based, in the document's
// order). Throws ExtractError naming why they cannot be had: outside the page's folder, missing,
// too large.
using PictureLoader = std::function<std::string(size_t index)>;

// The statistics tables (表二, 表三, 表四) that neither a table of `document` nor the text OCR read
// on its pages prints, as "表二、表四"; empty when every one is there. Enough of each table's
// labels to tell it is there: layout, which runs later, reads the tables themselves.
std::string missing_statistics_tables(const Document& document);

// Tables published as pictures. When `document` (a web page, a DOCX: no pages yet) lacks a
// statistics table as a real table and shows pictures (`names`: what the document calls each, in
// its order, for messages), each is loaded and read by OCR as a scanned page is: picture i becomes
// page i + 1 of the document, so a value read from a picture carries its OCR confidence and, as its
// page, the picture's position among the document's pictures. At most ReadLimits::kMaxOcrPages
// pictures, ReadLimits::kMaxPicturesBytes in all, and none once the file's time (file_deadline.h)
// has run out. A picture that could not be read (refused by `load`, undecodable, over the pixel
// limit, OCR not installed) leaves the issue `table_image`, naming it and why, when a table is
// still missing after the others were read.
void read_table_pictures(Document& document, const std::vector<std::string>& names,
                         const PictureLoader& load);

}  // namespace ogi
