#pragma once

namespace ogi {

// Settings that libraries read from the environment only once, when they are loaded at process
// start, so that setting them later is too late. When one is missing, the process executes
// itself again with it set (same process id and arguments); values the user set are kept.
// Returns when the settings are in force or the re-execution failed (then it runs on, slower).
//
// - OMP_THREAD_LIMIT=1: Tesseract's LSTM spreads each line over OpenMP threads, which on top
//   of our own page and file workers only wait for each other. Measured on a 5-page scan: 30 s
//   wall, 29 s of it futex system time, against 7 s with one thread.
// - GLIBC_TUNABLES glibc.malloc.hugetlb=1: malloc asks for transparent huge pages, one page
//   fault per 2 MB instead of per 4 KB. A batch worker is a fresh process per file whose heap is
//   all new pages; on virtual machines, where a fault is dear, this measured 1.7x the files per
//   second (DOCX) and 5 % off a scan page. No effect where THP is off.
void tune_process(char** argv);

}  // namespace ogi
