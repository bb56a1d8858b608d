#include "extractors/ocr/cell_reread.h"

#include <map>
#include <memory>

#include "extractors/ocr/binarize.h"
#include "extractors/ocr/cell_reader.h"
#include "extractors/ocr/page_ocr.h"
#include "extractors/ocr/page_source.h"
#include "extractors/ocr/table_cells.h"

namespace ogi {
namespace {

// The page images of one prepared page that re-reading looks at.
struct RereadPage {
  PreparedPage page;
  ErasedPage erased;
  PixPtr global_threshold;
  PixPtr local_threshold;
  std::vector<TableArea> tables;

  RereadImages images() const {
    return {{erased.gray.get(), erased.ink.get(), page.dpi},
            global_threshold.get(),
            local_threshold.get()};
  }
};

PixPtr as_gray(PIX* binary) {
  if (!binary) return nullptr;
  return PixPtr(pixConvert1To8(nullptr, binary, 255, 0));
}

RereadPage prepare_for_reread(OcrEngines& engines, const PageSource& source, int page_index) {
  RereadPage out;
  out.page = prepare_upright(engines, source.render(page_index));
  out.erased = erase_rules(out.page);
  out.global_threshold = as_gray(out.erased.ink.get());
  const PixPtr local = binarize_local(out.page.gray.get());
  if (local) out.local_threshold = as_gray(without_rules(out.page, local.get()).get());
  out.tables = find_table_areas(out.page.rules, out.page.dpi);
  return out;
}

// The table cell around a printed box, in page pixels; the box itself when no cell holds it.
PixelBox cell_around(const RereadPage& page, const Box& box) {
  const double per_point = 1.0 / page.page.points_per_pixel();
  const int x = static_cast<int>(box.center_x() * per_point);
  const int y = static_cast<int>(box.center_y() * per_point);
  for (const TableArea& table : page.tables) {
    for (const PixelBox& cell : table.cells) {
      if (x >= cell.x0 && x < cell.x1 && y >= cell.y0 && y < cell.y1) return cell;
    }
  }
  return {static_cast<int>(box.x0 * per_point), static_cast<int>(box.y0 * per_point),
          static_cast<int>(box.x1 * per_point) + 1, static_cast<int>(box.y1 * per_point) + 1};
}

}  // namespace

std::vector<CellRereading> reread_cells(const std::string& path, const std::string& format,
                                        const std::vector<RereadRequest>& requests) {
  std::vector<CellRereading> out(requests.size());
  if (requests.empty()) return out;
  const std::unique_ptr<PageSource> source =
      format == "image" ? open_image_pages(path) : open_pdf_pages(path);
  OcrEngines engines;
  std::map<int, std::vector<size_t>> by_page;
  for (size_t i = 0; i < requests.size(); ++i) by_page[requests[i].page_index].push_back(i);
  for (const auto& [page_index, indices] : by_page) {
    if (page_index < 0 || page_index >= source->page_count()) continue;
    const RereadPage page = prepare_for_reread(engines, *source, page_index);
    for (size_t i : indices) {
      out[i].key = requests[i].key;
      const PixelBox cell = cell_around(page, requests[i].box);
      for (const NumberReading& reading : reread_number(engines, page.images(), cell)) {
        out[i].numbers.push_back({reading.number, reading.votes});
      }
    }
  }
  for (size_t i = 0; i < requests.size(); ++i) out[i].key = requests[i].key;
  return out;
}

}  // namespace ogi
