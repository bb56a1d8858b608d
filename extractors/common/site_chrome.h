#pragma once

#include <string_view>

namespace ogi {

// Whether a line of page text is web-site furniture rather than report text:
// "扫一扫在手机上查看当前 页面", "闽公网安备…号", "版权所有", "打印本页", "关闭窗口", ICP numbers,
// visit counters, breadcrumbs. HTML pages and text dumps saved from them both carry these lines.
// Only short lines qualify, so a report paragraph that mentions a word of them is never dropped.
bool is_site_chrome_line(std::string_view line);

}  // namespace ogi
