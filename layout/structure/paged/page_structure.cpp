#include "layout/structure/paged/page_structure.h"

#include <algorithm>
#include <set>

#include "layout/dense_grid.h"
#include "layout/scanned_page.h"
#include "layout/structure/paged/page_furniture.h"
#include "layout/structure/paged/page_tables.h"
#include "layout/structure/paged/paragraph_builder.h"
#include "layout/structure/unruled/unruled_tables.h"

namespace ogi {
namespace {

// What layout found on each page before anything is joined across pages.
struct PageContent {
  std::vector<std::vector<PlacedTable>> tables;
  std::vector<PageLines> text;
};

PageContent read_pages(const Document& document) {
  PageContent content;
  for (size_t index = 0; index < document.pages.size(); ++index) {
    const Page& page = document.pages[index];
    std::vector<Glyph> glyphs = page_glyphs(page);
    content.tables.push_back(ruled_page_tables(page, static_cast<int>(index), glyphs));
    content.text.push_back({group_lines(std::move(glyphs)), page.height});
  }
  drop_page_furniture(content.text);
  return content;
}

// The template tables the page rules already draw: the text-alignment fallback leaves them alone.
std::set<TableKind> ruled_kinds(const PageContent& content) {
  std::set<TableKind> kinds;
  for (const std::vector<PlacedTable>& tables : content.tables) {
    for (const PlacedTable& placed : tables) kinds.insert(classify_table(DenseGrid(placed.table)));
  }
  return kinds;
}

struct PageItem {
  double y = 0;
  bool table = false;
  size_t index = 0;
};

std::vector<PageItem> page_items(const std::vector<PlacedTable>& tables, const PageLines& text) {
  std::vector<PageItem> items;
  for (size_t i = 0; i < tables.size(); ++i) items.push_back({tables[i].bounds.y0, true, i});
  for (size_t i = 0; i < text.lines.size(); ++i) items.push_back({text.lines[i].box.y0, false, i});
  std::stable_sort(items.begin(), items.end(),
                   [](const PageItem& a, const PageItem& b) { return a.y < b.y; });
  return items;
}

// Assembles the body in reading order; lines wait until a table or the end closes their
// paragraphs (or the tables they print without rules), and a table that ends a page stays open
// for its continuation on the next.
class BodyAssembler {
 public:
  BodyAssembler(Document& document, const TextFrames& frames, std::set<TableKind> ruled)
      : document_(document), frames_(frames), ruled_(std::move(ruled)) {}

  void add_line(PlacedLine line) {
    lines_.push_back(std::move(line));
    table_open_ = false;
  }

  void add_table(PlacedTable table, bool first_on_page) {
    if (first_on_page && table_open_ && continues_table(tables_.back(), table)) {
      append_table_fragment(tables_.back(), std::move(table));
      return;
    }
    flush_lines();
    body_.push_back({BlockKind::kTable, tables_.size()});
    tables_.push_back(std::move(table));
    table_open_ = true;
  }

  // Only a table that is the last thing on its page can continue on the next one.
  void end_page(bool ended_with_table) { table_open_ = table_open_ && ended_with_table; }

  void finish() {
    flush_lines();
    for (const Block& block : body_) {
      if (block.kind == BlockKind::kTable) {
        document_.add_table(std::move(tables_[block.index].table));
      } else {
        document_.add_paragraph(std::move(paragraphs_[block.index]));
      }
    }
  }

 private:
  void flush_lines() {
    size_t next = 0;
    for (LineTable& found : unruled_tables(lines_, ruled_)) {
      found.table.aligned_on_scan = on_scanned_page(document_, lines_[found.first].page);
      add_paragraphs(next, found.first);
      body_.push_back({BlockKind::kTable, tables_.size()});
      tables_.push_back({std::move(found.table), {}, {}});
      next = found.last + 1;
    }
    add_paragraphs(next, lines_.size());
    lines_.clear();
  }

  void add_paragraphs(size_t begin, size_t end) {
    const std::vector<PlacedLine> lines(lines_.begin() + begin, lines_.begin() + end);
    for (Paragraph& paragraph : build_paragraphs(lines, frames_)) {
      body_.push_back({BlockKind::kParagraph, paragraphs_.size()});
      paragraphs_.push_back(std::move(paragraph));
    }
  }

  Document& document_;
  const TextFrames& frames_;
  std::set<TableKind> ruled_;
  std::vector<PlacedLine> lines_;
  std::vector<PlacedTable> tables_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Block> body_;
  bool table_open_ = false;
};

std::vector<PlacedLine> all_lines(const Document& document, const PageContent& content) {
  std::vector<PlacedLine> lines;
  for (size_t page = 0; page < content.text.size(); ++page) {
    for (const GlyphLine& line : content.text[page].lines) {
      lines.push_back({line, static_cast<int>(page), document.pages[page].width});
    }
  }
  return lines;
}

}  // namespace

void rebuild_from_pages(Document& document) {
  PageContent content = read_pages(document);
  const TextFrames frames(all_lines(document, content));
  BodyAssembler body(document, frames, ruled_kinds(content));
  for (size_t page = 0; page < content.text.size(); ++page) {
    const std::vector<PageItem> items = page_items(content.tables[page], content.text[page]);
    for (size_t i = 0; i < items.size(); ++i) {
      const PageItem& item = items[i];
      if (item.table) {
        body.add_table(std::move(content.tables[page][item.index]), i == 0);
      } else {
        body.add_line({std::move(content.text[page].lines[item.index]), static_cast<int>(page),
                       document.pages[page].width});
      }
    }
    body.end_page(!items.empty() && items.back().table);
  }
  body.finish();
}

}  // namespace ogi
