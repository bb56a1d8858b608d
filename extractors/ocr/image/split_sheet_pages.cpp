#include "extractors/ocr/image/split_sheet_pages.h"

#include <algorithm>

#include "extractors/ocr/image/two_up.h"

namespace ogi {
namespace {

class SplitSheetPages : public PageSource {
 public:
  SplitSheetPages(std::unique_ptr<PageSource> sheets, std::vector<SplitSheet> split)
      : sheets_(std::move(sheets)), split_(std::move(split)) {}

  int page_count() const override {
    return sheets_->page_count() + static_cast<int>(split_.size());
  }

  RasterPage render(int page_index) const override {
    // Every split sheet before the page adds a page: the page's sheet is that many earlier.
    int sheet = page_index;
    for (const SplitSheet& split : split_) {
      const int left = split.left_page - 1;
      if (page_index == left || page_index == left + 1) {
        std::vector<RasterPage> halves = split_two_up(sheets_->render(split.sheet - 1));
        const size_t half = std::min<size_t>(page_index - left, halves.size() - 1);
        return std::move(halves[half]);
      }
      if (left < page_index) --sheet;
    }
    return sheets_->render(sheet);
  }

  std::vector<std::string> cut_renders() const override { return sheets_->cut_renders(); }

 private:
  std::unique_ptr<PageSource> sheets_;
  std::vector<SplitSheet> split_;
};

}  // namespace

std::unique_ptr<PageSource> split_sheet_pages(std::unique_ptr<PageSource> sheets,
                                              std::vector<SplitSheet> split) {
  if (split.empty()) return sheets;
  return std::make_unique<SplitSheetPages>(std::move(sheets), std::move(split));
}

std::unique_ptr<PageSource> document_pages(const std::string& path, const std::string& format,
                                           std::vector<SplitSheet> split) {
  return split_sheet_pages(format == "image" ? open_image_pages(path) : open_pdf_pages(path),
                           std::move(split));
}

}  // namespace ogi
