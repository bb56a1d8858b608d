#include "extractors/read_limits.h"

#include <algorithm>

namespace ogi {

void note_limit(Document& document, const std::string& code, const std::string& message) {
  const bool noted = std::any_of(document.issues.begin(), document.issues.end(),
                                 [&](const ExtractIssue& issue) { return issue.code == code; });
  if (!noted) document.issues.push_back({code, message});
}

void apply_text_limits(Document& document) {
  std::size_t paragraphs = 0;
  std::size_t tables = 0;
  std::size_t text_bytes = 0;
  for (std::size_t block = 0; block < document.body.size(); ++block) {
    if (document.body[block].kind == BlockKind::kTable) {
      ++tables;
      continue;
    }
    text_bytes += document.paragraphs.at(document.body[block].index).text.size();
    if (++paragraphs <= ReadLimits::kMaxParagraphs &&
        text_bytes <= ReadLimits::kMaxDocumentTextBytes) {
      continue;
    }
    const std::string passed =
        paragraphs > ReadLimits::kMaxParagraphs
            ? "more than " + std::to_string(ReadLimits::kMaxParagraphs) + " paragraphs"
            : "more than " + std::to_string(ReadLimits::kMaxDocumentTextBytes) + " bytes of text";
    note_limit(document, "text_limit",
               "the document holds " + passed + "; it was read up to paragraph " +
                   std::to_string(paragraphs - 1) + " (" +
                   std::to_string(document.body.size() - block) +
                   " paragraphs and tables after it were not read)");
    document.body.resize(block);
    document.paragraphs.resize(paragraphs - 1);
    document.tables.resize(tables);
    return;
  }
}

}  // namespace ogi
