#pragma once

#include <string>
#include <vector>

#include "model/report.h"

namespace ogi {

// Which statutory section (s1_overall … s6_other) a paragraph heads, or "" when it heads none.
// Headings are "一、…" lines whose text names the section (template.md §1 variants); numbering
// that restarts inside 一、总体情况 ("一、主动公开") is not taken for a new section.
class SectionHeadingMatcher {
 public:
  std::string match(const std::string& paragraph);

 private:
  int last_numeral_ = 0;
  int last_section_ = -1;
};

// Sections from the body paragraphs (tables excluded): each heading's following paragraphs up to
// the next heading. `first_heading` receives the paragraph index of the first heading, or the
// paragraph count when there is none.
std::vector<Section> split_sections(const std::vector<std::string>& paragraphs,
                                    size_t* first_heading = nullptr);

}  // namespace ogi
