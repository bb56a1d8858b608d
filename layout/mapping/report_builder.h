#pragma once

#include "model/document.h"
#include "model/report.h"

namespace ogi {

// The layout stage's product: from a (normalized) document to a report with every canonical cell
// of the detected template, sections and identity. `source` is left for the caller; findings here
// are only the mapping's own (template mismatch, duplicate values); validation comes after.
Report build_report(const Document& document);

}  // namespace ogi
