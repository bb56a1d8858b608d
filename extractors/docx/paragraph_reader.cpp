#include "extractors/docx/paragraph_reader.h"

#include "extractors/docx/paragraph_text.h"

namespace ogi {

std::string ParagraphReader::read(const xmlNode* paragraph) {
  std::string label = numbering_.next_label(paragraph);
  std::string text = paragraph_text(paragraph);
  if (label.empty() || is_blank_text(text)) return text;
  return label + text;
}

}  // namespace ogi
