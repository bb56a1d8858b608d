// `ogi audit` and `ogi batch --audit` as a person opens their pages: in headless Chromium from
// file://, the DOM read back after the pages' scripts ran.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "template/display_labels.h"
#include "tests/support/batch_test_support.h"
#include "tests/support/headless_browser.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string fixture(const std::string& name) { return testing::fixture_path(name).string(); }

std::string file_url(const fs::path& path, const std::string& fragment = "") {
  return "file://" + fs::absolute(path).string() + fragment;
}

// The pages the index links to, in row order.
std::vector<std::string> index_links(const std::string& dom) {
  std::vector<std::string> links;
  const std::regex link("<td><a href=\"([^\"]+)\">");
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), link); it != std::sregex_iterator();
       ++it) {
    links.push_back((*it)[1]);
  }
  return links;
}

// The index's body rows in DOM order: first cell (input number) and whether the row is hidden.
struct IndexRow {
  std::string ordinal;
  bool hidden = false;
};
std::vector<IndexRow> index_rows(const std::string& dom) {
  std::vector<IndexRow> rows;
  const std::regex row(
      "<tr class=\"[^\"]*\" data-status=\"[^\"]*\"( hidden=\"\")?><td>([0-9]+)</td>");
  for (auto it = std::sregex_iterator(dom.begin(), dom.end(), row); it != std::sregex_iterator();
       ++it) {
    rows.push_back({(*it)[2], (*it)[1].matched});
  }
  return rows;
}

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string sha256_of_page(const std::string& index_dom, size_t row) {
  const std::string link = index_links(index_dom).at(row);
  return link.substr(0, link.size() - std::string(".html").size());
}

TEST(AuditPages, AFailingIdentityIsMarkedAndEachValueShowsItsSource) {
  const testing::ScratchDir dir;
  const fs::path out = dir.path("audit");
  ASSERT_EQ(testing::run_ogi({"audit", fixture("pdf/inconsistent_t3.pdf"),
                              fixture("docx/report_2021.docx"), "-o", out.string()}),
            0);
  const std::string index = testing::browser_dom(file_url(out / "index.html"), dir.path("b0"));
  ASSERT_EQ(index_links(index).size(), 2u) << index;
  for (const std::string& link : index_links(index)) EXPECT_TRUE(fs::is_regular_file(out / link));

  // The PDF: T3-1 and T3-3 fail; their cells are outlined with the messages, the rest are not.
  const std::string pdf_page = sha256_of_page(index, 0);
  const std::string dom = testing::browser_dom(
      file_url(out / (pdf_page + ".html"), "#show=t3.new.natural_person"), dir.path("b1"));
  const testing::DomElement natural = testing::dom_element(dom, "td", "t3.new.natural_person");
  ASSERT_TRUE(natural.found) << dom.substr(0, 2000);
  EXPECT_EQ(natural.text, "18⚑");
  EXPECT_NE(natural.attribute("class").find("flagged"), std::string::npos);
  EXPECT_NE(
      natural.attribute("title").find(
          "T3-1 错误：表三 自然人列：本年新收 18 + 上年结转 1 ≠ 办理结果总计 15 + 结转下年度 2"),
      std::string::npos)
      << natural.attributes;
  EXPECT_NE(natural.attribute("title").find("T3-3 错误"), std::string::npos);
  const testing::DomElement total = testing::dom_element(dom, "td", "t3.new.total");
  EXPECT_EQ(total.text, "36⚑");
  EXPECT_NE(total.attribute("title").find("T3-3 错误"), std::string::npos);
  EXPECT_EQ(testing::dom_element(dom, "td", "t3.carried_forward.natural_person").text, "2⚑");
  // T3-1 names 4 cells and T3-3 7, one of them in both (the one #show= selected).
  EXPECT_EQ(count(dom, " flagged\""), 9u);
  EXPECT_EQ(count(dom, " flagged selected\""), 1u);
  const testing::DomElement issued = testing::dom_element(dom, "td", "t2.art20_1.rules.issued");
  EXPECT_EQ(issued.text, "10");
  EXPECT_EQ(issued.attribute("class"), "v c-hi");
  EXPECT_EQ(issued.attribute("title"), "");
  EXPECT_EQ(testing::dom_element(dom, "td", "t3.granted.research").text, "0");

  // The crop of the page around the value, its box drawn, within the caps.
  const std::string crop = pdf_page + "/t3.new.natural_person.png";
  EXPECT_EQ(natural.attribute("data-crop"), crop);
  const auto [width, height] = testing::png_size(out / crop);
  EXPECT_GT(width, 50);
  EXPECT_GT(height, 20);
  EXPECT_LE(width, 900);
  EXPECT_LE(height, 360);
  // #show= opened the source panel on that value, with its picture.
  EXPECT_FALSE(testing::dom_element(dom, "aside", "source").has_attribute("hidden"));
  EXPECT_EQ(testing::dom_element(dom, "img", "source-img").attribute("src"), crop);
  EXPECT_EQ(testing::dom_element(dom, "td", "t3.new.natural_person").attribute("class"),
            "v c-hi flagged selected");
  const testing::DomElement report = testing::dom_element(dom, "table", "report");
  EXPECT_NE(report.text.find("北塘市自然资源和规划局"), std::string::npos);
  EXPECT_NE(testing::dom_element(dom, "table", "provenance").text.find("inconsistent_t3.pdf"),
            std::string::npos);

  // The DOCX: every value of its truth at its key; its source is the cell's text, no picture.
  const std::string docx_page = sha256_of_page(index, 1);
  const std::string docx_dom = testing::browser_dom(
      file_url(out / (docx_page + ".html"), "#show=t3.new.total"), dir.path("b2"));
  const json truth = json::parse(testing::read_bytes(fixture("docx/report_2021.truth.json")));
  for (const json& cell : truth["cells"]) {
    const std::string key = cell["table"].get<std::string>() + "." +
                            cell["row"].get<std::string>() + "." + cell["col"].get<std::string>();
    const testing::DomElement element = testing::dom_element(docx_dom, "td", key);
    ASSERT_TRUE(element.found) << key;
    EXPECT_EQ(element.text, format_number(cell["value"].get<double>())) << key;
    EXPECT_EQ(element.attribute("data-crop"), "") << key;
  }
  EXPECT_EQ(count(docx_dom, " flagged\""), 0u);
  EXPECT_EQ(testing::dom_element(docx_dom, "pre", "source-text").text, "46");
  EXPECT_TRUE(testing::dom_element(docx_dom, "img", "source-img").has_attribute("hidden"));
}

