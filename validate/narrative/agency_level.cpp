#include "validate/narrative/agency_level.h"

#include "validate/narrative/word_search.h"

namespace ogi {

namespace {

constexpr size_t npos = std::u32string_view::npos;

// The part of the name after the provincial unit, or npos when the name starts with none.
size_t after_province(std::u32string_view name) {
  static const WordList municipalities = {U"北京市", U"上海市", U"天津市", U"重庆市"};
  for (std::u32string_view city : municipalities) {
    if (name.substr(0, city.size()) == city) return city.size();
  }
  size_t length = 0;
  size_t at = find_first_word(name, {U"省", U"自治区"}, &length);
  return at == npos ? npos : at + length;
}

// Department words that hold a local-unit character: 市场监督管理局, 住房和城乡建设厅.
std::u32string without_compounds(std::u32string name) {
  static const WordList compounds = {U"市场", U"城市", U"都市", U"城乡", U"社区", U"区域"};
  for (std::u32string_view word : compounds) {
    for (size_t at = name.find(word); at != npos; at = name.find(word, at)) {
      name.erase(at, word.size());
    }
  }
  return name;
}

bool names_local_unit(std::u32string_view name) {
  return contains_any(without_compounds(std::u32string(name)),
                      {U"市", U"州", U"县", U"区", U"盟", U"旗"});
}

}  // namespace

bool is_province_level_agency(std::string_view agency) {
  std::u32string name = utf8_to_u32(agency);
  size_t rest = after_province(name);
  if (rest != npos) return !names_local_unit(std::u32string_view(name).substr(rest));
  // No province in the name: a national body (交通运输部, 国家统计局) unless a local unit shows.
  return !names_local_unit(name);
}

}  // namespace ogi
