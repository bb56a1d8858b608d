#include "layout/report_meta/report_metadata.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <regex>

#include "layout/labels/wide_text.h"
#include "model/utf8.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

constexpr size_t kTitleSearchParagraphs = 8;
constexpr size_t kSignatureSearchParagraphs = 6;
constexpr size_t kMaxAgencyLength = 40;
// Titles are short; std::regex recurses per character, so long paragraphs are never searched.
constexpr size_t kMaxTitleLength = 120;
constexpr size_t kPeriodWindow = 24;
constexpr size_t kYearSearchParagraphs = 6;
constexpr int kMinYear = 2008;
constexpr int kMaxYear = 2100;

std::optional<int> plausible_year(int year) {
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  return year;
}

// Drops trailing red-header words and punctuation from an agency candidate.
std::wstring clean_agency(std::wstring agency) {
  static const std::wregex trailing(L"(文件|关于|[\\s,，:：、])+$");
  // Page furniture before a title: "标题：XX局2023年…报告".
  static const std::wregex leading(L"^((标题|题名|名称)[:：]|[\\s,，:：、])+");
  agency = std::regex_replace(agency, trailing, L"");
  return std::regex_replace(agency, leading, L"");
}

bool looks_like_name(const std::wstring& text) {
  static const std::wregex sentence(L"[。，,；;！!？?《》]");
  return !text.empty() && text.size() <= kMaxAgencyLength && !std::regex_search(text, sentence);
}

// The dated line of the signature block: the ISO date and the paragraph it stands in.
struct SignatureDate {
  std::optional<std::string> iso;
  size_t index = 0;
};

SignatureDate find_signature_date(const std::vector<std::string>& paragraphs) {
  // One stray glyph before a unit (a speck read as 人: "2026人年2月10日") is tolerated.
  static const std::wregex arabic(
      L"(\\d{4})[^\\d年]?年(\\d{1,2})[^\\d月]?月(\\d{1,2})[^\\d日]?日$");
  static const std::wregex chinese(
      L"([〇零一二三四五六七八九○O]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,"
      L"3})日$");
  const size_t begin = paragraphs.size() > kSignatureSearchParagraphs
                           ? paragraphs.size() - kSignatureSearchParagraphs
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
    return {std::string(iso), index};
  }
  return {};
}

// A report without a title line is still signed: the agency's name stands above the date.
std::optional<std::string> signature_agency(const std::vector<std::string>& paragraphs,
                                            const SignatureDate& date) {
  static const std::wregex agency_end(
      L"(局|厅|委|会|办|院|府|室|部|署|所|站|处|馆|队|中心|镇|乡|街道)$");
  const auto name_at = [&](size_t index) -> std::optional<std::string> {
    const std::wstring text = clean_agency(to_wide(compact_label(paragraphs[index])));
    if (!looks_like_name(text) || !std::regex_search(text, agency_end)) return std::nullopt;
    return from_wide(text);
  };
  if (date.iso) return date.index == 0 ? std::nullopt : name_at(date.index - 1);
  // A date line OCR garbled ("2026人年2月10日") still leaves the name above it: the last short
  // line among the closing paragraphs that reads as an agency.
  const size_t begin = paragraphs.size() > kSignatureSearchParagraphs
                           ? paragraphs.size() - kSignatureSearchParagraphs
                           : 0;
  for (size_t index = paragraphs.size(); index-- > begin;) {
    if (std::optional<std::string> name = name_at(index)) return name;
  }
  return std::nullopt;
}

