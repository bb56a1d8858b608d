// `ogi debug FILE [--png DIR]`: what layout saw. Prints the rebuilt tables and paragraphs; with
// --png, renders each page of a PDF with the rulings, cells and keyed values drawn over it (a
// scanned page as OCR read it: straightened, a 2-up sheet's halves, a turned page turned).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "debug/page_overlay.h"
#include "debug/page_pictures.h"
#include "extractors/extract_error.h"
#include "layout/mapping/report_builder.h"
#include "pipeline/pipeline.h"

namespace ogi {
namespace {

// The document model as the extractor left it, before layout: each text run with its box (PDF
// points, top-left origin) and confidence, each blank a scan's cell was read as.
void print_runs(const Document& document) {
  for (const Page& page : document.pages) {
    for (const TextRun& run : page.runs) {
      std::cout << "p" << page.number << " [" << run.box.x0 << " " << run.box.y0 << " "
                << run.box.x1 << " " << run.box.y1 << "] " << run.confidence << " " << run.text
                << "\n";
    }
    for (const BlankRead& blank : page.blank_reads) {
      std::cout << "p" << page.number << " [" << blank.box.x0 << " " << blank.box.y0 << " "
                << blank.box.x1 << " " << blank.box.y1 << "] " << blank.confidence << " (blank)\n";
    }
  }
}

void print_structure(const Document& document) {
  size_t table_number = 0;
  for (const Block& block : document.body) {
    if (block.kind == BlockKind::kParagraph) {
      const Paragraph& paragraph = document.paragraphs[block.index];
      std::cout << "[p" << paragraph.page + 1 << "] " << paragraph.text << "\n";
      continue;
    }
    const Table& table = document.tables[block.index];
    std::cout << "== table " << ++table_number << " pages " << table.page + 1 << "-"
              << table.last_page + 1 << ", " << table.row_count << "x" << table.col_count << "\n";
    for (const TableCell& cell : table.cells) {
      std::cout << "  (" << cell.row << "," << cell.col << ") " << cell.row_span << "x"
                << cell.col_span << " p" << cell.page + 1 << " " << cell.text << "\n";
    }
  }
}

// One PNG and one legend file per page. A page OCR read (a scan, a half of a split 2-up sheet, a
// page OCR turned) is drawn on the page as OCR read it; the others as the PDF renders them.
bool write_page_images(const DebugOptions& options, const Document& document,
                       const Report& report) {
  std::vector<int> turned;
  for (const Page& page : document.pages) turned.push_back(page.turned);
  PagePictures pictures(options.file, document.format, document.split_sheets, turned,
                        document.ocr_pages, options.dpi);
  if (!pictures.opened()) return false;
  std::error_code error;
  std::filesystem::create_directories(options.png_dir, error);
  if (error) return false;
  for (int index = 0; index < static_cast<int>(document.pages.size()); ++index) {
    poppler::image image = pictures.picture(index);
    if (!image.is_valid()) {
      if (!document.split_sheets.empty()) continue;  // a page past the file's last
      return false;
    }
    RasterView raster{reinterpret_cast<std::uint32_t*>(image.data()), image.width(), image.height(),
                      image.bytes_per_row() / 4, pictures.scale()};
    const std::vector<std::string> legend = draw_page_overlay(raster, document, report, index);
    const auto stem =
        std::filesystem::path(options.png_dir) / ("page-" + std::to_string(index + 1));
    if (!image.save(stem.string() + ".png", "png")) return false;
    std::ofstream out(stem.string() + ".keys.tsv");
    for (const std::string& line : legend) out << line << "\n";
  }
  return true;
}

}  // namespace

int run_debug(const DebugOptions& options) {
  try {
    const Document document = read_document(options.file);
    if (options.runs) print_runs(document);
    const Report report = build_report(document);
    print_structure(document);
    if (options.png_dir.empty()) return kExitOk;
    if (document.pages.empty() || document.format != "pdf") {
      std::cerr << "ogi: --png draws PDF pages only\n";
      return kExitUsage;
    }
    if (!write_page_images(options, document, report)) {
      std::cerr << "ogi: " << options.file << ": cannot render the pages\n";
      return kExitUnreadable;
    }
    return kExitOk;
  } catch (const ExtractError& error) {
    std::cerr << "ogi: " << options.file << ": " << error.code() << ": " << error.what() << "\n";
    return kExitUnreadable;
  }
}

}  // namespace ogi
