#include "extractors/ocr/run/ocr_pool.h"

#include <deque>
#include <memory>
#include <utility>

#include "extractors/ocr/image/two_up.h"
#include "extractors/ocr/run/ocr_workers.h"
#include "extractors/ocr/run/page_ocr.h"

namespace ogi {
namespace {

// One page on its way through OCR: a scanned page, or one of the two pages of a 2-up sheet.
struct PageInReading {
  PageForReading prepared;
  std::vector<PixelBox> cells;
  std::vector<CellReading> readings;  // of `cells`, by index
  std::vector<TextRun> text;
  size_t unread = 0;  // the text and the cells not yet read
};

// A scanned sheet on its way: the page it is, or the two pages it holds side by side.
struct SheetInReading {
  std::vector<PageInReading> pages;
  size_t unread_pages = 0;
};

// A page of a sheet: the sheet by its position in the indices asked for, the page on it.
struct PagePlace {
  size_t sheet = 0;
  size_t page = 0;
};

template <typename T>
T pop_front(std::deque<T>& queue) {
  T front = queue.front();
  queue.pop_front();
  return front;
}

// Pages read as many small tasks: a sheet is prepared (split into its two pages when it is 2-up),
// then the text outside tables and each cell of each of its pages are read as tasks of their own.
// Pages differ in cost, and with a page as the unit one thread would be left reading the last page
// alone. The longest tasks start first, so that cells fill the threads up to the end: a page's
// text (read in one go, up to seconds), then preparing a sheet, then cells, page by page. At most
// about `window` pages are open (prepared and not yet fully read) at a time, so a long scan never
// holds all its page images.
class PagePlan : public OcrWorkers::Plan {
 public:
  PagePlan(const PageSource& source, const std::vector<int>& indices, size_t window)
      : source_(source),
        indices_(indices),
        window_(window),
        sheets_(indices.size()),
        out_(indices.size()) {}

  std::optional<OcrWorkers::Task> next() override {
    if (!texts_.empty()) return read_text(pop_front(texts_));
    if (started_ < sheets_.size() && open_ < window_) return prepare(started_++);
    if (cells_.empty()) return std::nullopt;
    const auto [place, cell] = pop_front(cells_);
    return read_cell_of(place, cell);
  }

  std::vector<std::vector<Page>> take_pages() { return std::move(out_); }

 private:
  OcrWorkers::Task prepare(size_t sheet) {
    ++open_;
    sheets_[sheet] = std::make_unique<SheetInReading>();
    SheetInReading* in = sheets_[sheet].get();
    const auto run = [this, sheet, in](OcrEngines& engines) {
      std::vector<RasterPage> parts = split_two_up(source_.render(indices_[sheet]));
      in->pages.resize(parts.size());
      for (size_t i = 0; i < parts.size(); ++i) {
        PageInReading& page = in->pages[i];
        page.prepared = prepare_for_reading(engines, parts[i]);
        parts[i] = RasterPage{};  // prepared: the raster is no longer needed
        page.cells = page.prepared.cells();
        page.readings.resize(page.cells.size());
      }
    };
    const auto finished = [this, sheet, in] {
      open_ += in->pages.size() - 1;
      in->unread_pages = in->pages.size();
      out_[sheet].resize(in->pages.size());
      for (size_t i = 0; i < in->pages.size(); ++i) {
        PageInReading& page = in->pages[i];
        page.unread = 1 + page.cells.size();
        texts_.push_back({sheet, i});
        for (size_t cell = 0; cell < page.cells.size(); ++cell) {
          cells_.emplace_back(PagePlace{sheet, i}, cell);
        }
      }
    };
    return {run, finished};
  }

  PageInReading& page_at(const PagePlace& place) { return sheets_[place.sheet]->pages[place.page]; }

  OcrWorkers::Task read_text(PagePlace place) {
    PageInReading* in = &page_at(place);
    const int index = indices_[place.sheet];
    const auto run = [in, index](OcrEngines& engines) {
      in->text = read_outside_tables(engines, in->prepared, index);
    };
    return {run, [this, place] { read_one(place); }};
  }

  OcrWorkers::Task read_cell_of(PagePlace place, size_t cell) {
    PageInReading* in = &page_at(place);
    const auto run = [in, cell](OcrEngines& engines) {
      in->readings[cell] = read_cell(engines, in->prepared.cell_images(), in->cells[cell]);
    };
    return {run, [this, place] { read_one(place); }};
  }

  // A page is assembled, and its images freed, once its text and every cell are read; a sheet is
  // let go of once all its pages are.
  void read_one(PagePlace place) {
    PageInReading& in = page_at(place);
    if (--in.unread > 0) return;
    out_[place.sheet][place.page] =
        assemble_page(in.prepared, indices_[place.sheet], in.readings, std::move(in.text));
    in = PageInReading{};
    --open_;
    if (--sheets_[place.sheet]->unread_pages == 0) sheets_[place.sheet].reset();
  }

  const PageSource& source_;
  const std::vector<int>& indices_;
  size_t window_;
  std::vector<std::unique_ptr<SheetInReading>> sheets_;  // open sheets; by position in indices_
  std::vector<std::vector<Page>> out_;
  size_t started_ = 0;           // sheets whose preparation has started
  size_t open_ = 0;              // pages prepared or being prepared, not yet fully read
  std::deque<PagePlace> texts_;  // pages prepared, their text not yet started
  std::deque<std::pair<PagePlace, size_t>> cells_;  // page, cell: prepared, not yet started
};

}  // namespace

std::vector<std::vector<Page>> ocr_pages(const PageSource& source,
                                         const std::vector<int>& page_indices) {
  if (page_indices.empty()) return {};
  OcrWorkers workers;
  PagePlan plan(source, page_indices, workers.page_window());
  workers.run(plan);
  return plan.take_pages();
}

}  // namespace ogi
