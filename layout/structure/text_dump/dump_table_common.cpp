#include "layout/structure/text_dump/dump_table_builders.h"
#include "normalize/text_normalize.h"

namespace ogi {

std::vector<std::string> fit_values(const std::vector<TextToken>& values, size_t columns) {
  std::vector<std::string> fitted;
  if (columns == 0) return fitted;
  const size_t kept = values.size() <= columns ? values.size() : columns - 1;
  for (size_t i = 0; i < kept; ++i) fitted.push_back(values[i].text);
  if (values.size() > columns) fitted.push_back(values.back().text);
  return fitted;
}

Table build_text_table(TableKind kind, const std::vector<TextSegment>& segments) {
  switch (kind) {
    case TableKind::kT2:
      return build_text_table2(segments);
    case TableKind::kT3:
      return build_text_table3(segments);
    case TableKind::kT4:
      return build_text_table4(segments);
    case TableKind::kNone:
      break;
  }
  return {};
}

std::string joined_label(const TextSegment& segment) {
  std::string joined;
  for (const std::string& label : segment.labels) joined += label;
  return compact_label(joined);
}

}  // namespace ogi
