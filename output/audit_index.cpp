#include "output/audit_index.h"

#include <set>

#include "output/audit_page.h"
#include "output/corpus_rows.h"
#include "output/html_text.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

constexpr const char* kHead = R"(<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>审计索引</title>
<style>
body{font-family:sans-serif;margin:1em 2em}
table{border-collapse:collapse}
th,td{border:1px solid #999;padding:2px 6px;font-size:13px}
th{background:#eee;cursor:pointer;user-select:none}
th.up::after{content:" ▲"}th.down::after{content:" ▼"}
tr.error td.status{color:#b00}tr.warning td.status{color:#a60}tr.unreadable td.status{color:#777}
</style>
</head>
<body>
<h1>审计索引</h1>
<p><input id="q" type="search" placeholder="筛选：机关、年度、规则、文件…" size="40">
<select id="status"><option value="">全部</option><option>ok</option><option>warning</option>
<option>error</option><option>unreadable</option></select>
显示 <span id="shown"></span> / <span id="total"></span></p>
<table id="reports">
<thead><tr><th data-col="ordinal" data-num="1">序号</th><th data-col="agency">机关</th>
<th data-col="year" data-num="1">年度</th><th data-col="template">模板</th>
<th data-col="status">校验结果</th><th data-col="rules">未通过规则</th>
<th data-col="path">报告</th></tr></thead>
<tbody>
)";

// Sorting and filtering: one listener on the header row, one comparator, rows hidden by filter.
constexpr const char* kTail = R"(</tbody>
</table>
<script>
(function () {
  var table = document.getElementById('reports');
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  var query = document.getElementById('q');
  var status = document.getElementById('status');
  var collator = new Intl.Collator('zh');
  var sorted = {col: -1, desc: false};
  function sortBy(col, desc) {
    var numeric = headers[col].dataset.num === '1';
    var keyed = Array.prototype.map.call(body.rows, function (row) {
      var text = row.cells[col].textContent;
      return {key: numeric ? (text === '' ? -Infinity : Number(text)) : text, row: row};
    });
    keyed.sort(function (a, b) {
      var order = numeric ? a.key - b.key : collator.compare(a.key, b.key);
      return desc ? -order : order;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
    for (var i = 0; i < headers.length; ++i) headers[i].className = '';
    headers[col].className = desc ? 'down' : 'up';
    sorted = {col: col, desc: desc};
  }
  function filter() {
    var words = query.value.trim().toLowerCase();
    var wanted = status.value;
    var shown = 0;
    for (var i = 0; i < body.rows.length; ++i) {
      var row = body.rows[i];
      var keep = (!wanted || row.dataset.status === wanted) &&
                 (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
      row.hidden = !keep;
      if (keep) ++shown;
    }
    document.getElementById('shown').textContent = shown;
  }
  table.tHead.addEventListener('click', function (event) {
    var header = event.target.closest('th');
    if (!header) return;
    var col = header.cellIndex;
    sortBy(col, sorted.col === col ? !sorted.desc : false);
  });
  query.addEventListener('input', filter);
  status.addEventListener('change', filter);
  var state = new URLSearchParams(location.hash.slice(1));
  query.value = state.get('q') || '';
  status.value = state.get('status') || '';
  for (var i = 0; i < headers.length; ++i) {
    if (headers[i].dataset.col === state.get('sort')) sortBy(i, state.get('desc') === '1');
  }
  document.getElementById('total').textContent = body.rows.length;
  filter();
})();
</script>
</body>
</html>
)";

// The rules of the record's error and warning findings, each once, in first-seen order.
std::string failing_rules(const ordered_json& record) {
  std::string rules;
  std::set<std::string> seen;
  const ordered_json findings =
      record.value("validation", ordered_json::object()).value("findings", ordered_json::array());
  for (const ordered_json& finding : findings) {
    const std::string severity = finding.value("severity", "");
    if (severity != "error" && severity != "warning") continue;
    const std::string rule = finding.value("rule", "");
    if (!seen.insert(rule).second) continue;
    if (!rules.empty()) rules += ' ';
    rules += rule;
  }
  return rules;
}

void cell(std::ostream& out, const std::string& text, const char* css_class = nullptr) {
  out << "<td";
  if (css_class) out << " class=\"" << css_class << '"';
  out << '>';
  write_escaped(out, text);
  out << "</td>";
}

}  // namespace

AuditIndex::AuditIndex(std::ostream& out) : out_(out) { out_ << kHead; }

void AuditIndex::add(long long ordinal, const ordered_json& record, const std::string& page_url) {
  const ordered_json report = record.value("report", ordered_json::object());
  const std::string status = corpus_status(record);
  out_ << "<tr class=\"" << html_escaped(status) << "\" data-status=\"" << html_escaped(status)
       << "\">";
  cell(out_, std::to_string(ordinal));
  cell(out_, shown_text(report.value("agency", ordered_json())));
  cell(out_, shown_text(report.value("year", ordered_json())));
  cell(out_, shown_text(report.value("template", ordered_json())));
  cell(out_, status, "status");
  cell(out_, failing_rules(record));
  out_ << "<td><a href=\"" << html_escaped(page_url) << "\">"
       << html_escaped(shown_text(
              record.value("source", ordered_json::object()).value("path", ordered_json())))
       << "</a></td></tr>\n";
}

void AuditIndex::finish() { out_ << kTail; }

}  // namespace ogi
