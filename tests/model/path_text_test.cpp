// A file name is bytes; every output writes it as path_text: valid UTF-8 as it is, other bytes
// as \xHH, a backslash as \\ — always valid UTF-8, and back to the same bytes.
#include "model/path_text.h"

#include <gtest/gtest.h>

#include "model/utf8.h"

namespace ogi {
namespace {

TEST(PathText, ValidUtf8NamesAreKeptAsTheyAre) {
  EXPECT_EQ(path_text("reports/2021/临江市交通运输局.docx"), "reports/2021/临江市交通运输局.docx");
  EXPECT_EQ(path_text("a b,\"c\".pdf"), "a b,\"c\".pdf");
}

TEST(PathText, InvalidBytesBecomeHexEscapesAndRoundTrip) {
  const std::string raw = "bad\xff\xfename.docx";
  EXPECT_EQ(path_text(raw), "bad\\xff\\xfename.docx");
  EXPECT_EQ(path_from_text(path_text(raw)), raw);
  // GBK bytes of 报告 (a name from a Windows zip), a lone continuation byte, a truncated
  // sequence, an overlong slash and a UTF-16 surrogate: all escaped, all back.
  for (const std::string& name :
       {std::string("\xb1\xa8\xb8\xe6.pdf"), std::string("a\x80z"), std::string("x\xe4\xb8"),
        std::string("\xc0\xaf"), std::string("\xed\xa0\x80.txt")}) {
    const std::string text = path_text(name);
    EXPECT_EQ(u32_to_utf8(utf8_to_u32(text)), text) << "not valid UTF-8: " << text;
    EXPECT_EQ(text.find_first_of("\x80\xff"), std::string::npos) << text;
    EXPECT_EQ(path_from_text(text), name) << text;
  }
}

TEST(PathText, BackslashesAreEscapedSoNoTwoNamesShareAText) {
  const std::string literal = "a\\xffb";  // a name with a real backslash, x, f, f
  const std::string byte =
      "a\xff"
      "b";
  EXPECT_EQ(path_text(literal), "a\\\\xffb");
  EXPECT_NE(path_text(literal), path_text(byte));
  EXPECT_EQ(path_from_text(path_text(literal)), literal);
}

}  // namespace
}  // namespace ogi
