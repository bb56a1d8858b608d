#pragma once

#include <libxml/tree.h>

#include "extractors/docx/paragraph_reader.h"
#include "model/document.h"

namespace ogi {

// Appends the paragraphs and tables of a block container (w:body) to `document` in body order.
// Blank paragraphs are skipped. A table nested in a cell follows its parent table as a Table of
// its own (nesting_depth + 1) and its text is not part of the cell. A top-level table that only
// lays out the page — a single cell, or at most two columns with a table inside a cell — is
// unwrapped: what its cells hold is appended as if it stood in the body.
void append_body_blocks(const xmlNode* container, ParagraphReader& reader, Document& document);

}  // namespace ogi
