#pragma once

#include <libxml/tree.h>

#include <string>
#include <utility>

#include "extractors/docx/list_numbering.h"

namespace ogi {

// Reads paragraphs in document order as printed: the automatic list number, then the text.
// Stateful, because list counters advance with every numbered paragraph read.
class ParagraphReader {
 public:
  explicit ParagraphReader(ListNumbering numbering = {}) : numbering_(std::move(numbering)) {}

  // A blank paragraph stays blank (its number, if any, is still counted).
  std::string read(const xmlNode* paragraph);

 private:
  ListNumbering numbering_;
};

}  // namespace ogi