// Without a title or a statistics period, the year section 一 speaks of most ("2025年，我厅…").
std::optional<int> dominant_year(const std::vector<std::string>& paragraphs, size_t first) {
  std::map<int, std::pair<int, size_t>> seen;  // year → (count, first position)
  size_t position = 0;
  for (size_t index = first; index < std::min(paragraphs.size(), first + kYearSearchParagraphs);
       ++index) {
    const std::u32string text = utf8_to_u32(compact_label(paragraphs[index]));
    for (size_t at = text.find(U'年'); at != std::u32string::npos; at = text.find(U'年', at + 1)) {
      if (at < 4) continue;
      int year = 0;
      bool digits = at < 5 || !(text[at - 5] >= U'0' && text[at - 5] <= U'9');
      for (size_t k = at - 4; k < at && digits; ++k) {
        digits = text[k] >= U'0' && text[k] <= U'9';
        year = year * 10 + static_cast<int>(text[k] - U'0');
      }
      if (!digits || !plausible_year(year)) continue;
      auto& entry = seen.try_emplace(year, 0, position++).first->second;
      ++entry.first;
    }
  }
  std::optional<int> best;
  for (const auto& [year, entry] : seen) {
    if (!best || entry.first > seen[*best].first ||
        (entry.first == seen[*best].first && entry.second < seen[*best].second)) {
      best = year;
    }
  }
  return best;
}

std::optional<int> find_period_year(const std::vector<std::string>& paragraphs) {
  static const std::wregex period(L"^(统计期限|统计时限|统计时间)[^0-9]{0,6}(\\d{4})年");
  for (const std::string& paragraph : paragraphs) {
    const std::wstring text = to_wide(compact_label(paragraph));
    // std::regex recurses per character: it only ever sees a short window after "统计".
    for (size_t at = text.find(L"统计"); at != std::wstring::npos;
         at = text.find(L"统计", at + 2)) {
      const std::wstring window = text.substr(at, kPeriodWindow);
      std::wsmatch parts;
      if (std::regex_search(window, parts, period)) {
        return plausible_year(std::stoi(parts[2].str()));
      }
    }
  }
  return std::nullopt;
}

// The agency as the opening sentence names it: "现公布武汉市交通运输局2025年度…报告".
std::optional<std::wstring> announced_agency(const std::vector<std::string>& paragraphs,
                                             size_t first) {
  static const std::wregex announced(L"(现公布|现予公布|特公布|现发布)(.{2,40}?)\\d{4}年");
  for (size_t index = first; index < std::min(paragraphs.size(), first + kYearSearchParagraphs);
       ++index) {
    const std::wstring text = to_wide(compact_label(paragraphs[index]));
    const size_t at =
        text.find(L"公布") != std::wstring::npos ? text.find(L"公布") : text.find(L"发布");
    if (at == std::wstring::npos) continue;
    const std::wstring window = text.substr(at >= 2 ? at - 2 : 0, kMaxTitleLength);
    std::wsmatch parts;
    if (!std::regex_search(window, parts, announced)) continue;
    const std::wstring agency = clean_agency(parts[2].str());
    if (looks_like_name(agency)) return agency;
  }
  return std::nullopt;
}

// Two spellings of one name: equal, or the same length with at most one glyph in four differing
// (a scan misreads a glyph or two of a title, rarely the same ones twice).
bool same_name(const std::wstring& a, const std::wstring& b) {
  if (a.size() != b.size()) return false;
  size_t differ = 0;
  for (size_t i = 0; i < a.size(); ++i) differ += a[i] != b[i];
  return differ * 4 <= a.size();
}

// How many paragraphs name `agency` as it is spelled.
size_t mentions(const std::vector<std::string>& paragraphs, const std::wstring& agency) {
  const std::string spelled = from_wide(agency);
  return static_cast<size_t>(
      std::count_if(paragraphs.begin(), paragraphs.end(), [&](const std::string& paragraph) {
        return compact_label(paragraph).find(spelled) != std::string::npos;
      }));
}

// Two spellings of one name of which one is misread: as long as each other and of one kind of
// body (the same last three glyphs, 农村局), but not the same. A full name and a short one
// (昆明市呈贡区… and 呈贡区…) are two forms, not a misreading.
bool misread_variants(const std::wstring& a, const std::wstring& b) {
  constexpr size_t kKind = 3;
  return a != b && a.size() == b.size() && a.size() > kKind &&
         a.compare(a.size() - kKind, kKind, b, b.size() - kKind, kKind) == 0;
}

