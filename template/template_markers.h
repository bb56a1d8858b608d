#pragma once

#include <string>
#include <vector>

namespace ogi {

// Printed words that tell a reader which part of the national template is in front of them.
// (Words that tell one template version from another are TemplateSchema::markers.)

// A table is there when it prints one of `any_of` and every one of `all_of`.
struct TableMarkers {
  std::string table;  // "t2" | "t3" | "t4"
  std::vector<std::string> any_of;
  std::vector<std::string> all_of;
};

// For layout's table classification, in the order tables are tried: 表三's row labels are the most
// distinctive, and a continuation fragment of it (a table split over pages) still carries some.
const std::vector<TableMarkers>& table_kind_markers();

// For extractors that only ask whether a table was printed as text at all (an HTML page whose
// tables may be images): a few labels each, in 表二, 表三, 表四 order.
const std::vector<TableMarkers>& table_presence_markers();

// The six statutory sections (template.md §1) in order, with the phrases their headings print.
struct SectionHeading {
  std::string key;  // s1_overall ... s6_other
  std::vector<std::string> phrases;
};

const std::vector<SectionHeading>& section_headings();

}  // namespace ogi
