#pragma once

#include "model/document.h"

namespace ogi {

// Rebuilds what a text dump (format "txt") only implies: its statistics tables — from native
// pipe/tab tables whose merged cells were flattened, from pipe rows broken over lines, and from
// plain lines of labels and numbers — become ordinary grids (text_table_builders.h) in place of
// the blocks that printed them; then the remaining lines are rejoined into paragraphs where the
// dump hard-wrapped them.
void rebuild_text_document(Document& document);

}  // namespace ogi
