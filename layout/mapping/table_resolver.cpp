#include "layout/mapping/table_resolver.h"

#include <algorithm>

#include "layout/labels/label_match.h"
#include "template/template_keys.h"

namespace ogi {
namespace {

// Headers run together are matched more strictly than one header: a near miss among
// concatenations would shift every column of the run.
constexpr double kSpelledHeaderScore = 0.85;

// The best match of a row's label over its last part, its last two parts joined (a label broken
// over two cells), and all parts joined.
LabelMatch match_label_parts(const std::vector<std::string>& parts,
                             const std::vector<LabelledKey>& candidates) {
  if (parts.empty()) return {};
  LabelMatch best = best_label_match(parts.back(), candidates);
  if (parts.size() >= 2) {
    const LabelMatch joined = best_label_match(parts[parts.size() - 2] + parts.back(), candidates);
    if (joined.score > best.score) best = joined;
  }
  return best;
}

// Matches header parts from the deepest (most specific) upwards.
LabelMatch match_deepest(const std::vector<std::string>& parts,
                         const std::vector<LabelledKey>& candidates) {
  for (auto part = parts.rbegin(); part != parts.rend(); ++part) {
    const LabelMatch match = best_label_match(*part, candidates);
    if (match.index >= 0) return match;
  }
  return {};
}

std::string joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const std::string& part : parts) text += part;
  return text;
}

std::optional<int> position_of(const std::string& key, const std::vector<LabelledKey>& sequence) {
  for (size_t i = 0; i < sequence.size(); ++i) {
    if (sequence[i].key == key) return static_cast<int>(i);
  }
  return std::nullopt;
}

std::optional<int> position_of(const ColumnResolution* column,
                               const std::vector<LabelledKey>& sequence) {
  if (column == nullptr || column->extra) return std::nullopt;  // 小计 is in no sequence
  return position_of(column->key, sequence);
}

// Which position of `sequence` an unread item takes, from the positions of its neighbours.
// Paired neighbours (one run of the sequence) leave room for exactly one item between them;
// otherwise the item ends the left neighbour's run or starts the right one's, when exactly one
// of the two is possible.
std::optional<int> position_between(std::optional<int> left, std::optional<int> right, bool paired,
                                    size_t length) {
  if (paired) {
    if (left && right && *right - *left == 2) return *left + 1;
    return std::nullopt;
  }
  const int last = static_cast<int>(length) - 1;
  const bool ends_left = left && *left + 1 == last;
  const bool starts_right = right && *right == 1;
  if (ends_left == starts_right) return std::nullopt;
  return ends_left ? last : 0;
}

class Table2Resolver : public TableResolver {
 public:
  explicit Table2Resolver(const TemplateSchema& schema) : schema_(schema) {
    for (const Table2RowSpec& spec : schema.t2_rows) rows_.push_back(spec.row);
  }

  RowResolution resolve_row(const std::vector<std::string>& parts) override {
    const std::string text = joined(parts);
    if (text.find("第二十条") != std::string::npos) {
      const LabelMatch section = best_label_match(text, schema_.t2_sections, 0.9);
      current_section_ = section.index >= 0 ? schema_.t2_sections[section.index].key : "";
      return {RowRole::kCaption, current_section_};
    }
    const LabelMatch row = match_label_parts(parts, rows_);
    if (row.index < 0) return {};
    const Table2RowSpec& spec = schema_.t2_rows[row.index];
    return {RowRole::kData, spec.row_key()};
  }

  std::optional<ColumnResolution> resolve_column(
      const std::vector<std::string>& parts) const override {
    const LabelMatch column = match_deepest(parts, schema_.t2_columns);
    if (column.index < 0) return std::nullopt;
    return ColumnResolution{schema_.t2_columns[column.index].key, "", parts.back()};
  }

  std::optional<CellKey> cell_key(const RowResolution& row,
                                  const ColumnResolution& column) const override {
    for (const Table2RowSpec& spec : schema_.t2_rows) {
      if (spec.row_key() != row.key) continue;
      if (std::find(spec.columns.begin(), spec.columns.end(), column.key) == spec.columns.end()) {
        return std::nullopt;
      }
      return CellKey{"t2", row.key, column.key};
    }
    return std::nullopt;
  }

