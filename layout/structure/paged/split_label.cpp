#include "layout/structure/paged/split_label.h"

#include <algorithm>
#include <string>
#include <vector>

#include "layout/labels/label_match.h"
#include "normalize/text_normalize.h"
#include "template/template_schema.h"

namespace ogi {
namespace {

// A joined label must read as a template label this well: a near-exact match, not the partial
// likeness a part has to a longer label.
constexpr double kJoinedLabelScore = 0.9;

void add_all(std::vector<LabelledKey>& into, const std::vector<LabelledKey>& keys) {
  into.insert(into.end(), keys.begin(), keys.end());
}

// Every label a header or a row of the templates' tables prints.
std::vector<LabelledKey> template_labels() {
  std::vector<LabelledKey> labels;
  for (const TemplateSchema* schema : templates()) {
    for (const auto* keys :
         {&schema->t2_sections, &schema->t2_columns, &schema->t3_groups, &schema->t3_columns,
          &schema->t3_extra_columns, &schema->t4_groups, &schema->t4_columns}) {
      add_all(labels, *keys);
    }
    for (const Table2RowSpec& row : schema->t2_rows) labels.push_back(row.row);
    for (const Table3RowSpec& row : schema->t3_rows) labels.push_back(row.row);
  }
  return labels;
}

double label_score(std::string_view text, const std::vector<LabelledKey>& labels) {
  const std::string compact = strip_enumeration(compact_label(text));
  if (compact.empty()) return 0;
  return best_label_match(compact, labels, 0).score;
}

}  // namespace

bool joins_into_label(std::string_view head, std::string_view tail) {
  if (head.empty() || tail.empty()) return false;
  const std::vector<LabelledKey> labels = template_labels();
  const double joined = label_score(std::string(head) + std::string(tail), labels);
  return joined >= kJoinedLabelScore &&
         joined >= std::max(label_score(head, labels), label_score(tail, labels));
}

}  // namespace ogi
