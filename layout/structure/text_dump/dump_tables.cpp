#include "layout/structure/text_dump/dump_tables.h"

#include <utility>

#include "layout/structure/text_dump/dump_regions.h"
#include "layout/structure/text_dump/dump_table_builders.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// Adds the text of consecutive line paragraphs as paragraphs again, lines that were hard wraps
// joined (normalize/paragraph_breaks.h decides).
void flush_lines(std::string& lines, Document& out) {
  if (lines.empty()) return;
  const std::string text = normalize_text(lines, /*keep_newlines=*/true);
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) {
      Paragraph paragraph;
      paragraph.text = text.substr(start, end - start);
      out.add_paragraph(std::move(paragraph));
    }
    start = end + 1;
  }
  lines.clear();
}

}  // namespace

void rebuild_text_document(Document& document) {
  const std::vector<TextTableRegion> regions = find_text_table_regions(document);
  Document rebuilt;
  std::string lines;
  size_t next = 0;
  for (size_t index = 0; index < document.body.size(); ++index) {
    if (next < regions.size() && regions[next].first == index) {
      flush_lines(lines, rebuilt);
      const TextTableRegion& region = regions[next++];
      rebuilt.add_table(
          build_text_table(region.kind, segment_tokens(region_tokens(document, region))));
      index = region.last;
      continue;
    }
    const Block& block = document.body[index];
    if (block.kind == BlockKind::kTable) {
      flush_lines(lines, rebuilt);
      rebuilt.add_table(std::move(document.tables[block.index]));
      continue;
    }
    if (!lines.empty()) lines.push_back('\n');
    lines += document.paragraphs[block.index].text;
  }
  flush_lines(lines, rebuilt);
  document.paragraphs = std::move(rebuilt.paragraphs);
  document.tables = std::move(rebuilt.tables);
  document.body = std::move(rebuilt.body);
}

}  // namespace ogi
