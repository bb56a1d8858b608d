#pragma once

#include <libxml/tree.h>

#include <vector>

namespace ogi {

// Structural children of WordprocessingML containers in document order, looking through the
// wrappers Word puts around them: content controls (w:sdt → w:sdtContent), w:customXml and
// mc:AlternateContent.

// w:p, w:tbl and w:altChunk of a block container (w:body, w:tc, w:sdtContent, ...).
std::vector<const xmlNode*> block_items(const xmlNode* container);

// w:tr of a w:tbl, without rows deleted as a tracked change.
std::vector<const xmlNode*> table_rows(const xmlNode* table);

// w:tc of a w:tr.
std::vector<const xmlNode*> row_cells(const xmlNode* row);

}  // namespace ogi
