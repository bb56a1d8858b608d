#include "layout/structure/text_dump/dump_regions.h"

#include <algorithm>
#include <string>

#include "layout/dense_grid.h"
#include "layout/labels/section_splitter.h"
#include "layout/structure/text_dump/dump_tokens.h"
#include "model/utf8.h"
#include "normalize/text_normalize.h"
#include "template/template_markers.h"

namespace ogi {
namespace {

// Table lines are labels and numbers; running text is longer or ends sentences.
constexpr size_t kMaxTableLineChars = 80;
// 行政复议 also appears in sentences; as 表四's header it stands in a short line.
constexpr size_t kMaxTable4AnchorChars = 30;

struct BlockInfo {
  bool table_like = false;
  bool heading = false;
  bool has_values = false;
  bool native = false;
  TableKind anchor = TableKind::kNone;
};

bool contains_any(const std::string& text, const std::vector<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& word) { return text.find(word) != std::string::npos; });
}

TableKind anchor_kind(const std::string& compact, bool native) {
  const TextDumpWords& words = text_dump_words();
  if (contains_any(compact, words.t3_anchors)) return TableKind::kT3;
  const bool short_line = native || utf8_to_u32(compact).size() <= kMaxTable4AnchorChars;
  if (short_line && contains_any(compact, words.t4_anchors)) return TableKind::kT4;
  if (contains_any(compact, words.t2_anchors)) return TableKind::kT2;
  return TableKind::kNone;
}

std::vector<std::vector<TextToken>> block_token_rows(const Document& document, const Block& block) {
  if (block.kind == BlockKind::kParagraph) {
    return {tokenize_line(document.paragraphs[block.index].text)};
  }
  const Table& table = document.tables[block.index];
  std::vector<std::vector<std::string>> rows(static_cast<size_t>(std::max(table.row_count, 0)));
  for (const TableCell& cell : table.cells) {
    if (cell.row < 0 || cell.row >= table.row_count) continue;
    auto& row = rows[static_cast<size_t>(cell.row)];
    if (static_cast<int>(row.size()) <= cell.col) row.resize(static_cast<size_t>(cell.col) + 1);
    row[static_cast<size_t>(cell.col)] = cell.text;
  }
  std::vector<std::vector<TextToken>> token_rows;
  for (const auto& row : rows) token_rows.push_back(tokenize_row(row));
  return token_rows;
}

std::string block_compact_text(const Document& document, const Block& block) {
  if (block.kind == BlockKind::kParagraph) {
    return compact_label(document.paragraphs[block.index].text);
  }
  std::string text;
  for (const TableCell& cell : document.tables[block.index].cells) text += compact_label(cell.text);
  return text;
}

BlockInfo describe(const Document& document, const Block& block, SectionHeadingMatcher& headings) {
  BlockInfo info;
  info.native = block.kind == BlockKind::kTable;
  const std::string compact = block_compact_text(document, block);
  for (const auto& row : block_token_rows(document, block)) {
    for (const TextToken& token : row)
      info.has_values = info.has_values || token.kind != TokenKind::kText;
  }
  if (!info.native) {
    info.heading = !headings.match(document.paragraphs[block.index].text).empty();
    const bool prose = compact.find("。") != std::string::npos ||
                       (!info.has_values && utf8_to_u32(compact).size() > kMaxTableLineChars);
    info.table_like = !info.heading && !prose;
  } else {
    info.table_like = true;
  }
  if (info.table_like) info.anchor = anchor_kind(compact, info.native);
  return info;
}

// The kind the region's own text classifies as, read as one row of token cells.
TableKind classified_kind(const Document& document, const TextTableRegion& region) {
  Table raw;
  raw.row_count = 1;
  for (const TextToken& token : region_tokens(document, region)) {
    TableCell cell;
    cell.col = raw.col_count++;
    cell.text = token.text;
    raw.cells.push_back(std::move(cell));
  }
  return classify_table(DenseGrid(raw));
}

}  // namespace

std::vector<TextToken> region_tokens(const Document& document, const TextTableRegion& region) {
  std::vector<TextToken> tokens;
  for (size_t index = region.first; index <= region.last; ++index) {
    for (auto& row : block_token_rows(document, document.body[index])) {
      tokens.insert(tokens.end(), row.begin(), row.end());
    }
  }
  return tokens;
}

std::vector<TextTableRegion> find_text_table_regions(const Document& document) {
  SectionHeadingMatcher headings;
  std::vector<BlockInfo> infos;
  for (const Block& block : document.body) infos.push_back(describe(document, block, headings));

  std::vector<TextTableRegion> regions;
  for (size_t index = 0; index < infos.size(); ++index) {
    if (infos[index].anchor == TableKind::kNone) continue;
    TextTableRegion region{index, index, infos[index].anchor};
    size_t end = index + 1;
    while (end < infos.size() && infos[end].table_like &&
           (infos[end].anchor == TableKind::kNone || infos[end].anchor == region.kind)) {
      ++end;
    }
    region.last = end - 1;
    bool any_values = false;
    bool any_native = false;
    for (size_t k = region.first; k <= region.last; ++k) {
      any_values = any_values || infos[k].has_values;
      any_native = any_native || infos[k].native;
    }
    // Lines after the last value are text again; a region of header lines alone is a table only
    // when the dump printed it as one (an empty 表四).
    if (any_values) {
      while (region.last > region.first && !infos[region.last].has_values) --region.last;
    } else if (!any_native) {
      continue;
    }
    if (classified_kind(document, region) != region.kind) continue;
    regions.push_back(region);
    index = region.last;
  }
  return regions;
}

}  // namespace ogi