 private:
  const TemplateSchema& schema_;
  std::vector<LabelledKey> rows_;
  std::string current_section_;
};

class Table3Resolver : public TableResolver {
 public:
  explicit Table3Resolver(const TemplateSchema& schema) : schema_(schema) {
    for (const Table3RowSpec& spec : schema.t3_rows) rows_.push_back(spec.row);
    rows_and_groups_ = rows_;
    for (const LabelledKey& group : schema.t3_groups) rows_and_groups_.push_back(group);
    columns_ = schema.t3_columns;
    columns_.insert(columns_.end(), schema.t3_extra_columns.begin(), schema.t3_extra_columns.end());
  }

  RowResolution resolve_row(const std::vector<std::string>& parts) override {
    const LabelMatch match = match_label_parts(parts, rows_and_groups_);
    if (match.index < 0) return {};
    const std::string& key = rows_and_groups_[match.index].key;
    if (static_cast<size_t>(match.index) < rows_.size()) return {RowRole::kData, key};
    return {RowRole::kGroup, key};
  }

  std::optional<ColumnResolution> resolve_column(
      const std::vector<std::string>& parts) const override {
    if (parts.empty()) return std::nullopt;
    // The leaf header decides: "其他" under 法人或其他组织 is other_org, not the group label.
    const LabelMatch column = best_label_match(parts.back(), columns_);
    if (column.index < 0) return std::nullopt;
    const LabelledKey& spec = columns_[column.index];
    return ColumnResolution{spec.key, "", parts.back(), spec.extra};
  }

  const std::vector<LabelledKey>& column_sequence() const override { return schema_.t3_columns; }

  bool orders_rows() const override { return true; }
  std::optional<RowResolution> first_row_between(const std::string& previous,
                                                 const std::string& next,
                                                 int count) const override {
    const std::optional<int> left = previous.empty() ? -1 : position_of(previous, rows_);
    const std::optional<int> right =
        next.empty() ? static_cast<int>(rows_.size()) : position_of(next, rows_);
    if (!left || !right || *right - *left != count + 1) return std::nullopt;
    return RowResolution{RowRole::kData, rows_[*left + 1].key, false, true};
  }

  std::optional<CellKey> cell_key(const RowResolution& row,
                                  const ColumnResolution& column) const override {
    if (row.role == RowRole::kData) return CellKey{"t3", row.key, column.key};
    // A group row that carries numbers is a subtotal (an extra row); a group another template
    // prints as one row (a 2021 report printing （六）其他处理 alone, the hybrid) gives that row.
    if (row.role == RowRole::kGroup && !schema_.is_heading_group(row.key)) {
      return CellKey{"t3", t3_row_in_any_template(row.key) ? row.key : subtotal_row(row.key),
                     column.key};
    }
    return std::nullopt;
  }

 private:
  const TemplateSchema& schema_;
  std::vector<LabelledKey> rows_;             // data rows, in template order
  std::vector<LabelledKey> rows_and_groups_;  // rows_, then the group labels
  std::vector<LabelledKey> columns_;
};

class Table4Resolver : public TableResolver {
 public:
  explicit Table4Resolver(const TemplateSchema& schema) : schema_(schema) {}

  // 表四 has no row labels; a transposed table (groups as rows) labels its rows by group.
  RowResolution resolve_row(const std::vector<std::string>& parts) override {
    if (parts.empty()) return {RowRole::kData, ""};
    const LabelMatch group = match_deepest(parts, schema_.t4_groups);
    if (group.index < 0) return {};
    return {RowRole::kData, schema_.t4_groups[group.index].key};
  }

  std::optional<ColumnResolution> resolve_column(
      const std::vector<std::string>& parts) const override {
    if (parts.empty()) return std::nullopt;
    const LabelMatch column = best_label_match(parts.back(), schema_.t4_columns);
    if (column.index < 0) return std::nullopt;
    const LabelMatch group = match_deepest(parts, schema_.t4_groups);
    return ColumnResolution{schema_.t4_columns[column.index].key,
                            group.index >= 0 ? schema_.t4_groups[group.index].key : "",
                            parts.back()};
  }

