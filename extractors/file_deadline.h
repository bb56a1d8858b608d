#pragma once

#include <chrono>

namespace ogi {

// The time the file being read may still take, as the process reading it was told: a batch
// worker (and `ogi extract --timeout`'s worker) is killed with its process group at its deadline,
// and an external converter runs in a group of its own, so it must be stopped before that or it
// would outlive the worker. Kept per process; one file is read at a time.
void set_file_time_limit(double seconds);  // from now; 0: no limit

// The earlier of now + `cap` and a moment shortly before the file's deadline.
std::chrono::steady_clock::time_point work_deadline(std::chrono::seconds cap);

}  // namespace ogi
