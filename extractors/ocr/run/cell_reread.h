#pragma once

#include <string>
#include <vector>

#include "model/cell_rereading.h"
#include "model/document.h"

namespace ogi {

// Reads cells of a scanned document again, for the validator-guided second look at numbers the
// template's identities doubt. Each page is rendered and prepared exactly as the first reading
// prepared it (the preparation is deterministic), so a cell's box still points at its ink; the
// cell is then read by other recognizers, scales and thresholds (reread_number). `format` is the
// Document's: "image" for PNG/JPEG/TIFF, anything else is a PDF; `split_sheets` its 2-up sheets,
// which page indices count as two pages each. Results come in request order.
std::vector<CellRereading> reread_cells(const std::string& path, const std::string& format,
                                        const std::vector<SplitSheet>& split_sheets,
                                        const std::vector<RereadRequest>& requests);

}  // namespace ogi
