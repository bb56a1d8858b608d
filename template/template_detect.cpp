#include "template/template_detect.h"

#include "template/template_schema.h"

namespace ogi {
namespace {

// The first of `markers` the text prints, or "".
std::string first_marker(const std::string& text, const std::vector<std::string>& markers) {
  for (const std::string& marker : markers) {
    if (text.find(marker) != std::string::npos) return marker;
  }
  return {};
}

size_t tier_count() {
  size_t tiers = 0;
  for (const TemplateSchema* schema : templates()) tiers = std::max(tiers, schema->markers.size());
  return tiers;
}

}  // namespace

TemplateDecision detect_template(const std::string& table_text, std::optional<int> year) {
  for (size_t tier = 0; tier < tier_count(); ++tier) {
    for (const TemplateSchema* schema : templates()) {
      if (tier >= schema->markers.size()) continue;
      const std::string marker = first_marker(table_text, schema->markers[tier]);
      if (!marker.empty()) return {schema->name, marker, true};
    }
  }
  if (auto expected = template_expected_by_year(year)) return {*expected, "year", false};
  return {current_template().name, "default", false};
}

std::optional<std::string> template_expected_by_year(std::optional<int> year) {
  if (!year) return std::nullopt;
  for (const TemplateSchema* schema : templates()) {
    if (schema->first_year <= *year) return schema->name;
  }
  return std::nullopt;
}

}  // namespace ogi
