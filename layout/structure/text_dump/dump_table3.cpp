// 表三 of a text dump: a flattened two-level header, then rows whose labels may be broken over
// lines, split by page breaks or printed partly after their values.
#include <algorithm>

#include "layout/labels/label_match.h"
#include "layout/labels/label_scan.h"
#include "layout/structure/table_writer.h"
#include "layout/structure/text_dump/dump_table_builders.h"
#include "model/utf8.h"
#include "template/template_markers.h"
#include "template/template_schema.h"

namespace ogi {
namespace {

// A run of header words: one alone could be a row label ("总计").
constexpr size_t kMinHeaderWords = 2;

struct Row {
  std::string label;
  std::vector<TextToken> values;
};

// The words a 表三 is read by, built per document from the registry, so a template registered
// later is read too.
struct Table3Words {
  // The current template's column labels and the header cells above them.
  LabelVocabulary header = header_vocabulary();
  std::u32string note_start = utf8_to_u32(text_dump_words().t3_note_start);
  // Every row and group label of every template, to judge which row a stray fragment completes.
  std::vector<LabelledKey> row_labels = all_row_labels();

  static LabelVocabulary header_vocabulary() {
    LabelVocabulary built;
    for (const LabelledKey& column : current_template().t3_columns) {
      for (const std::string& label : column.labels) built.add(label, 0);
    }
    for (const std::string& word : text_dump_words().t3_header) built.add(word, 0);
    return built;
  }

  static std::vector<LabelledKey> all_row_labels() {
    std::vector<LabelledKey> built;
    for (const TemplateSchema* schema : templates()) {
      for (const Table3RowSpec& row : schema->t3_rows) built.push_back(row.row);
      for (const LabelledKey& group : schema->t3_groups) built.push_back(group);
    }
    return built;
  }
};

double row_label_score(const std::string& label, const Table3Words& words) {
  const std::vector<std::string> parts = split_enumerated_parts(label);
  if (parts.empty()) return 0;
  double score = best_label_match(parts.back(), words.row_labels, 0).score;
  if (parts.size() >= 2) {
    const std::string last_two = parts[parts.size() - 2] + parts.back();
    score = std::max(score, best_label_match(last_two, words.row_labels, 0).score);
  }
  return score;
}

// The end of the 勾稽关系 note when it starts at `pos`, else `pos`.
size_t note_end(const std::u32string& text, size_t pos, const Table3Words& words) {
  const std::u32string_view rest = std::u32string_view(text).substr(pos);
  const std::u32string_view note = words.note_start;
  // Printed with or without its opening parenthesis.
  if (!rest.starts_with(note) && !rest.starts_with(note.substr(1))) return pos;
  const size_t close = text.find(U')', pos);
  return close == std::u32string::npos ? text.size() : close + 1;
}

// Drops the column header printed before the first row (and a header repeated after a page
// break): the勾稽关系 note and runs of header words, in either order (a spanning 申请人情况 can
// come before the note).
std::string strip_header(const std::string& label, const Table3Words& words) {
  const std::u32string text = utf8_to_u32(label);
  size_t pos = 0;
  bool header = false;
  while (pos < text.size()) {
    const size_t after_note = note_end(text, pos, words);
    if (after_note != pos) {
      pos = after_note;
      header = true;
      continue;
    }
    const std::vector<LabelVocabulary::Match> run = words.header.prefix_matches(text, pos);
    if (run.empty() || (!header && run.size() < kMinHeaderWords)) break;
    pos = run.back().end;
    header = true;
  }
  return u32_to_utf8(text.substr(pos));
}

// The text before a row's first enumeration marker, when it is not the row's own start: the tail
// of the previous row's label printed after that row's values ("5.属于三类内部 0 0 … 事务信息").
std::string leading_fragment(const std::string& label) {
  if (strip_enumeration(label) != label) return "";
  const std::vector<std::string> parts = split_enumerated_parts(label);
  return parts.empty() ? "" : parts.front();
}

std::vector<Row> read_rows(const std::vector<TextSegment>& segments) {
  const Table3Words words;
  std::vector<Row> rows;
  for (const TextSegment& segment : segments) {
    std::string label = strip_header(joined_label(segment), words);
    if (!rows.empty() && !rows.back().values.empty()) {
      const std::string fragment = leading_fragment(label);
      const std::string extended = rows.back().label + fragment;
      if (!fragment.empty() &&
          row_label_score(extended, words) > row_label_score(rows.back().label, words)) {
        rows.back().label = extended;
        label.erase(0, fragment.size());
      }
    }
    if (label.empty() && segment.values.empty()) continue;
    if (label.empty() && !rows.empty()) {
      // Values after a page break continue the row above.
      rows.back().values.insert(rows.back().values.end(), segment.values.begin(),
                                segment.values.end());
      continue;
    }
    rows.push_back({label, segment.values});
  }
  return rows;
}

}  // namespace

Table build_text_table3(const std::vector<TextSegment>& segments) {
  const std::vector<LabelledKey>& columns = current_template().t3_columns;
  TableWriter writer;
  writer.new_row();
  writer.add("");
  for (const LabelledKey& column : columns) writer.add(column.labels.front());
  for (const Row& row : read_rows(segments)) {
    writer.new_row();
    writer.add(row.label);
    for (std::string& value : fit_values(row.values, columns.size())) writer.add(std::move(value));
  }
  return writer.finish();
}

}  // namespace ogi
