#pragma once

#include "model/document.h"

namespace ogi {

// Rebuilds a paged document's tables, paragraphs and body order from its pages' geometry (text
// runs and rulings, from a PDF text layer or OCR alike): ruled tables per page, fragments of one
// table on consecutive pages joined, running headers and footers dropped, the remaining lines
// grouped into paragraphs, all in reading order.
void rebuild_from_pages(Document& document);

}  // namespace ogi