// The title names the agency, the opening sentence and the signature repeat it. Where the title's
// spelling stands alone and the other two agree, the title was misread (OCR of a large font) and
// the repeated spelling is taken. A signature that spells the title's name otherwise wins when
// the text names it at least as often: a title's large glyphs misread more than body text.
std::optional<std::wstring> corroborated_agency(const std::optional<std::wstring>& title,
                                                const std::optional<std::wstring>& announced,
                                                const std::optional<std::wstring>& signed_by,
                                                const std::vector<std::string>& paragraphs) {
  const auto agree = [](const std::optional<std::wstring>& a,
                        const std::optional<std::wstring>& b) {
    return a && b && same_name(*a, *b);
  };
  if (title && !agree(title, announced) && !agree(title, signed_by) &&
      agree(announced, signed_by)) {
    return announced;
  }
  if (title && signed_by && misread_variants(*title, *signed_by) &&
      mentions(paragraphs, *signed_by) >= mentions(paragraphs, *title)) {
    return signed_by;
  }
  if (title) return title;
  return announced ? announced : signed_by;
}

// The title, on one paragraph or wrapped over two.
std::optional<std::wsmatch> find_title(const std::vector<std::string>& paragraphs, size_t end,
                                       size_t* title_index, std::wstring* title_text) {
  static const std::wregex title(L"^(.*?)(\\d{4})年度?(政府信息公开|政务公开|信息公开)\\S*报告");
  for (size_t index = 0; index < end; ++index) {
    std::wstring text = to_wide(compact_label(paragraphs[index]));
    for (int lines = 1; lines <= 2 && text.size() <= kMaxTitleLength; ++lines) {
      std::wsmatch parts;
      *title_text = text;
      if (std::regex_search(*title_text, parts, title)) {
        *title_index = index;
        return parts;
      }
      // Only a first line that already names the year wraps on: a red header or a site banner
      // above the title ("某某市人民政府") never joins it.
      static const std::wregex year_started(L"\\d{4}年");
      if (index + 1 >= paragraphs.size() || !std::regex_search(text, year_started)) break;
      text += to_wide(compact_label(paragraphs[index + 1]));
    }
  }
  return std::nullopt;
}

}  // namespace

AgencyYearDate read_agency_year_date(const std::vector<std::string>& paragraphs,
                                     size_t first_heading) {
  AgencyYearDate printed;
  const size_t title_end = std::min({first_heading, paragraphs.size(), kTitleSearchParagraphs});
  std::optional<std::wstring> title_agency;
  size_t title_index = 0;
  std::wstring title_text;
  // The match refers into title_text, which outlives it here.
  if (const auto parts = find_title(paragraphs, title_end, &title_index, &title_text)) {
    printed.year = plausible_year(std::stoi((*parts)[2].str()));
    std::wstring agency = clean_agency((*parts)[1].str());
    if (agency.empty() && title_index > 0) {
      const std::wstring previous = to_wide(compact_label(paragraphs[title_index - 1]));
      if (previous.size() <= kMaxTitleLength) agency = clean_agency(previous);
    }
    if (looks_like_name(agency)) title_agency = agency;
  }
  if (!printed.year) printed.year = find_period_year(paragraphs);
  if (!printed.year && first_heading < paragraphs.size()) {
    printed.year = dominant_year(paragraphs, first_heading + 1);
  }
  const SignatureDate date = find_signature_date(paragraphs);
  printed.published = date.iso;
  const std::optional<std::string> signed_by = signature_agency(paragraphs, date);
  const std::optional<std::wstring> agency = corroborated_agency(
      title_agency, announced_agency(paragraphs, title_index),
      signed_by ? std::optional(to_wide(*signed_by)) : std::nullopt, paragraphs);
  if (agency) printed.agency = from_wide(*agency);
  return printed;
}

}  // namespace ogi
