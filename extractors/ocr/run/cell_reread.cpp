#include "extractors/ocr/run/cell_reread.h"

#include <algorithm>
#include <map>
#include <memory>
#include <span>
#include <utility>

#include "extractors/ocr/image/binarize.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/split_sheet_pages.h"
#include "extractors/ocr/recognize/cell_reader.h"
#include "extractors/ocr/run/ocr_workers.h"
#include "extractors/ocr/run/page_ocr.h"

namespace ogi {
namespace {

// The page images of one prepared page that re-reading looks at.
struct RereadPage {
  PageForReading prepared;
  PixPtr global_threshold;
  PixPtr local_threshold;

  RereadImages images() const {
    return {prepared.cell_images(), global_threshold.get(), local_threshold.get()};
  }
};

PixPtr as_gray(PIX* binary) {
  if (!binary) return nullptr;
  return PixPtr(pixConvert1To8(nullptr, binary, 255, 0));
}

RereadPage prepare_for_reread(OcrEngines& engines, const PageSource& source, int page_index) {
  RereadPage out;
  out.prepared = prepare_for_reading(engines, source.render(page_index));
  const PreparedPage& page = out.prepared.page;
  out.global_threshold = as_gray(out.prepared.erased.ink.get());
  const PixPtr local = binarize_local(page.gray.get());
  if (local) out.local_threshold = as_gray(without_rules(page, local.get()).get());
  return out;
}

// The table cell around a printed box, in page pixels; the box itself when no cell holds it.
PixelBox cell_around(const RereadPage& page, const Box& box) {
  const double per_point = 1.0 / page.prepared.page.points_per_pixel();
  const int x = static_cast<int>(box.center_x() * per_point);
  const int y = static_cast<int>(box.center_y() * per_point);
  for (const TableCellAreas& table : page.prepared.tables) {
    for (const PixelBox& cell : table.cells) {
      if (x >= cell.x0 && x < cell.x1 && y >= cell.y0 && y < cell.y1) return cell;
    }
  }
  return {static_cast<int>(box.x0 * per_point), static_cast<int>(box.y0 * per_point),
          static_cast<int>(box.x1 * per_point) + 1, static_cast<int>(box.y1 * per_point) + 1};
}

std::vector<RereadNumber> reread_at(OcrEngines& engines, const RereadPage& page, const Box& box) {
  std::vector<RereadNumber> numbers;
  for (const NumberReading& reading :
       reread_number(engines, page.images(), cell_around(page, box))) {
    numbers.push_back({reading.number, reading.votes});
  }
  return numbers;
}

// A page to read again and the indices of the requests on it.
using PageRequests = std::pair<int, std::vector<size_t>>;

std::vector<PageRequests> requests_by_page(const std::vector<RereadRequest>& requests,
                                           int page_count) {
  std::map<int, std::vector<size_t>> by_page;
  for (size_t i = 0; i < requests.size(); ++i) {
    const int page = requests[i].page_index;
    if (page >= 0 && page < page_count) by_page[page].push_back(i);
  }
  return {by_page.begin(), by_page.end()};
}

// Prepares a window of pages in parallel, then reads their cells again in parallel.
void reread_window(OcrWorkers& workers, const PageSource& source,
                   const std::vector<RereadRequest>& requests, std::span<const PageRequests> pages,
                   std::vector<CellRereading>& out) {
  std::vector<RereadPage> prepared(pages.size());
  workers.run(pages.size(), [&](size_t i, OcrEngines& engines) {
    prepared[i] = prepare_for_reread(engines, source, pages[i].first);
  });
  std::vector<std::pair<size_t, size_t>> cells;  // page in window, request
  for (size_t page = 0; page < pages.size(); ++page) {
    for (size_t request : pages[page].second) cells.emplace_back(page, request);
  }
  workers.run(cells.size(), [&](size_t task, OcrEngines& engines) {
    const auto [page, request] = cells[task];
    out[request].numbers = reread_at(engines, prepared[page], requests[request].box);
  });
}

}  // namespace

std::vector<CellRereading> reread_cells(const std::string& path, const std::string& format,
                                        const std::vector<SplitSheet>& split_sheets,
                                        const std::vector<RereadRequest>& requests) {
  std::vector<CellRereading> out(requests.size());
  for (size_t i = 0; i < requests.size(); ++i) out[i].key = requests[i].key;
  if (requests.empty()) return out;
  const std::unique_ptr<PageSource> source = document_pages(path, format, split_sheets);
  const std::vector<PageRequests> pages = requests_by_page(requests, source->page_count());
  // A thread beyond one per cell would load its engines for nothing.
  OcrWorkers workers(std::min(ocr_thread_count(), requests.size()));
  const std::span<const PageRequests> all(pages);
  for (size_t first = 0; first < all.size(); first += workers.page_window()) {
    const size_t count = std::min(workers.page_window(), all.size() - first);
    reread_window(workers, *source, requests, all.subspan(first, count), out);
  }
  return out;
}

}  // namespace ogi
