#include "extractors/common/site_chrome.h"

#include <array>
#include <string>

namespace ogi {
namespace {

// Chrome lines are short; a report paragraph quoting one of the phrases is not.
constexpr std::size_t kMaxChromeLineBytes = 240;

constexpr std::array<std::string_view, 24> kChromePhrases = {"扫一扫在手机上查看",
                                                             "公网安备",
                                                             "版权所有",
                                                             "打印本页",
                                                             "关闭窗口",
                                                             "ICP备",
                                                             "icp备",
                                                             "网站标识码",
                                                             "浏览次数",
                                                             "访问次数",
                                                             "阅读次数",
                                                             "当前位置",
                                                             "您现在的位置",
                                                             "【打印】",
                                                             "【关闭】",
                                                             "[打印]",
                                                             "[关闭]",
                                                             "分享到",
                                                             "技术支持：",
                                                             "主办单位：",
                                                             "承办单位：",
                                                             "字号：",
                                                             "【字体：",
                                                             "Copyright"};

// Lines made only of these words (with separators) are toolbars: "打印 | 关闭 | 收藏".
constexpr std::array<std::string_view, 8> kToolbarWords = {"打印",     "关闭", "收藏", "分享",
                                                           "返回顶部", "大",   "中",   "小"};

bool only_toolbar_words(std::string_view line) {
  int words = 0;
  std::size_t pos = 0;
  while (pos < line.size()) {
    const char c = line[pos];
    if (c == ' ' || c == '|' || c == '[' || c == ']' || c == '\t') {
      ++pos;
      continue;
    }
    bool matched = false;
    for (std::string_view separator : {"【", "】", "｜", "　", "·"}) {
      if (line.substr(pos).starts_with(separator)) {
        pos += separator.size();
        matched = true;
        break;
      }
    }
    for (std::string_view word : kToolbarWords) {
      if (!matched && line.substr(pos).starts_with(word)) {
        pos += word.size();
        matched = true;
        ++words;
      }
    }
    if (!matched) return false;
  }
  // A lone "中" or "小" can be a wrapped table label in a text dump.
  return words >= 2;
}

}  // namespace

bool is_site_chrome_line(std::string_view line) {
  if (line.size() > kMaxChromeLineBytes) return false;
  for (std::string_view phrase : kChromePhrases) {
    if (line.find(phrase) != std::string_view::npos) return true;
  }
  return only_toolbar_words(line);
}

}  // namespace ogi
