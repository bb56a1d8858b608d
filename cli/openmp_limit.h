#pragma once

namespace ogi {

// Tesseract's LSTM spreads each line over OpenMP threads. On top of our own page and file
// workers those threads only wait for each other: with them a page costs four times the CPU
// (measured: 30 s wall, 29 s of it futex system time, against 7 s with one thread). libgomp
// reads OMP_THREAD_LIMIT once, when it is loaded at process start, so setting it later is too
// late: when it is not set, the process executes itself again with OMP_THREAD_LIMIT=1. A value
// the user set is kept. Returns only when the limit is in force or the re-execution failed.
void limit_openmp_threads(char** argv);

}  // namespace ogi
