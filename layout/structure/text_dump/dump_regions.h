#pragma once

#include <cstddef>
#include <vector>

#include "layout/labels/table_kind.h"
#include "layout/structure/text_dump/dump_tokens.h"
#include "model/document.h"

namespace ogi {

// A run of body blocks of a text dump that together print one statistics table.
struct TextTableRegion {
  size_t first = 0;  // index into Document::body
  size_t last = 0;   // inclusive
  TableKind kind = TableKind::kNone;
};

// Finds the statistics tables of a text dump. A region starts at a line (or native table) that
// prints a table's opening words — 第二十条/信息内容 (表二), the 勾稽关系 note, 申请人情况 or the
// first rows (表三), 行政复议 in a short line (表四) — and runs over the table-like lines after it:
// native tables, lines with values, short lines without a full stop. It ends at a section heading,
// at running text, or where another table's opening words appear; trailing lines without values go
// back to the text. A region whose text does not classify as its table (table_kind.h) is dropped.
std::vector<TextTableRegion> find_text_table_regions(const Document& document);

// The tokens a region prints, in reading order (text_tokens.h).
std::vector<TextToken> region_tokens(const Document& document, const TextTableRegion& region);

}  // namespace ogi
