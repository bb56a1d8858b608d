#include "layout/structure/structure_rebuild.h"

#include "layout/structure/paged/page_structure.h"
#include "layout/structure/text_dump/dump_tables.h"

namespace ogi {

void rebuild_structure(Document& document) {
  // Text dumps print tables as lines of labels and numbers, native pipe/tab tables included.
  if (document.format == "txt") {
    rebuild_text_document(document);
    return;
  }
  // Native tables (DOCX, HTML) need nothing rebuilt. Pages there are the pictures a web page or
  // a DOCX shows, read by OCR (extractors/ocr_module/table_pictures.h): what they hold is rebuilt
  // as a scan's is and follows the native body.
  if (!document.pages.empty()) rebuild_from_pages(document);
}

}  // namespace ogi
