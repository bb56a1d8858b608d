#include "layout/report_metadata.h"

#include <cstdio>
#include <regex>

#include "layout/wide_text.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

constexpr size_t kTitleSearchParagraphs = 8;
constexpr size_t kSignatureSearchParagraphs = 6;
constexpr size_t kMaxAgencyLength = 40;
constexpr int kMinYear = 2008;
constexpr int kMaxYear = 2100;

std::optional<int> plausible_year(int year) {
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  return year;
}

// Drops trailing red-header words and punctuation from an agency candidate.
std::wstring clean_agency(std::wstring agency) {
  static const std::wregex trailing(L"(文件|关于|[\\s,，:：、])+$");
  static const std::wregex leading(L"^[\\s,，:：、]+");
  agency = std::regex_replace(agency, trailing, L"");
  return std::regex_replace(agency, leading, L"");
}

bool looks_like_name(const std::wstring& text) {
  static const std::wregex sentence(L"[。，,；;！!？?《》]");
  return !text.empty() && text.size() <= kMaxAgencyLength && !std::regex_search(text, sentence);
}

std::optional<std::string> find_published(const std::vector<std::string>& paragraphs) {
  static const std::wregex arabic(L"(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
  static const std::wregex chinese(
      L"([〇零一二三四五六七八九○O]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$");
  const size_t begin =
      paragraphs.size() > kSignatureSearchParagraphs ? paragraphs.size() - kSignatureSearchParagraphs
                                                     : 0;
  for (size_t index = paragraphs.size(); index-- > begin;) {
    const std::wstring text = to_wide(compact_label(paragraphs[index]));
    if (text.size() > 20) continue;
    std::wsmatch parts;
    int year = -1, month = -1, day = -1;
    if (std::regex_search(text, parts, arabic)) {
      year = std::stoi(parts[1].str());
      month = std::stoi(parts[2].str());
      day = std::stoi(parts[3].str());
    } else if (std::regex_search(text, parts, chinese)) {
      year = parse_chinese_number(parts[1].str());
      month = parse_chinese_number(parts[2].str());
      day = parse_chinese_number(parts[3].str());
    } else {
      continue;
    }
    if (!plausible_year(year) || month < 1 || month > 12 || day < 1 || day > 31) continue;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return std::string(iso);
  }
  return std::nullopt;
}

std::optional<int> find_period_year(const std::vector<std::string>& paragraphs) {
  static const std::wregex period(L"(统计期限|统计时限|统计时间)[^0-9]{0,6}(\\d{4})年");
  for (const std::string& paragraph : paragraphs) {
    std::wsmatch parts;
    const std::wstring text = to_wide(compact_label(paragraph));
    if (std::regex_search(text, parts, period)) return plausible_year(std::stoi(parts[2].str()));
  }
  return std::nullopt;
}

}  // namespace

ReportIdentity extract_identity(const std::vector<std::string>& paragraphs, size_t first_heading) {
  static const std::wregex title(L"^(.*?)(\\d{4})年度?(政府信息公开|政务公开|信息公开)\\S*报告");
  ReportIdentity identity;
  const size_t title_end = std::min({first_heading, paragraphs.size(), kTitleSearchParagraphs});
  for (size_t index = 0; index < title_end; ++index) {
    const std::wstring text = to_wide(compact_label(paragraphs[index]));
    std::wsmatch parts;
    if (!std::regex_search(text, parts, title)) continue;
    identity.year = plausible_year(std::stoi(parts[2].str()));
    std::wstring agency = clean_agency(parts[1].str());
    if (agency.empty() && index > 0) {
      agency = clean_agency(to_wide(compact_label(paragraphs[index - 1])));
    }
    if (looks_like_name(agency)) identity.agency = from_wide(agency);
    break;
  }
  if (!identity.year) identity.year = find_period_year(paragraphs);
  identity.published = find_published(paragraphs);
  return identity;
}

}  // namespace ogi
