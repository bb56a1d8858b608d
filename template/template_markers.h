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

// Words a text dump (a table printed as lines of text) prints around the cell labels: captions,
// header cells and corner labels that name no cell, by which layout finds each table's lines and
// rebuilds its grid. Cell labels themselves stay in the schema.
struct TextDumpWords {
  // A line that starts a table's region: 表三's are tried first, then 表四's (in a short line
  // only: 行政复议 also appears in sentences), then 表二's.
  std::vector<std::string> t3_anchors;
  std::vector<std::string> t4_anchors;
  std::vector<std::string> t2_anchors;
  // 表二: a block starts with 第二十条第(X)项, then a header row led by 信息内容.
  std::string t2_caption_start;
  std::string t2_caption_end;
  std::string t2_header;
  // 表三: header cells above the columns, and the 勾稽关系 note printed under them.
  std::vector<std::string> t3_header;
  std::string t3_note_start;
  // 表四: the cell spanning both 行政诉讼 groups, and the corner of a transposed table.
  std::string t4_litigation;
  std::string t4_corner;
};

const TextDumpWords& text_dump_words();

}  // namespace ogi
