#pragma once

#include <optional>
#include <string>

namespace ogi {

struct TemplateDecision {
  std::string name;          // a registered template: "2019" | "2021" | ...
  std::string basis;         // which marker decided, for the record's findings
  bool from_labels = false;  // false when only the year (or nothing) decided
};

// template.md §0: decided by the labels the tables print (each template's markers, strongest tier
// first: the 2021 column labels, then the 2019 ones, then
// the shape of （六）其他处理), and only when the tables say nothing, by the statistics year.
TemplateDecision detect_template(const std::string& table_text, std::optional<int> year);

// The template the statistics year calls for: 2019 for 2019–2020, 2021 from 2021 on.
std::optional<std::string> template_expected_by_year(std::optional<int> year);

}  // namespace ogi
