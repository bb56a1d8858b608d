// The OCR module's one exported symbol: the table of what it does (ocr_module_calls.h). Built
// only into the module (ogi_ocr.so); `ogi` finds and opens it when a page needs OCR.
#include "extractors/ocr/run/cell_reread.h"
#include "extractors/ocr/run/image_extractor.h"
#include "extractors/ocr/run/pages_as_read.h"
#include "extractors/ocr/run/picture_reading.h"
#include "extractors/ocr/run/rendered_pages.h"
#include "extractors/ocr_module/ocr_module_calls.h"

namespace {

constexpr ogi::OcrModuleCalls kCalls = {
    {OGI_VERSION, sizeof(ogi::OcrModuleCalls)},
    ogi::read_rendered_pages,
    ogi::extract_image,
    ogi::read_pictures,
    ogi::reread_cells,
    ogi::pages_as_read,
};

}  // namespace

// Typed as the head every module's table starts with, the type the loader calls it through
// (UBSan checks the call's function type); the table follows from it.
extern "C" __attribute__((visibility("default"))) const ogi::ModuleTableHead*
ogi_ocr_module_calls() {
  return &kCalls.head;
}
