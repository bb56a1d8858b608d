#pragma once

#include <string>
#include <vector>

#include "model/report.h"

namespace ogi {

// The second look at OCR'd numbers the template's identities doubt (validate's
// doubted_ocr_cells): those cells are read again from the page image (extractors' reread_cells)
// and validate's choose_readings keeps the readings under which the identities hold; a cell read
// as text where a number belongs ("U", "工") is read again too, and when the identities did not
// settle it, takes the number its re-readings agree on (take_agreed_numbers). Returns the
// OCR-1 and OCR-4 findings of the cells it changed; `report` then needs validating again. A failure
// to read the file again leaves the first readings in place.
std::vector<Finding> reread_doubted_cells(const std::string& path, Report& report,
                                          const std::vector<Finding>& findings);

}  // namespace ogi
