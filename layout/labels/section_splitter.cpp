#include "layout/labels/section_splitter.h"

#include <array>
#include <regex>

#include "layout/labels/wide_text.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

constexpr size_t kMaxHeadingLength = 45;

struct SectionPhrases {
  const char* key;
  std::vector<std::wstring> phrases;
};

const std::array<SectionPhrases, 6>& section_phrases() {
  static const std::array<SectionPhrases, 6> phrases = {{
      {"s1_overall", {L"总体情况", L"总体工作情况", L"基本情况"}},
      {"s2_active", {L"主动公开政府信息", L"主动公开情况"}},
      {"s3_requests", {L"收到和处理政府信息公开申请", L"依申请公开情况", L"依申请公开政府信息"}},
      {"s4_review_litigation", {L"行政复议", L"行政诉讼"}},
      {"s5_problems", {L"存在的主要问题", L"存在问题", L"主要问题及改进", L"问题及改进"}},
      {"s6_other", {L"其他需要报告", L"需要说明的其他", L"其他需要说明", L"其他事项"}},
  }};
  return phrases;
}

}  // namespace

std::string SectionHeadingMatcher::match(const std::string& paragraph) {
  static const std::wregex heading(L"^\\s*([一二三四五六七八九十]{1,2})\\s*[、.,]\\s*(.*)$");
  const std::wstring text = to_wide(compact_label(paragraph));
  if (text.size() > kMaxHeadingLength) return "";
  std::wsmatch parts;
  if (!std::regex_match(text, parts, heading)) return "";
  const int numeral = parse_chinese_number(parts[1].str());
  const std::wstring core = parts[2].str();
  // A numeral that does not advance is a sub-heading whose numbering restarted.
  if (numeral <= last_numeral_) return "";
  const auto& all = section_phrases();
  for (size_t index = last_section_ + 1; index < all.size(); ++index) {
    for (const std::wstring& phrase : all[index].phrases) {
      if (core.find(phrase) == std::wstring::npos) continue;
      last_numeral_ = numeral;
      last_section_ = static_cast<int>(index);
      return all[index].key;
    }
  }
  return "";
}

std::vector<Section> split_sections(const std::vector<std::string>& paragraphs,
                                    size_t* first_heading) {
  std::vector<Section> sections;
  SectionHeadingMatcher matcher;
  if (first_heading) *first_heading = paragraphs.size();
  for (size_t index = 0; index < paragraphs.size(); ++index) {
    const std::string key = matcher.match(paragraphs[index]);
    if (!key.empty()) {
      if (first_heading && sections.empty()) *first_heading = index;
      sections.push_back({key, normalize_text(paragraphs[index]), ""});
      continue;
    }
    if (sections.empty()) continue;
    std::string& text = sections.back().text;
    if (!text.empty()) text += '\n';
    text += paragraphs[index];
  }
  return sections;
}

}  // namespace ogi
