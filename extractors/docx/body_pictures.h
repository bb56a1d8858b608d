#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "extractors/docx/main_part.h"
#include "model/document.h"

namespace ogi {

// The zip entries of the pictures a DOCX body shows (DrawingML <a:blip r:embed>, VML
// <v:imagedata r:id>), in body order, from the main part's relationships; a picture shown twice
// counts twice, a link to a file outside the package not at all.
std::vector<std::string> body_pictures(const xmlNode* body, const DocxPackage& package);

// A DOCX whose statistics tables are pasted scans: the body's pictures read by OCR as its pages
// (read_table_pictures), each bounded by ReadLimits::kMaxPictureBytes.
void read_body_pictures(const xmlNode* body, const DocxPackage& package, Document& document);

}  // namespace ogi
