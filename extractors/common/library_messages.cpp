#include "extractors/common/library_messages.h"

#include <libxml/xmlerror.h>

#include <mutex>

namespace ogi {
namespace {

void drop_generic(void*, const char*, ...) {}
void drop_structured(void*, xmlErrorPtr) {}

}  // namespace

void quiet_library_messages() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlThrDefSetGenericErrorFunc(nullptr, drop_generic);
    xmlThrDefSetStructuredErrorFunc(nullptr, drop_structured);
  });
  xmlSetGenericErrorFunc(nullptr, drop_generic);
  xmlSetStructuredErrorFunc(nullptr, drop_structured);
}

}  // namespace ogi
