#pragma once

#include "model/document.h"

namespace ogi {

// Normalizes the text a document carries, in place: paragraphs keep their paragraph breaks and
// lose hard wraps; table cells become one line, so a label broken over lines reads as one.
// TextRun text stays as extracted: layout needs the raw runs and their character boxes.
void normalize_document(Document& document);

}  // namespace ogi
