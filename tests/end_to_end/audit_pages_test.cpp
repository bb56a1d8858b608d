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
#include "tests/support/record_checks.h"
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

// `dom`, a page opened at #show=`key`, links the picture of `key`'s source, a PNG within the caps
// written beside the page, and shows it in the source panel.
void expect_crop_shown(const fs::path& out, const std::string& dom, const std::string& page_stem,
                       const std::string& key) {
  const std::string crop = page_stem + "/" + key + ".png";
  EXPECT_EQ(testing::dom_element(dom, "td", key).attribute("data-crop"), crop);
  const auto [width, height] = testing::png_size(out / crop);
  EXPECT_GT(width, 50) << crop;
  EXPECT_GT(height, 20) << crop;
  EXPECT_LE(width, 900) << crop;
  EXPECT_LE(height, 360) << crop;
  EXPECT_FALSE(testing::dom_element(dom, "aside", "source").has_attribute("hidden"));
  EXPECT_EQ(testing::dom_element(dom, "img", "source-img").attribute("src"), crop);
  EXPECT_FALSE(testing::dom_element(dom, "img", "source-img").has_attribute("hidden"));
}

// The truth of the report every scan fixture was made from (make_scan_fixtures.sh), by key.
json report_2021_truth(const std::string& key) {
  const json truth = json::parse(testing::read_bytes(fixture("docx/report_2021.truth.json")));
  for (const json& cell : truth["cells"]) {
    if (cell["table"].get<std::string>() + "." + cell["row"].get<std::string>() + "." +
            cell["col"].get<std::string>() ==
        key) {
      return cell["value"];
    }
  }
  return nullptr;
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

  // The crop of the page around the value, its box drawn, within the caps; #show= opened the
  // source panel on that value, with its picture.
  expect_crop_shown(out, dom, pdf_page, "t3.new.natural_person");
  EXPECT_FALSE(testing::dom_element(dom, "p", "source-missing").found);
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

// Image scans: a PNG of page 1 and a two-frame TIFF of pages 1 and 2, their values' sources cut
// from the frames OCR read, as a scanned PDF's are.
TEST(AuditPages, AValueOfAnImageScanShowsItsCropOnEveryFrame) {
  const testing::ScratchDir dir;
  const fs::path out = dir.path("audit");
  ASSERT_EQ(testing::run_ogi({"audit", fixture("scan/page1_2021.png"),
                              fixture("scan/pages_2021.tif"), "-o", out.string()}),
            0);
  const std::string index = testing::browser_dom(file_url(out / "index.html"), dir.path("b0"));
  ASSERT_EQ(index_links(index).size(), 2u) << index;
  struct Shown {
    size_t row;
    std::string key;
    std::string page;
  };
  // 表二 is on page 1; 表三's results from 三（三） on, and 表四, on page 2 (the TIFF's second
  // frame).
  for (const Shown& shown :
       std::vector<Shown>{{0, "t2.art20_6.administrative_coercion.decisions", "第 1 页"},
                          {1, "t2.art20_6.administrative_coercion.decisions", "第 1 页"},
                          {1, "t3.unable.not_held.total", "第 2 页"}}) {
    SCOPED_TRACE(std::to_string(shown.row) + " " + shown.key);
    const std::string stem = sha256_of_page(index, shown.row);
    const std::string dom =
        testing::browser_dom(file_url(out / (stem + ".html"), "#show=" + shown.key),
                             dir.path("b-" + std::to_string(shown.row) + shown.key));
    const testing::DomElement value = testing::dom_element(dom, "td", shown.key);
    ASSERT_TRUE(value.found) << dom.substr(0, 2000);
    EXPECT_EQ(value.text, format_number(report_2021_truth(shown.key).get<double>()));
    EXPECT_NE(value.attribute("data-where").find(shown.page), std::string::npos)
        << value.attributes;
    expect_crop_shown(out, dom, stem, shown.key);
    EXPECT_FALSE(testing::dom_element(dom, "p", "source-missing").found);
    // Every value read from a box on a page has its picture, and each picture is a value's.
    const std::regex boxed_value("data-where=\"[^\"]*, bbox \\[");
    const auto boxed = static_cast<size_t>(
        std::distance(std::sregex_iterator(dom.begin(), dom.end(), boxed_value), {}));
    EXPECT_GE(boxed, 20u);
    EXPECT_EQ(count(dom, " data-crop=\""), boxed);
    size_t files = 0;
    for (const auto& entry : fs::directory_iterator(out / stem)) files += entry.is_regular_file();
    EXPECT_EQ(files, boxed);
  }
}

// `ogi merge --audit` over two shards: a page per report of either shard, linked from one index in
// input order; a source deleted, or replaced by another file, after its shard ran is named on its
// page, its values showing the text read.
TEST(AuditPages, AMergedCorpusHasEveryShardsReportsAndNamesASourceItCannotOpen) {
  const testing::ScratchDir dir;
  const fs::path inputs = dir.path("inputs");
  fs::create_directories(inputs);
  for (const std::string& name :
       {"batch/agency_2022.docx", "batch/agency_2023.docx", "batch/unbalanced_2024.docx",
        "pdf/inconsistent_t3.pdf", "pdf/report_2021.pdf", "pdf/wkhtml_2021.pdf"}) {
    fs::copy_file(fixture(name), inputs / fs::path(name).filename());
  }
  for (const std::string part : {"1", "2"}) {
    ASSERT_EQ(testing::run_ogi({"--quiet", "batch", inputs.string(), "--shard", part + "/2", "-j",
                                "1", "--out", dir.path("shard" + part)}),
              0);
  }
  fs::remove(inputs / "report_2021.pdf");
  fs::copy_file(fixture("pdf/inconsistent_t3.pdf"), inputs / "wkhtml_2021.pdf",
                fs::copy_options::overwrite_existing);
  const fs::path corpus = dir.path("corpus");
  ASSERT_EQ(testing::run_ogi({"--quiet", "merge", "--audit", corpus.string(), dir.path("shard1"),
                              dir.path("shard2")}),
            0);
  const std::vector<json> records = testing::read_jsonl(corpus / "reports.jsonl");
  ASSERT_EQ(records.size(), 6u);
  const std::string index =
      testing::browser_dom(file_url(corpus / "audit" / "index.html"), dir.path("b0"));
  const std::vector<IndexRow> rows = index_rows(index);
  const std::vector<std::string> links = index_links(index);
  ASSERT_EQ(rows.size(), records.size()) << index;
  ASSERT_EQ(links.size(), records.size());
  for (size_t i = 0; i < records.size(); ++i) {
    const json& record = records[i];
    const std::string name = testing::file_name(record);
    SCOPED_TRACE(name);
    EXPECT_EQ(rows[i].ordinal, std::to_string(i + 1));
    const std::string stem = record["source"]["sha256"].get<std::string>();
    EXPECT_EQ(links[i], stem + ".html");
    const std::string dom =
        testing::browser_dom(file_url(corpus / "audit" / links[i], "#show=t3.new.total"),
                             dir.path("b" + std::to_string(i + 1)));
    const testing::DomElement total = testing::dom_element(dom, "td", "t3.new.total");
    ASSERT_TRUE(total.found) << dom.substr(0, 2000);
    const json cell = testing::cells_by_key(record).at("t3.new.total");
    const bool flagged = total.attribute("class").find("flagged") != std::string::npos;
    EXPECT_EQ(total.text, format_number(cell["value"].get<double>()) + (flagged ? "⚑" : ""));
    const bool missing = testing::dom_element(dom, "p", "source-missing").found;
    if (name == "inconsistent_t3.pdf") {
      EXPECT_FALSE(missing);
      expect_crop_shown(corpus / "audit", dom, stem, "t3.new.total");
    } else if (name == "report_2021.pdf" || name == "wkhtml_2021.pdf") {
      EXPECT_TRUE(missing);
      EXPECT_NE(testing::dom_element(dom, "p", "source-missing").text.find(name),
                std::string::npos);
      EXPECT_EQ(total.attribute("data-crop"), "");
      EXPECT_FALSE(fs::exists(corpus / "audit" / stem));
      EXPECT_EQ(testing::dom_element(dom, "pre", "source-text").text,
                cell["raw"].get<std::string>());
    } else {
      EXPECT_FALSE(missing);  // a DOCX has no pages: its cell's text is its source
      EXPECT_EQ(total.attribute("data-crop"), "");
    }
  }
}

}  // namespace
}  // namespace ogi
