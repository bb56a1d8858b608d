#pragma once

#include "model/document.h"
#include "model/report.h"

namespace ogi {

// A table of which no cell was found, while a scanned page prints its labels: neither the page's
// rules nor the alignment of its text gave a grid (a threshold erased light rules, the text read
// too poorly). Its values were not read, and C-1's "未填报或未能读取" cannot tell a reader that
// it was the reading that failed, nor where: a MAP-5 warning per table names the pages.
void add_unread_scanned_table_findings(const Document& document, Report& report);

}  // namespace ogi
