#include "layout/structure_rebuild.h"

#include "layout/page_structure.h"

namespace ogi {

void rebuild_structure(Document& document) {
  // Native tables (DOCX, HTML) need nothing rebuilt.
  if (!document.tables.empty()) return;
  if (!document.pages.empty()) {
    rebuild_from_pages(document);
    return;
  }
}

}  // namespace ogi
