// The audit page and index as text: every text of a record escaped, and the cells of the template
// laid out once each.
#include "output/audit_page.h"

#include <gtest/gtest.h>

#include <sstream>

#include "output/audit_index.h"
#include "template/template_keys.h"
#include "template/template_schema.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

ordered_json hostile_record() {
  return ordered_json::parse(R"({
    "schema_version": "1",
    "source": {"path": "a\"><script>alert('path')</script>.pdf", "sha256": null, "format": "pdf"},
    "report": {"agency": "<script>alert('agency')</script>", "year": 2022, "template": "2021"},
    "cells": [{"table": "t3", "row": "new", "col": "total", "value": null,
               "raw": "\"><script>alert('raw')</script>", "semantic": "TEXT", "page": null,
               "bbox": null, "confidence": 0.3}],
    "validation": {"status": "error", "findings": [{"rule": "T3-1", "severity": "error",
      "cells": ["t3.new.total"], "message": "<img src=x onerror=alert('message')>"}]},
    "errors": []})");
}

TEST(AuditPage, EveryTextOfTheRecordIsEscaped) {
  std::ostringstream page;
  write_audit_page(page, hostile_record(), {{"t3.new.total", "x\"><script>.png"}});
  const std::string html = page.str();
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;agency&#39;)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("data-raw=\"&quot;&gt;&lt;script&gt;alert(&#39;raw&#39;)"),
            std::string::npos);
  EXPECT_NE(html.find("data-crop=\"x&quot;&gt;&lt;script&gt;.png\""), std::string::npos);
  // The page's own script, once.
  size_t scripts = 0;
  for (size_t at = html.find("<script"); at != std::string::npos;
       at = html.find("<script", at + 1)) {
    ++scripts;
  }
  EXPECT_EQ(scripts, 1u);
  // A low-confidence value named by an error: coloured as doubtful, outlined, with both notes.
  EXPECT_NE(html.find("class=\"v c-lo flagged\" title=\"置信度 0.3\nT3-1 错误：&lt;img"),
            std::string::npos);

  std::ostringstream index_html;
  AuditIndex index(index_html);
  index.add(7, hostile_record(), "input-7.html");
  index.finish();
  EXPECT_EQ(index_html.str().find("<script>alert"), std::string::npos);
  EXPECT_NE(index_html.str().find("<td>&lt;script&gt;alert(&#39;agency&#39;)&lt;/script&gt;</td>"),
            std::string::npos);
  EXPECT_NE(index_html.str().find("<td>T3-1</td>"), std::string::npos);
}

TEST(AuditPage, EveryOfficialCellHasOnePlaceInTheTables) {
  for (const char* name : {"2019", "2021"}) {
    const TemplateSchema& schema = *template_by_name(name);
    ordered_json record = {{"report", {{"template", name}}},
                           {"cells", ordered_json::array()},
                           {"validation", {{"status", "ok"}, {"findings", ordered_json::array()}}},
                           {"errors", ordered_json::array()}};
    std::ostringstream page;
    write_audit_page(page, record, {});
    const std::string html = page.str();
    for (const CellKey& key : official_cell_keys(schema)) {
      const std::string id = "<td id=\"" + key.text() + "\"";
      const size_t at = html.find(id);
      ASSERT_NE(at, std::string::npos) << name << " " << key.text();
      EXPECT_EQ(html.find(id, at + 1), std::string::npos) << name << " " << key.text();
    }
    // Nothing was read: no section of values outside the template.
    EXPECT_EQ(html.find("id=\"extra\""), std::string::npos);
  }
}

}  // namespace
}  // namespace ogi
