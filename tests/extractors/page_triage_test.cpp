#include "extractors/pdf/page_triage.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ogi {
namespace {

Page page_of(const std::vector<std::string>& lines) {
  Page page;
  double y = 72;
  for (const std::string& line : lines) {
    TextRun run;
    run.text = line;
    run.box = {72, y, 500, y + 12};
    run.font_size = 12;
    page.runs.push_back(run);
    y += 20;
  }
  return page;
}

TEST(PageTriage, ChineseTextLayersAreRead) {
  // A table page of a report: labels and numbers, Han well above half of what is not a digit.
  EXPECT_EQ(text_layer_fault(page_of({"三、收到和处理政府信息公开申请情况", "申请人情况 自然人",
                                      "一、本年新收政府信息公开申请数量 46 2 0 0 0 0 48",
                                      "（一）予以公开 20 1 0 0 0 0 21"})),
            TextLayerFault::kNone);
  // Straight quotes, a percent, a URL and a no-break space are not junk in a Chinese paragraph.
  EXPECT_EQ(text_layer_fault(page_of({"落实\"三安全一稳定\"要求，办结率100%。",
                                      "网址：http://www.example.gov.cn/xxgk/index.html?id=3",
                                      "\u00A0二〇二二年一月二十日"})),
            TextLayerFault::kNone);
  // A page of English words and numbers only (no Chinese, no junk) is left as it is.
  EXPECT_EQ(text_layer_fault(page_of({"Annual report on open government information, 2021",
                                      "Table 3: 46 requests received, 43 answered."})),
            TextLayerFault::kNone);
}

TEST(PageTriage, MissingTextLayerGoesToOcr) {
  EXPECT_EQ(text_layer_fault(Page{}), TextLayerFault::kNoText);
  EXPECT_EQ(text_layer_fault(page_of({"- 3 -"})), TextLayerFault::kNoText);
  EXPECT_TRUE(needs_ocr(page_of({"- 3 -"})));
}

TEST(PageTriage, UnmappedGlyphsGoToOcr) {
  // A CID font without a Unicode map: its codes land in the private-use area.
  EXPECT_EQ(text_layer_fault(page_of({"\uE001\uE002\uE003\uE004 \uE005\uE006 46",
                                      "\uE007\uE008\uE009\uE00A\uE00B 2 0 0"})),
            TextLayerFault::kUnmappedGlyphs);
  EXPECT_EQ(text_layer_fault(page_of({"\x01\x02\x03\x04\x05\x06\x07\x08 \x0E\x0F 3 5"})),
            TextLayerFault::kUnmappedGlyphs);
}

TEST(PageTriage, LatinJunkGoesToOcr) {
  // A re-distilled table page (pdftops + ps2pdf of a LibreOffice export), as Poppler reads it:
  // the CJK glyphs and the digits alike turned into WinAnsi letters and signs.
  const Page redistilled = page_of({"ÐCFG HI JKAB", "bc /78#„ü‡ Œ\\9 Ü {XY",
                                    "ŒC *«F JKc (\"D (* + * E\" E +*)", "ÊC•*ËÌ JKc ) * ,"});
  EXPECT_EQ(text_layer_fault(redistilled), TextLayerFault::kLatinJunk);
  // Less junk (a sixth), but no Chinese at all on the page: still not a report's text, where the
  // same share of signs in Chinese text is.
  EXPECT_EQ(text_layer_fault(page_of({"ABCFG MNOL* EHIJK+ ABCL PQ#ABC RS/D6TUOVW",
                                      "ABCXYZ6/ kl,-./01 wxyz ab* ci jm: | E* ,+<"})),
            TextLayerFault::kLatinJunk);
  EXPECT_EQ(
      text_layer_fault(page_of({"一、本年新收*申请数量#合计+（单位：件）＊", "总计 46 2 0 0"})),
      TextLayerFault::kNone);
  EXPECT_TRUE(needs_ocr(redistilled));
}

TEST(PageTriage, EveryFaultIsDescribed) {
  EXPECT_EQ(describe(TextLayerFault::kNone), "");
  for (TextLayerFault fault :
       {TextLayerFault::kNoText, TextLayerFault::kUnmappedGlyphs, TextLayerFault::kLatinJunk}) {
    EXPECT_FALSE(describe(fault).empty());
  }
}

}  // namespace
}  // namespace ogi
