#include "extractors/ocr_module/ocr_module.h"

#include <cstdlib>

#include "extractors/extract_error.h"

namespace ogi {
namespace {

OpenedModule load_module() {
  setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0);
  return open_module(kOcrModuleName, OGI_MODULE_DIR, kOcrModuleEntry, OGI_VERSION,
                     sizeof(OcrModuleCalls), "the OCR module (Tesseract)");
}

}  // namespace

const OcrModuleCalls& ocr_module() {
  static const OpenedModule module = load_module();
  if (!module.calls) {
    throw ExtractError("ocr_unavailable", module.failure);
  }
  return module_table<OcrModuleCalls>(*module.calls);
}

}  // namespace ogi
