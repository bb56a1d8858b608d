#include "template/template_schema.h"

#include <gtest/gtest.h>

#include <set>

namespace ogi {
namespace {

std::set<std::string> keys_of(const TemplateSchema& schema) {
  std::set<std::string> keys;
  for (const CellKey& key : official_cell_keys(schema)) {
    keys.insert(key.table + "." + key.row + "." + key.col);
  }
  return keys;
}

TEST(TemplateSchema, CellCountsMatchTheOutputContract) {
  EXPECT_EQ(official_cell_keys(template_2021()).size(), 10u + 175u + 15u);
  EXPECT_EQ(official_cell_keys(template_2019()).size(), 22u + 161u + 15u);
  EXPECT_EQ(keys_of(template_2021()).size(), 200u) << "keys must be unique";
  EXPECT_EQ(keys_of(template_2019()).size(), 198u);
}

TEST(TemplateSchema, KeysFollowTemplateMd) {
  const auto keys_2021 = keys_of(template_2021());
  EXPECT_TRUE(keys_2021.count("t2.art20_1.rules.issued"));
  EXPECT_TRUE(keys_2021.count("t2.art20_8.administrative_fees.amount_10k_yuan"));
  EXPECT_TRUE(keys_2021.count("t3.other.no_fee.legal_services"));
  EXPECT_TRUE(keys_2021.count("t4.litigation_after_review.pending"));
  EXPECT_FALSE(keys_2021.count("t3.other.total"));
  const auto keys_2019 = keys_of(template_2019());
  EXPECT_TRUE(keys_2019.count("t2.art20_9.government_procurement.procurement_amount"));
  EXPECT_TRUE(keys_2019.count("t2.art20_5.other_services.change"));
  EXPECT_TRUE(keys_2019.count("t3.other.total"));
  EXPECT_FALSE(keys_2019.count("t2.art20_8.administrative_fees.decisions"));
}

TEST(TemplateSchema, TemplateOrderStartsWithTable2AndEndsWithTable4) {
  const auto keys = official_cell_keys(template_2021());
  EXPECT_EQ(keys.front().table, "t2");
  EXPECT_EQ(keys[10].row, "new");
  EXPECT_EQ(keys[10].col, "natural_person");
  EXPECT_EQ(keys.back().table, "t4");
  EXPECT_EQ(keys.back().col, "total");
}

}  // namespace
}  // namespace ogi
