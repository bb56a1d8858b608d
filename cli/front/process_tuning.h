#pragma once

namespace ogi {

// For `ogi batch`: malloc on transparent huge pages (GLIBC_TUNABLES glibc.malloc.hugetlb=1), one
// page fault per 2 MB instead of per 4 KB. A batch's workers are forked from it, and each fills a
// heap of new pages; on virtual machines, where a fault is dear, this measured 1.7x the files per
// second (DOCX) and 5 % off a scan page. No effect where THP is off. glibc reads the setting only
// when the process starts, so when it is missing the process executes itself again with it set
// (same process id and arguments); a value the user set is kept. Returns when the setting is in
// force or the re-execution failed (then it runs on, slower). Other commands do not pay for a
// second start: one file's heap gains little (`ogi extract` of a 6-page PDF: 230 of 1 850 page
// faults).
void use_huge_pages(char** argv);

}  // namespace ogi
