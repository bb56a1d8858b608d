#pragma once

namespace ogi {

// Silences the libraries that print to stderr on their own: Leptonica ("Error in pixZero: ...",
// "Warning in tiffGetCount: big file"), and libxml2's generic and structured error handlers
// (libxml2 keeps them per thread, so this also sets them for the calling thread and for every
// thread started later). What matters reaches the record as an error code instead, and nothing is
// printed before or around the `ogi:` line. Cheap; call it before using those libraries.
void quiet_library_messages();

}  // namespace ogi
