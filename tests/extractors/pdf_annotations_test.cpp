// Annotations are not part of a page's drawing: fixtures/pdf/link_borders_2021.pdf
// (fixtures/make_annotated_pdf.sh) is report_2021.pdf with drawn Link borders on its table pages,
// one as large as the page and one strip across each table. Read as report_2021 reads, cell for
// cell; its rulings and its OCR rendering are those of the page without the links.
#include <gtest/gtest.h>

#include "extractors/ocr/image/page_source.h"
#include "extractors/pdf/pdf_extractor.h"
#include "tests/support/pdf_fixture_check.h"

namespace ogi {
namespace {

using testing::expect_fixture_right;
using testing::fixture_truth;
using testing::pdf_fixture;

TEST(PdfAnnotations, LinkBordersDrawNoTableRules) {
  expect_fixture_right("link_borders_2021", fixture_truth("docx/report_2021.truth.json"));
}

TEST(PdfAnnotations, LinkBordersAddNoRulings) {
  const Document plain = extract_pdf(pdf_fixture("report_2021"));
  const Document linked = extract_pdf(pdf_fixture("link_borders_2021"));
  ASSERT_EQ(linked.pages.size(), plain.pages.size());
  for (size_t i = 0; i < plain.pages.size(); ++i) {
    EXPECT_EQ(linked.pages[i].rulings.size(), plain.pages[i].rulings.size()) << "page " << i + 1;
  }
}

TEST(PdfAnnotations, PageRenderedForOcrWithoutLinkBorders) {
  const std::unique_ptr<PageSource> plain = open_pdf_pages(pdf_fixture("report_2021"));
  const std::unique_ptr<PageSource> linked = open_pdf_pages(pdf_fixture("link_borders_2021"));
  const RasterPage plain_page = plain->render(0);
  const RasterPage linked_page = linked->render(0);
  l_int32 same = 0;
  ASSERT_EQ(pixEqual(plain_page.gray.get(), linked_page.gray.get(), &same), 0);
  EXPECT_TRUE(same);
}

}  // namespace
}  // namespace ogi
