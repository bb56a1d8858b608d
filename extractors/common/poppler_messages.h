#pragma once

#include <GlobalParams.h>

namespace ogi {

// Poppler's global state for as long as this object lives, with its error callback set to drop
// every message. Poppler reports the damage it repairs on stderr (thousands of lines for a mangled
// font, "Syntax Error: ..." before our own `ogi:` line); what matters reaches the record as an
// ExtractError or a document issue instead, with a code. Any number may live at once.
class PopplerMessages {
 public:
  PopplerMessages() : globals_(drop) {}

 private:
  static void drop(ErrorCategory, Goffset, const char*) {}

  GlobalParamsIniter globals_;
};

}  // namespace ogi
