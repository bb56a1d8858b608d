#include "extractors/ocr_module/table_pictures.h"

#include <algorithm>
#include <chrono>

#include "extractors/extract_error.h"
#include "extractors/file_deadline.h"
#include "extractors/ocr_module/ocr_module.h"
#include "extractors/read_limits.h"
#include "template/display_labels.h"
#include "template/template_markers.h"

namespace ogi {
namespace {

// Text without whitespace, so labels broken over lines match.
void append_compact(const std::string& text, std::string& out) {
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') out.push_back(c);
  }
}

std::string compact_table_text(const Document& document) {
  std::string text;
  for (const Table& table : document.tables) {
    for (const TableCell& cell : table.cells) append_compact(cell.text, text);
  }
  for (const Page& page : document.pages) {
    for (const TextRun& run : page.runs) append_compact(run.text, text);
  }
  return text;
}

bool contains_any(const std::string& text, const std::vector<std::string>& markers) {
  for (const std::string& marker : markers) {
    if (text.find(marker) != std::string::npos) return true;
  }
  return false;
}

// The pictures' bytes, loaded in order within the limits; `refused[i]` says why picture i has
// none.
struct LoadedPictures {
  std::vector<std::string> bytes;
  std::vector<std::string> refused;
};

LoadedPictures load_pictures(Document& document, size_t shown, const PictureLoader& load) {
  LoadedPictures pictures;
  const size_t count = std::min(shown, static_cast<size_t>(ReadLimits::kMaxOcrPages));
  if (count < shown) {
    note_limit(document, "ocr_page_limit",
               std::to_string(shown) + " pictures may show tables; the first " +
                   std::to_string(count) + " were read (limit " +
                   std::to_string(ReadLimits::kMaxOcrPages) + " scanned pages per document)");
  }
  const auto deadline = work_deadline(std::chrono::hours(1));
  size_t total = 0;
  for (size_t i = 0; i < count; ++i) {
    std::string bytes, refusal;
    try {
      if (std::chrono::steady_clock::now() >= deadline) {
        throw ExtractError("timeout", "the file's time ran out before it was read");
      }
      bytes = load(i);
      total += bytes.size();
      if (total > ReadLimits::kMaxPicturesBytes) {
        throw ExtractError("too_large", "the pictures before it hold " +
                                            std::to_string(ReadLimits::kMaxPicturesBytes) +
                                            " bytes, all pictures of a document may hold");
      }
    } catch (const ExtractError& error) {
      bytes.clear();
      refusal = error.code() + ": " + error.what();
    }
    pictures.bytes.push_back(std::move(bytes));
    pictures.refused.push_back(std::move(refusal));
  }
  return pictures;
}

// A picture refused before OCR keeps its refusal; one OCR could not decode gets OCR's reason.
void read_by_ocr(Document& document, LoadedPictures& pictures) {
  const bool any = std::any_of(pictures.bytes.begin(), pictures.bytes.end(),
                               [](const std::string& bytes) { return !bytes.empty(); });
  if (!any) return;  // Tesseract is not loaded for nothing
  std::vector<std::string> ocr_refused;
  try {
    ocr_refused = ocr_module().read_pictures(document, pictures.bytes);
  } catch (const ExtractError& error) {
    ocr_refused.assign(pictures.bytes.size(), error.code() + ": " + error.what());
  }
  for (size_t i = 0; i < pictures.refused.size() && i < ocr_refused.size(); ++i) {
    if (pictures.refused[i].empty()) pictures.refused[i] = std::move(ocr_refused[i]);
  }
}

}  // namespace

std::string missing_statistics_tables(const Document& document) {
  const std::string text = compact_table_text(document);
  std::string missing;
  for (const TableMarkers& table : table_presence_markers()) {
    if (contains_any(text, table.any_of)) continue;
    if (!missing.empty()) missing += "、";
    missing += table_label(table.table);
  }
  return missing;
}

void read_table_pictures(Document& document, const std::vector<std::string>& names,
                         const PictureLoader& load) {
  if (names.empty() || missing_statistics_tables(document).empty()) return;
  LoadedPictures pictures = load_pictures(document, names.size(), load);
  read_by_ocr(document, pictures);
  const std::string missing = missing_statistics_tables(document);
  if (missing.empty()) return;
  std::string unread;
  int unread_count = 0;
  for (size_t i = 0; i < pictures.refused.size(); ++i) {
    if (pictures.refused[i].empty()) continue;
    ++unread_count;
    unread += "；图片" + std::to_string(i + 1) + "（" + names[i] + "）：" + pictures.refused[i];
  }
  if (unread_count == 0) return;
  document.issues.push_back(
      {"table_image", "页面中没有" + missing + "的表格，但有" + std::to_string(names.size()) +
                          "张图片，其中" + std::to_string(unread_count) +
                          "张未能读取：统计表可能以图片形式发布，其数据未能读取" + unread});
}

}  // namespace ogi
