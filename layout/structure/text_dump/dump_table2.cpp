// 表二 of a text dump: blocks of a 第二十条 caption, a 信息内容 header naming the value columns,
// and rows of a label with its values (the words: template/template_markers).
#include <algorithm>

#include "layout/labels/label_scan.h"
#include "layout/structure/table_writer.h"
#include "layout/structure/text_dump/dump_table_builders.h"
#include "model/utf8.h"
#include "template/template_markers.h"
#include "template/template_schema.h"

namespace ogi {
namespace {

constexpr int kColumnLabel = 0;
constexpr int kHeaderStart = 1;

struct Row {
  std::string label;
  std::vector<std::string> values;
};

struct Block {
  std::string caption;
  std::vector<std::string> columns;
  std::vector<Row> rows;
};

// The words a 表二 block is read by: the column labels of every registered template (a report
// may print any version's) and the header's leading word. Built per document, so a template
// registered later is read too.
struct Table2Words {
  std::u32string caption_start = utf8_to_u32(text_dump_words().t2_caption_start);
  std::u32string caption_end = utf8_to_u32(text_dump_words().t2_caption_end);
  std::u32string header = utf8_to_u32(text_dump_words().t2_header);
  LabelVocabulary columns = column_vocabulary();

  static LabelVocabulary column_vocabulary() {
    LabelVocabulary built;
    for (const TemplateSchema* schema : templates()) {
      for (const LabelledKey& column : schema->t2_columns) {
        for (const std::string& label : column.labels) built.add(label, kColumnLabel);
      }
    }
    built.add(text_dump_words().t2_header, kHeaderStart);
    return built;
  }
};

// Splits a segment's text before every caption and every header: a row printed without values
// runs straight into the next block's caption.
std::vector<std::u32string> split_at_blocks(const std::u32string& text, const Table2Words& words) {
  std::vector<size_t> cuts = {0};
  for (const std::u32string& marker : {words.caption_start, words.header}) {
    for (size_t at = text.find(marker, 1); at != std::u32string::npos;
         at = text.find(marker, at + 1)) {
      cuts.push_back(at);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  std::vector<std::u32string> pieces;
  for (size_t i = 0; i < cuts.size(); ++i) {
    const size_t end = i + 1 < cuts.size() ? cuts[i + 1] : text.size();
    if (end > cuts[i]) pieces.push_back(text.substr(cuts[i], end - cuts[i]));
  }
  return pieces;
}

class Table2Reader {
 public:
  void read(const TextSegment& segment) {
    const std::vector<std::u32string> pieces =
        split_at_blocks(utf8_to_u32(joined_label(segment)), words_);
    for (size_t i = 0; i < pieces.size(); ++i) {
      const bool last = i + 1 == pieces.size();
      read_piece(pieces[i], last ? segment.values : std::vector<TextToken>{});
    }
    if (pieces.empty() && !segment.values.empty()) add_row("", segment.values);
  }

  std::vector<Block> take_blocks() { return std::move(blocks_); }

 private:
  void read_piece(const std::u32string& text, const std::vector<TextToken>& values) {
    size_t pos = 0;
    if (text.starts_with(words_.caption_start)) {
      pos = std::min(text.find(words_.caption_end), text.size() - 1) + 1;
      blocks_.push_back({u32_to_utf8(text.substr(0, pos)), {}, {}});
    }
    for (const LabelVocabulary::Match& match : words_.columns.prefix_matches(text, pos)) {
      // A header after rows starts a block of its own, as does a second header.
      const bool header_start = match.id == kHeaderStart;
      if (!current().rows.empty() || (header_start && !current().columns.empty())) {
        blocks_.emplace_back();
      }
      if (!header_start) {
        current().columns.push_back(u32_to_utf8(text.substr(match.begin, match.end - match.begin)));
      }
      pos = match.end;
    }
    pos = attach_unit_note(text, pos);
    const std::string label = u32_to_utf8(text.substr(pos));
    if (!label.empty() || !values.empty()) add_row(label, values);
  }

  // "(单位:元)" printed after a column label the vocabulary does not know in full stays with it.
  size_t attach_unit_note(const std::u32string& text, size_t pos) {
    if (pos >= text.size() || text[pos] != U'(' || current().columns.empty()) return pos;
    const size_t close = text.find(U')', pos);
    if (close == std::u32string::npos || close - pos > 12) return pos;
    const std::u32string note = text.substr(pos, close + 1 - pos);
    if (note.find_first_of(U"一二三四五六七八九十") != std::u32string::npos) return pos;
    current().columns.back() += u32_to_utf8(note);
    return close + 1;
  }

  void add_row(const std::string& label, const std::vector<TextToken>& values) {
    const size_t width = std::max<size_t>(current().columns.size(), values.size());
    current().rows.push_back({label, fit_values(values, width)});
  }

  Block& current() {
    if (blocks_.empty()) blocks_.emplace_back();
    return blocks_.back();
  }

  const Table2Words words_{};
  std::vector<Block> blocks_;
};

Table write_blocks(const std::vector<Block>& blocks) {
  size_t width = 1;
  for (const Block& block : blocks) {
    width = std::max(width, block.columns.size());
    for (const Row& row : block.rows) width = std::max(width, row.values.size());
  }
  TableWriter writer;
  for (const Block& block : blocks) {
    if (!block.caption.empty()) {
      writer.new_row();
      writer.add(block.caption, static_cast<int>(width) + 1);
    }
    if (!block.columns.empty()) {
      writer.new_row();
      writer.add(text_dump_words().t2_header);
      for (const std::string& column : block.columns) writer.add(column);
    }
    for (const Row& row : block.rows) {
      writer.new_row();
      writer.add(row.label);
      for (const std::string& value : row.values) writer.add(value);
    }
  }
  return writer.finish();
}

}  // namespace

Table build_text_table2(const std::vector<TextSegment>& segments) {
  Table2Reader reader;
  for (const TextSegment& segment : segments) reader.read(segment);
  return write_blocks(reader.take_blocks());
}

}  // namespace ogi
