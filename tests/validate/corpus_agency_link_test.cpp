// AG-1 over a corpus's agency names: former names and development zones are linked where the
// division data says which division they belong to, and left unlinked, with the reason, where it
// could be several or none.
#include <gtest/gtest.h>

#include "validate/corpus/corpus_checks.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

ReportDigest digest_of(const std::string& agency, int year) {
  const ordered_json record = {
      {"source", {{"sha256", agency + std::to_string(year)}, {"path", agency + ".docx"}}},
      {"report", {{"agency", agency}, {"year", year}}},
      {"cells", ordered_json::array()}};
  return digest_record(record);
}

std::vector<std::string> ag1_messages(const std::vector<Finding>& findings) {
  std::vector<std::string> messages;
  for (const Finding& finding : findings) {
    if (finding.rule == "AG-1") messages.push_back(finding.message);
  }
  return messages;
}

TEST(CorpusAgencyLinks, FormerNamesAndZonesLinkedOrReportedWithAG1) {
  const std::vector<ReportDigest> reports = {
      digest_of("洪泽县人民政府", 2015), digest_of("淮安市洪泽区人民政府", 2024),
      digest_of("九江市庐山区人民政府", 2015), digest_of("淮安市高新区管委会", 2023),
      digest_of("长沙经济技术开发区管委会", 2023)};
  EXPECT_EQ(reports[0].agency, "320813|人民政府");
  EXPECT_EQ(reports[1].agency, reports[0].agency);
  EXPECT_EQ(reports[2].agency, "printed|九江市庐山区人民政府");
  EXPECT_EQ(reports[3].agency, "320800|高新区管理委员会");
  EXPECT_EQ(reports[4].agency, "printed|长沙经济技术开发区管委会");

  const std::vector<std::vector<Finding>> findings = corpus_findings(reports);
  EXPECT_TRUE(ag1_messages(findings[0]).empty());
  EXPECT_TRUE(ag1_messages(findings[1]).empty());
  EXPECT_EQ(
      ag1_messages(findings[2]),
      std::vector<std::string>{
          "机关「九江市庐山区人民政府」的行政区划名称「庐山区」（含旧名称）可指 2 处（江西省九江市"
          "濂溪区、江西省九江市庐山市），未关联，只与同名的报告比较"});
  EXPECT_TRUE(ag1_messages(findings[3]).empty());
  EXPECT_EQ(ag1_messages(findings[4]),
            std::vector<std::string>{"机关「长沙经济技术开发区管委会」中没有已知的行政区划名称，"
                                     "未关联到行政区划，只与同名的报告比较"});
}

}  // namespace
}  // namespace ogi
