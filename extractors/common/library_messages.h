#pragma once

namespace ogi {

// Silences libxml2, which prints to stderr on its own: its generic and structured error handlers
// (libxml2 keeps them per thread, so this also sets them for the calling thread and for every
// thread started later). What matters reaches the record as an error code instead, and nothing is
// printed before or around the `ogi:` line. Cheap; call it before using libxml2.
void quiet_library_messages();

}  // namespace ogi
