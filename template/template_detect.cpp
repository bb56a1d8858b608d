#include "template/template_detect.h"

#include <string_view>

namespace ogi {
namespace {

std::string_view first_marker(const std::string& text,
                              std::initializer_list<std::string_view> markers) {
  for (std::string_view marker : markers) {
    if (text.find(marker) != std::string::npos) return marker;
  }
  return {};
}

}  // namespace

TemplateDecision detect_template(const std::string& table_text, std::optional<int> year) {
  if (auto marker = first_marker(table_text, {"本年制发件数", "本年废止件数", "现行有效件数",
                                              "本年制发", "本年废止", "现行有效"});
      !marker.empty()) {
    return {"2021", std::string(marker), true};
  }
  if (auto marker = first_marker(table_text, {"本年新制作数量", "对外公开总数量", "上一年项目数量",
                                              "第二十条第(九)项", "本年新公开数量"});
      !marker.empty()) {
    return {"2019", std::string(marker), true};
  }
  // Sub-rows of （六）其他处理 exist only in 2021.
  if (auto marker = first_marker(table_text, {"逾期不补正", "逾期未按收费通知"}); !marker.empty()) {
    return {"2021", std::string(marker), true};
  }
  if (table_text.find("其他处理") != std::string::npos) return {"2019", "其他处理", true};
  if (auto expected = template_expected_by_year(year)) return {*expected, "year", false};
  return {"2021", "default", false};
}

std::optional<std::string> template_expected_by_year(std::optional<int> year) {
  if (!year || *year < 2019) return std::nullopt;
  return *year <= 2020 ? "2019" : "2021";
}

}  // namespace ogi
