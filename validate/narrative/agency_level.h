#pragma once

#include <string_view>

namespace ogi {

// True for a 国务院部门 or a 省级 agency (省, 自治区, 直辖市 and their departments): the
// agencies whose fee income can plausibly reach 10亿元. False as soon as a city, county or
// district follows the province in the name ("湖北省武汉市…", "上海市黄浦区…").
bool is_province_level_agency(std::string_view agency);

}  // namespace ogi
