#include "debug/page_pictures.h"

#include <poppler-page.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>

#include "extractors/ocr_module/ocr_module.h"

namespace ogi {
namespace {

// A grey picture as the ARGB image the overlay and the crops draw on.
poppler::image argb_image(const GrayImage& gray) {
  poppler::image image(gray.width, gray.height, poppler::image::format_argb32);
  for (int y = 0; y < gray.height; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(image.data() + y * image.bytes_per_row());
    const std::uint8_t* line = gray.pixels.data() + static_cast<size_t>(y) * gray.width;
    for (int x = 0; x < gray.width; ++x) {
      const std::uint32_t level = line[x];
      row[x] = 0xFF000000u | level << 16 | level << 8 | level;
    }
  }
  return image;
}

}  // namespace

PagePictures::PagePictures(const std::string& path, const std::string& format,
                           std::vector<SplitSheet> split_sheets, std::vector<int> turned,
                           std::vector<int> ocr_pages, double dpi)
    : path_(path),
      format_(format),
      split_sheets_(std::move(split_sheets)),
      turned_(std::move(turned)),
      ocr_pages_(std::move(ocr_pages)),
      dpi_(dpi) {
  renderer_.set_render_hint(poppler::page_renderer::antialiasing);
  renderer_.set_render_hint(poppler::page_renderer::text_antialiasing);
  renderer_.set_image_format(poppler::image::format_argb32);
  if (is_image()) {
    // Decoded by the OCR module page by page; a file that cannot be decoded draws no page.
    std::error_code error;
    opened_ = std::filesystem::is_regular_file(path_, error);
    return;
  }
  pdf_.reset(poppler::document::load_from_file(path_));
  opened_ = pdf_ && !pdf_->is_locked();
}

// Every page of an image file, and every page of a document of split 2-up sheets (it numbers its
// pages past the file's), is drawn as OCR read it; of a PDF the pages OCR read or turned: OCR
// straightened them, and what it read lies where the straightened page has it.
bool PagePictures::read_by_ocr(int page_index) const {
  if (is_image() || !split_sheets_.empty()) return true;
  if (std::find(ocr_pages_.begin(), ocr_pages_.end(), page_index + 1) != ocr_pages_.end()) {
    return true;
  }
  return page_index < static_cast<int>(turned_.size()) && turned_[page_index] != 0;
}

poppler::image PagePictures::picture(int page_index) {
  if (!opened() || page_index < 0) return {};
  if (read_by_ocr(page_index)) {
    const int turned = page_index < static_cast<int>(turned_.size()) ? turned_[page_index] : 0;
    std::vector<GrayImage> images =
        ocr_module().pages_as_read(path_, format_, split_sheets_, {{page_index, turned}}, dpi_);
    if (images.empty() || images.front().pixels.empty()) return {};
    return argb_image(images.front());
  }
  if (page_index >= pdf_->pages()) return {};
  const std::unique_ptr<poppler::page> page(pdf_->create_page(page_index));
  if (!page) return {};
  return renderer_.render_page(page.get(), dpi_, dpi_);
}

}  // namespace ogi
