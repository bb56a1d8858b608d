#include "normalize/cjk_radicals.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <set>
#include <string>

#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// NFKC of one code point, as ICU gives it: the Kangxi Radicals' compatibility mappings are
// Unicode's own, independent of the table.
std::u32string nfkc(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
  const icu::UnicodeString out =
      normalizer->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
  std::u32string code_points;
  for (int32_t i = 0; i < out.length(); i = out.moveIndex32(i, 1)) {
    code_points.push_back(static_cast<char32_t>(out.char32At(i)));
  }
  return code_points;
}

std::string hex(char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
  return buffer;
}

TEST(CjkRadicals, TableCoversBothBlocksSortedWithIdeographs) {
  const std::vector<RadicalIdeograph>& table = cjk_radical_table();
  std::set<char32_t> radicals;
  for (size_t i = 0; i < table.size(); ++i) {
    const RadicalIdeograph& entry = table[i];
    if (i > 0) EXPECT_LT(table[i - 1].radical, entry.radical);  // sorted, each once
    radicals.insert(entry.radical);
    const bool kangxi = entry.radical >= 0x2F00 && entry.radical <= 0x2FD5;
    const bool supplement = entry.radical >= 0x2E80 && entry.radical <= 0x2EF3;
    EXPECT_TRUE(kangxi || supplement) << hex(entry.radical);
    EXPECT_TRUE(u_hasBinaryProperty(static_cast<UChar32>(entry.ideograph), UCHAR_UNIFIED_IDEOGRAPH))
        << hex(entry.radical) << " -> " << hex(entry.ideograph);
  }
  // Every Kangxi radical, each the ideograph NFKC gives.
  for (char32_t c = 0x2F00; c <= 0x2FD5; ++c) {
    ASSERT_TRUE(radicals.count(c)) << hex(c);
    EXPECT_EQ(std::u32string(1, ideograph_of_radical(c)), nfkc(c)) << hex(c);
  }
  // Every assigned radical of the supplement but U+2E80 (REPEAT, a mark with no ideograph).
  for (char32_t c = 0x2E80; c <= 0x2EF3; ++c) {
    const bool assigned = u_charType(static_cast<UChar32>(c)) != U_UNASSIGNED;
    EXPECT_EQ(radicals.count(c) == 1, assigned && c != 0x2E80) << hex(c);
  }
  EXPECT_EQ(table.size(), 214u + 114u);
}

TEST(CjkRadicals, SupplementRadicalsNfkcKeepsBecomeIdeographs) {
  // ⺠ ⻚ ⻔ ⻓ survive NFKC; QtWebKit prints put them in 表三's labels.
  for (char32_t c : {U'⺠', U'⻚', U'⻔', U'⻓'}) EXPECT_EQ(nfkc(c), std::u32string(1, c));
  EXPECT_EQ(ideograph_of_radical(U'⺠'), U'民');
  EXPECT_EQ(ideograph_of_radical(U'⻚'), U'页');
  EXPECT_EQ(ideograph_of_radical(U'⻔'), U'门');
  EXPECT_EQ(ideograph_of_radical(U'⻓'), U'长');
  EXPECT_EQ(ideograph_of_radical(U'⼈'), U'人');
  EXPECT_EQ(ideograph_of_radical(U'人'), U'人');
  EXPECT_EQ(ideograph_of_radical(U'a'), U'a');
}

TEST(CjkRadicals, NormalizedTextHasIdeographs) {
  EXPECT_EQ(normalize_text("⾃然⼈"), "自然人");
  EXPECT_EQ(normalize_text("中华⼈⺠共和国"), "中华人民共和国");
  EXPECT_EQ(normalize_text("⽹⻚ ⻔户 ⻓期"), "网页门户长期");
  EXPECT_EQ(compact_label("法⼈或其他组织"), "法人或其他组织");
  std::string out = "kept";
  EXPECT_FALSE(replace_cjk_radicals("自然人 2024 ⸀", out));  // U+2E00 lies outside both blocks
  // Ideographic description characters share the radicals' UTF-8 lead but are no radicals.
  EXPECT_FALSE(replace_cjk_radicals("⿰木木", out));
  EXPECT_EQ(out, "kept");
}

}  // namespace
}  // namespace ogi
