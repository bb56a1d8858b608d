#include "output/xlsx_workbook.h"

#include <xlsxwriter.h>

#include <stdexcept>

namespace ogi {
namespace {

// Fixed, so that the same records give the same workbook bytes on every run (the other corpus
// files are byte-identical across runs too); libxlsxwriter would stamp the time of writing.
constexpr time_t kCreated = 946684800;  // 2000-01-01T00:00:00Z

constexpr uint32_t kLowConfidenceFill = 0xFFEB9C;  // Excel's "neutral" yellow
constexpr uint32_t kFlaggedFill = 0xFFC7CE;        // Excel's "bad" red
constexpr uint32_t kKeyColour = 0x808080;

lxw_format* fill_format(lxw_workbook* workbook, uint32_t colour) {
  lxw_format* format = workbook_add_format(workbook);
  format_set_pattern(format, LXW_PATTERN_SOLID);
  format_set_bg_color(format, colour);
  return format;
}

XlsxFormats make_formats(lxw_workbook* workbook) {
  XlsxFormats formats;
  formats.label = workbook_add_format(workbook);
  format_set_bold(formats.label);
  format_set_text_wrap(formats.label);
  format_set_align(formats.label, LXW_ALIGN_VERTICAL_TOP);
  formats.key = workbook_add_format(workbook);
  format_set_font_color(formats.key, kKeyColour);
  formats.low_confidence = fill_format(workbook, kLowConfidenceFill);
  formats.flagged = fill_format(workbook, kFlaggedFill);
  return formats;
}

}  // namespace

void XlsxWorkbookFree::operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }

void check_xlsx(int error, const std::string& what) {
  if (error == LXW_NO_ERROR) return;
  throw std::runtime_error(what + ": " + lxw_strerror(static_cast<lxw_error>(error)));
}

XlsxWorkbook::XlsxWorkbook(const std::filesystem::path& target)
    : file_(target), temporary_dir_(target.parent_path().string()) {
  file_.close_stream();
  // Row buffers go to temporary files beside the target, not to a possibly small /tmp.
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = temporary_dir_.empty() ? nullptr : temporary_dir_.data();
  workbook_.reset(workbook_new_opt(file_.temporary_path().c_str(), &options));
  if (!workbook_) throw std::runtime_error(target.string() + ": cannot create the workbook");
  lxw_doc_properties properties = {};
  properties.created = kCreated;
  check_xlsx(workbook_set_properties(workbook_.get(), &properties), target.string());
  formats_ = make_formats(workbook_.get());
}

lxw_worksheet* XlsxWorkbook::add_sheet(const std::string& name) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook_.get(), name.c_str());
  if (sheet == nullptr) throw std::runtime_error("cannot add the sheet " + name);
  return sheet;
}

void XlsxWorkbook::commit() {
  // workbook_close writes the file and frees the workbook whether or not writing succeeded.
  check_xlsx(workbook_close(workbook_.release()), file_.temporary_path().string());
  file_.commit();
}

}  // namespace ogi
