#include "layout/labels/section_splitter.h"

#include <regex>

#include "layout/labels/wide_text.h"
#include "normalize/text_normalize.h"
#include "template/template_markers.h"

namespace ogi {
namespace {

constexpr size_t kMaxHeadingLength = 45;

struct SectionPhrases {
  std::string key;
  std::vector<std::wstring> phrases;
};

// The template's heading phrases, widened once for the wide-string match.
const std::vector<SectionPhrases>& section_phrases() {
  static const std::vector<SectionPhrases> phrases = [] {
    std::vector<SectionPhrases> all;
    for (const SectionHeading& heading : section_headings()) {
      SectionPhrases wide{heading.key, {}};
      for (const std::string& phrase : heading.phrases) wide.phrases.push_back(to_wide(phrase));
      all.push_back(std::move(wide));
    }
    return all;
  }();
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
