#pragma once

#include "model/document.h"

namespace ogi {

// Backends that carry no tables (PDF and OCR pages, text dumps) leave `tables` empty; their
// paragraphs and tables are rebuilt here from page geometry or from the text itself, so the
// mapping after this step sees one document shape whatever the backend.
void rebuild_structure(Document& document);

}  // namespace ogi
