#include "debug/source_crops.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "debug/page_pictures.h"
#include "debug/raster_draw.h"
#include "model/cell_key.h"
#include "pipeline/file_digest.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

// Room around a value's box: its row label and its neighbours stay in view.
constexpr double kMarginXPoints = 90;
constexpr double kMarginYPoints = 30;
constexpr std::uint32_t kBoxColour = 0xE00000;

struct CropRequest {
  std::string key;
  int page_index = 0;
  Box box;
};

std::vector<CropRequest> crop_requests(const ordered_json& record) {
  std::vector<CropRequest> requests;
  for (const ordered_json& cell : record.value("cells", ordered_json::array())) {
    const ordered_json page = cell.value("page", ordered_json());
    const ordered_json bbox = cell.value("bbox", ordered_json());
    if (!page.is_number_integer() || !bbox.is_array() || bbox.size() != 4) continue;
    if (!std::all_of(bbox.begin(), bbox.end(),
                     [](const ordered_json& v) { return v.is_number(); })) {
      continue;
    }
    requests.push_back(
        {cell_key_text(cell.value("table", ""), cell.value("row", ""), cell.value("col", "")),
         page.get<int>() - 1,
         Box{bbox[0].get<double>(), bbox[1].get<double>(), bbox[2].get<double>(),
             bbox[3].get<double>()}});
    if (requests.size() >= static_cast<size_t>(kMaxCropsPerRecord)) break;
  }
  std::stable_sort(
      requests.begin(), requests.end(),
      [](const CropRequest& a, const CropRequest& b) { return a.page_index < b.page_index; });
  return requests;
}

// `length` pixels around [from, to) inside [0, limit): the span widened by `margin` on each side,
// then cut to `cap` around its centre.
std::pair<int, int> crop_span(double from, double to, double margin, int limit, int cap) {
  double low = from - margin;
  double high = to + margin;
  if (high - low > cap) {
    const double centre = (from + to) / 2;
    low = centre - cap / 2.0;
    high = low + cap;
  }
  const int start = std::clamp(static_cast<int>(std::floor(low)), 0, limit);
  const int end = std::clamp(static_cast<int>(std::ceil(high)), start, limit);
  return {start, end};
}

bool write_crop(const poppler::image& page, double scale, const CropRequest& request,
                const std::filesystem::path& file) {
  const auto [x0, x1] = crop_span(request.box.x0 * scale, request.box.x1 * scale,
                                  kMarginXPoints * scale, page.width(), kMaxCropWidth);
  const auto [y0, y1] = crop_span(request.box.y0 * scale, request.box.y1 * scale,
                                  kMarginYPoints * scale, page.height(), kMaxCropHeight);
  if (x1 <= x0 || y1 <= y0) return false;
  poppler::image crop(x1 - x0, y1 - y0, poppler::image::format_argb32);
  for (int y = y0; y < y1; ++y) {
    std::memcpy(crop.data() + (y - y0) * crop.bytes_per_row(),
                page.const_data() + y * page.bytes_per_row() + x0 * 4,
                static_cast<size_t>(x1 - x0) * 4);
  }
  RasterView raster{reinterpret_cast<std::uint32_t*>(crop.data()), crop.width(), crop.height(),
                    crop.bytes_per_row() / 4, scale};
  const double dx = x0 / scale;
  const double dy = y0 / scale;
  draw_box(raster,
           Box{request.box.x0 - dx - 1, request.box.y0 - dy - 1, request.box.x1 - dx + 1,
               request.box.y1 - dy + 1},
           kBoxColour, 2);
  return crop.save(file.string(), "png");
}

// Clockwise degrees OCR turned each page, by 0-based index.
std::vector<int> turned_pages(const ordered_json& source) {
  std::vector<int> turned;
  for (const ordered_json& entry : source.value("turned_pages", ordered_json::array())) {
    const int page = entry.value("page", 0);
    if (page < 1 || page > 100000) continue;
    if (turned.size() < static_cast<size_t>(page)) turned.resize(static_cast<size_t>(page), 0);
    turned[static_cast<size_t>(page) - 1] = entry.value("degrees", 0);
  }
  return turned;
}

std::vector<int> ocr_pages(const ordered_json& source) {
  std::vector<int> pages;
  const ordered_json read = source.value("ocr_pages", ordered_json::array());
  if (!read.is_array()) return pages;
  for (const ordered_json& page : read) {
    if (page.is_number_integer()) pages.push_back(page.get<int>());
  }
  return pages;
}

std::vector<SplitSheet> split_sheets(const ordered_json& source) {
  std::vector<SplitSheet> sheets;
  for (const ordered_json& entry : source.value("split_sheets", ordered_json::array())) {
    const ordered_json pages = entry.value("pages", ordered_json::array());
    if (!pages.is_array() || pages.empty() || !pages[0].is_number_integer()) continue;
    sheets.push_back({entry.value("sheet", 0), pages[0].get<int>()});
  }
  return sheets;
}

// A page the OCR module cannot draw (not installed, the file changed since) has no picture.
poppler::image page_picture(PagePictures& pictures, int page_index) {
  try {
    return pictures.picture(page_index);
  } catch (const std::exception&) {
    return {};
  }
}

// A key as a file name: keys are ASCII words and dots, but nothing else reaches the disk.
std::string file_name(const std::string& key) {
  std::string name = key;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') c = '_';
  }
  return name;
}

}  // namespace

SourceCrops write_source_crops(const ordered_json& record, const std::filesystem::path& dir,
                               double dpi) {
  SourceCrops crops;
  const ordered_json source = record.value("source", ordered_json::object());
  const std::string format = source.value("format", "");
  if (format != "pdf" && format != "image") return crops;
  const std::vector<CropRequest> requests = crop_requests(record);
  if (requests.empty()) return crops;
  crops.source_unreadable = true;
  const std::string path = source.value("path", "");
  // A file replaced since it was read (a merge run long after its shards) would put another
  // report's page under these boxes.
  const ordered_json sha256 = source.value("sha256", ordered_json());
  if (sha256.is_string() && file_sha256(path) != sha256.get<std::string>()) return crops;
  PagePictures pictures(path, format, split_sheets(source), turned_pages(source), ocr_pages(source),
                        dpi);
  if (!pictures.opened()) return crops;
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return crops;
  int rendered_index = -1;
  poppler::image page;
  for (const CropRequest& request : requests) {
    if (request.page_index != rendered_index) {
      page = page_picture(pictures, request.page_index);
      rendered_index = request.page_index;
    }
    if (!page.is_valid()) continue;
    const std::string name = file_name(request.key) + ".png";
    if (write_crop(page, pictures.scale(), request, dir / name)) crops.files[request.key] = name;
  }
  crops.source_unreadable = crops.files.empty();
  return crops;
}

}  // namespace ogi