  const std::vector<LabelledKey>& column_sequence() const override { return schema_.t4_columns; }
  const std::vector<LabelledKey>& group_sequence() const override { return schema_.t4_groups; }

  std::optional<CellKey> cell_key(const RowResolution& row,
                                  const ColumnResolution& column) const override {
    const std::string& group = column.group.empty() ? row.key : column.group;
    if (group.empty()) return std::nullopt;
    return CellKey{"t4", group, column.key};
  }

 private:
  const TemplateSchema& schema_;
};

}  // namespace

const std::vector<LabelledKey>& TableResolver::column_sequence() const {
  static const std::vector<LabelledKey> none;
  return none;
}

std::optional<ColumnResolution> TableResolver::column_between(const ColumnResolution* left,
                                                              const ColumnResolution* right) const {
  const std::vector<LabelledKey>& sequence = column_sequence();
  const std::optional<int> left_at = position_of(left, sequence);
  const std::optional<int> right_at = position_of(right, sequence);
  const bool paired = left && right && left->group == right->group;
  const std::optional<int> at = position_between(left_at, right_at, paired, sequence.size());
  if (!at) return std::nullopt;
  const bool left_side = paired || (left_at && *at == *left_at + 1);
  return ColumnResolution{sequence[*at].key, left_side ? left->group : right->group, "", false,
                          true};
}

std::optional<std::vector<ColumnResolution>> TableResolver::columns_spelled(
    const std::string& header, int count, const ColumnResolution& first) const {
  const std::vector<LabelledKey>& sequence = column_sequence();
  const auto run = static_cast<size_t>(count);
  if (count < 2 || sequence.size() < run) return std::nullopt;
  std::vector<LabelledKey> spellings;
  for (size_t start = 0; start + run <= sequence.size(); ++start) {
    std::string spelled;
    for (size_t i = start; i < start + run; ++i) spelled += sequence[i].labels.front();
    spellings.push_back({sequence[start].key, {spelled}});
  }
  const LabelMatch match = best_label_match(header, spellings, kSpelledHeaderScore);
  if (match.index < 0) return std::nullopt;
  std::vector<ColumnResolution> columns;
  for (size_t i = 0; i < run; ++i) {
    const LabelledKey& column = sequence[static_cast<size_t>(match.index) + i];
    columns.push_back({column.key, first.group, column.labels.front(), column.extra, false});
  }
  return columns;
}

std::optional<std::string> TableResolver::group_between(const std::string& left,
                                                        const std::string& right) const {
  const std::vector<LabelledKey>& sequence = group_sequence();
  const std::optional<int> left_at = position_of(left, sequence);
  const std::optional<int> right_at = position_of(right, sequence);
  const std::optional<int> at =
      position_between(left_at, right_at, left_at && right_at, sequence.size());
  if (!at) return std::nullopt;
  return sequence[*at].key;
}

std::optional<std::vector<std::string>> TableResolver::groups_by_leaf_order(
    const std::vector<std::string>& leaves) const {
  const std::vector<LabelledKey>& groups = group_sequence();
  const std::vector<LabelledKey>& columns = column_sequence();
  if (groups.empty() || columns.empty() || leaves.size() != groups.size() * columns.size()) {
    return std::nullopt;
  }
  std::vector<std::string> assigned;
  for (size_t i = 0; i < leaves.size(); ++i) {
    if (leaves[i] != columns[i % columns.size()].key) return std::nullopt;
    assigned.push_back(groups[i / columns.size()].key);
  }
  return assigned;
}

const std::vector<LabelledKey>& TableResolver::group_sequence() const {
  static const std::vector<LabelledKey> none;
  return none;
}

std::unique_ptr<TableResolver> make_table_resolver(TableKind kind, const TemplateSchema& schema) {
  switch (kind) {
    case TableKind::kT2:
      return std::make_unique<Table2Resolver>(schema);
    case TableKind::kT3:
      return std::make_unique<Table3Resolver>(schema);
    case TableKind::kT4:
      return std::make_unique<Table4Resolver>(schema);
    case TableKind::kNone:
      return nullptr;
  }
  return nullptr;
}

}  // namespace ogi
