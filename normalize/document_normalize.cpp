#include "normalize/document_normalize.h"

#include "normalize/text_normalize.h"

namespace ogi {

void normalize_document(Document& document) {
  for (Paragraph& paragraph : document.paragraphs) {
    paragraph.text = normalize_text(paragraph.text, /*keep_newlines=*/true);
  }
  for (Table& table : document.tables) {
    for (TableCell& cell : table.cells) {
      cell.text = normalize_text(cell.text, /*keep_newlines=*/false);
    }
  }
}

}  // namespace ogi
