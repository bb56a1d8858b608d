#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ogi {

struct AgencyYearDate {
  std::optional<std::string> agency;
  std::optional<int> year;               // statistics year
  std::optional<std::string> published;  // ISO date from the signature
};

// Agency and year from the title (the lines before the first section heading), else the year
// from "统计期限自YYYY年"; publication date from a date line among the last paragraphs, in Arabic
// or Chinese numerals ("二〇二〇年三月十八日").
AgencyYearDate read_agency_year_date(const std::vector<std::string>& paragraphs,
                                     size_t first_heading);

}  // namespace ogi
