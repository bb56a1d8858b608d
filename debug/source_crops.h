#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace ogi {

// Pictures of where each value of a record came from, for the audit pages: for a PDF (born-digital
// or scanned) or an image file (PNG, JPEG, every frame of a TIFF), the region of the page around
// the value's box with the box drawn in red, one PNG per cell that has a page and a box. Each page
// is rendered once, at `dpi`; a crop is at most kMaxCropWidth x kMaxCropHeight pixels (centred on
// the box) and a record gets at most kMaxCropsPerRecord of them, so one report costs a bounded
// amount of work and disk.
inline constexpr int kMaxCropWidth = 900;
inline constexpr int kMaxCropHeight = 360;
inline constexpr int kMaxCropsPerRecord = 600;
inline constexpr double kCropDpi = 110;

struct SourceCrops {
  // File names by key ("t3.new.total" -> "t3.new.total.png").
  std::map<std::string, std::string> files;
  // The record's values have boxes on pages, but its source.path could not be opened or drawn
  // here (moved, on another machine, the OCR module missing) or is no longer the file the record
  // was read from (its sha256 differs): no picture was written.
  bool source_unreadable = false;
};

// Writes `dir`/<key>.png for the cells of `record` (its source.path read again when its bytes
// still have the record's sha256; its turned pages and split sheets drawn as OCR read them).
// Formats without pages (DOCX, HTML, text) and a file that cannot be opened or rendered give no
// pictures: their page shows the source cell's text instead.
SourceCrops write_source_crops(const nlohmann::ordered_json& record,
                               const std::filesystem::path& dir, double dpi = kCropDpi);

}  // namespace ogi