TEST(AuditPages, TheBatchIndexSortsAndFiltersInTheBrowser) {
  const testing::ScratchDir dir;
  const fs::path out = dir.path("corpus");
  ASSERT_EQ(testing::run_ogi({"--quiet", "batch", fixture("batch"), "--audit", "-j", "1", "--out",
                              out.string()}),
            0);
  const std::vector<json> records = testing::read_jsonl(out / "reports.jsonl");
  ASSERT_EQ(records.size(), 4u);
  // Expected: the rows in year order, newest first (input order among equal years), the error
  // reports shown and the others hidden.
  std::vector<size_t> order(records.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return records[a]["report"]["year"].get<int>() > records[b]["report"]["year"].get<int>();
  });
  const fs::path index = out / "audit" / "index.html";
  const std::string dom =
      testing::browser_dom(file_url(index, "#status=error&sort=year&desc=1"), dir.path("b1"));
  const std::vector<IndexRow> rows = index_rows(dom);
  ASSERT_EQ(rows.size(), records.size()) << dom;
  size_t errors = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    const json& record = records[order[i]];
    EXPECT_EQ(rows[i].ordinal, std::to_string(order[i] + 1)) << i;
    const bool error = record["validation"]["status"] == "error";
    errors += error;
    EXPECT_EQ(rows[i].hidden, !error) << i;
  }
  EXPECT_GE(errors, 1u);
  EXPECT_LT(errors, records.size());
  EXPECT_EQ(testing::dom_element(dom, "span", "shown").text, std::to_string(errors));
  for (const std::string& link : index_links(dom)) {
    EXPECT_TRUE(fs::is_regular_file(out / "audit" / link)) << link;
  }

  // A text filter: the rows of one agency only, in input order.
  const std::string agency = records[3]["report"]["agency"].get<std::string>();
  const std::string filtered =
      testing::browser_dom(file_url(index, "#q=" + agency), dir.path("b2"));
  const std::vector<IndexRow> filtered_rows = index_rows(filtered);
  ASSERT_EQ(filtered_rows.size(), records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    EXPECT_EQ(filtered_rows[i].ordinal, std::to_string(i + 1));
    EXPECT_EQ(filtered_rows[i].hidden, records[i]["report"]["agency"] != agency) << i;
  }
}

TEST(AuditPages, AScriptInAFileNameStaysText) {
  const testing::ScratchDir dir;
  // A file name cannot hold '/': the folder's name ends in '<', so the path reads
  // ".../<script>x</script>alert(1).docx".
  fs::create_directories(dir.path("<script>x<"));
  const fs::path input = fs::path(dir.path("<script>x<")) / "script>alert(1).docx";
  fs::copy_file(fixture("docx/report_2021.docx"), input);
  const fs::path out = dir.path("audit");
  ASSERT_EQ(testing::run_ogi({"audit", input.string(), "-o", out.string()}), 0);
  const std::string index = testing::browser_dom(file_url(out / "index.html"), dir.path("b1"));
  EXPECT_EQ(count(index, "<script"), 1u) << index;  // the index's own
  EXPECT_NE(index.find("&lt;script&gt;x&lt;/script&gt;alert(1).docx</a>"), std::string::npos)
      << index;
  const std::string page =
      testing::browser_dom(file_url(out / index_links(index).at(0)), dir.path("b2"));
  EXPECT_EQ(count(page, "<script"), 1u);
  EXPECT_NE(testing::dom_element(page, "table", "provenance")
                .text.find("&lt;script&gt;x&lt;/script&gt;alert(1).docx"),
            std::string::npos);
  EXPECT_EQ(testing::dom_element(page, "td", "t3.new.total").text, "46");
}

}  // namespace
}  // namespace ogi
