// 表四 of a text dump: usually one line of 15 values under a flattened header, mapped by position
// (行政复议 5, 未经复议直接起诉 5, 复议后起诉 5 — the only table read by position); sometimes
// transposed, one labelled row of 5 values per group.
#include <array>

#include "layout/labels/label_scan.h"
#include "layout/structure/table_writer.h"
#include "layout/structure/text_dump/dump_table_builders.h"
#include "model/utf8.h"
#include "template/template_markers.h"
#include "template/template_schema.h"

namespace ogi {
namespace {

constexpr size_t kGroupColumns = 5;
constexpr int kHeaderWord = -1;

struct GroupRow {
  int group = -1;  // index into the template's t4 groups
  std::vector<TextToken> values;
};

// Header words, with the current template's groups as ids 0, 1, 2. Built per document from the
// registry, so a template registered later is read too.
LabelVocabulary vocabulary(const TemplateSchema& schema) {
  LabelVocabulary words;
  for (size_t group = 0; group < schema.t4_groups.size(); ++group) {
    for (const std::string& label : schema.t4_groups[group].labels) {
      words.add(label, static_cast<int>(group));
    }
  }
  for (const LabelledKey& column : schema.t4_columns) {
    for (const std::string& label : column.labels) words.add(label, kHeaderWord);
  }
  words.add(text_dump_words().t4_litigation, kHeaderWord);
  return words;
}

// The last group a segment's text names, scanning every position, or -1.
int last_group(const TextSegment& segment, const LabelVocabulary& words) {
  const std::u32string text = utf8_to_u32(joined_label(segment));
  int group = -1;
  for (size_t pos = 0; pos < text.size();) {
    const auto match = words.match_at(text, pos);
    if (!match) {
      ++pos;
      continue;
    }
    if (match->id >= 0) group = match->id;
    pos = match->end;
  }
  return group;
}

// Transposed when every run of values follows its own group label.
std::vector<GroupRow> group_rows(const std::vector<TextSegment>& segments,
                                 const TemplateSchema& schema) {
  const LabelVocabulary words = vocabulary(schema);
  std::vector<GroupRow> rows;
  for (const TextSegment& segment : segments) {
    if (segment.values.empty()) continue;
    const int group = last_group(segment, words);
    if (group < 0 || segment.values.size() > kGroupColumns) return {};
    rows.push_back({group, segment.values});
  }
  return rows.size() >= 2 ? rows : std::vector<GroupRow>{};
}

void write_leaf_labels(TableWriter& writer, const TemplateSchema& schema) {
  for (const LabelledKey& column : schema.t4_columns) writer.add(column.labels.front());
}

// The official three-row header, then the values by position.
Table write_flat(const std::vector<TextSegment>& segments, const TemplateSchema& schema) {
  const auto& groups = schema.t4_groups;
  const int width = static_cast<int>(kGroupColumns);
  TableWriter writer;
  writer.new_row();
  writer.add(groups[0].labels.front(), width);
  writer.add(text_dump_words().t4_litigation, 2 * width);
  writer.new_row();
  for (const LabelledKey& column : schema.t4_columns) {
    writer.add(column.labels.front(), 1, 2);
  }
  writer.add(groups[1].labels.front(), width);
  writer.add(groups[2].labels.front(), width);
  writer.new_row();
  writer.skip(width);
  write_leaf_labels(writer, schema);
  write_leaf_labels(writer, schema);
  std::vector<TextToken> values;
  for (const TextSegment& segment : segments) {
    values.insert(values.end(), segment.values.begin(), segment.values.end());
  }
  if (!values.empty()) {
    writer.new_row();
    for (std::string& value : fit_values(values, groups.size() * kGroupColumns)) {
      writer.add(std::move(value));
    }
  }
  return writer.finish();
}

Table write_transposed(const std::vector<GroupRow>& rows, const TemplateSchema& schema) {
  TableWriter writer;
  writer.new_row();
  // A corner label, not a blank: a row of blank label and words reads as 表四's unlabelled data
  // row.
  writer.add(text_dump_words().t4_corner);
  write_leaf_labels(writer, schema);
  for (const GroupRow& row : rows) {
    writer.new_row();
    writer.add(schema.t4_groups[static_cast<size_t>(row.group)].labels.front());
    for (std::string& value : fit_values(row.values, kGroupColumns)) writer.add(std::move(value));
  }
  return writer.finish();
}

}  // namespace

Table build_text_table4(const std::vector<TextSegment>& segments) {
  const TemplateSchema& schema = current_template();
  const std::vector<GroupRow> rows = group_rows(segments, schema);
  return rows.empty() ? write_flat(segments, schema) : write_transposed(rows, schema);
}

}  // namespace ogi
