#pragma once

#include <libxml/tree.h>

#include <array>
#include <map>
#include <set>
#include <string>

namespace ogi {

// Automatic paragraph numbering (word/numbering.xml): the "一、", "（二）" or "3." Word prints
// before a numbered paragraph, which is not in the paragraph's own text. Numbering comes from the
// paragraph's w:numPr or from its paragraph style (word/styles.xml). Counters follow document
// order, one set per abstract list definition, restarting when a w:num overrides a start value.
class ListNumbering {
 public:
  ListNumbering() = default;  // a document without numbering definitions
  // Either root may be null.
  ListNumbering(const xmlNode* numbering_root, const xmlNode* styles_root);

  // The label printed before this paragraph, including the separator Word puts after it (a tab
  // by default), and advances the counters. Empty when the paragraph is not numbered.
  std::string next_label(const xmlNode* paragraph);

 private:
  static constexpr int kLevels = 9;
  struct Level {
    int start = 1;
    std::string num_fmt = "decimal";
    std::string text;  // w:lvlText, e.g. "（%2）"
    std::string suffix = "\t";
  };
  struct Instance {  // a w:num
    std::string abstract_id;
    std::map<int, int> start_overrides;
  };
  struct Reference {  // the list a paragraph or style points at
    std::string num_id;
    int level = 0;
  };

  void read_definitions(const xmlNode* numbering_root);
  void read_styles(const xmlNode* styles_root);
  Reference reference_of(const xmlNode* paragraph) const;
  std::string render(const std::string& abstract_id, const Instance& instance, int level) const;
  int start_of(const std::string& abstract_id, const Instance& instance, int level) const;

  std::map<std::string, std::array<Level, kLevels>> abstracts_;
  std::map<std::string, Instance> instances_;
  std::map<std::string, Reference> style_lists_;  // styleId → list, basedOn already resolved
  std::map<std::string, std::array<int, kLevels>> counters_;  // per abstract; 0 = not started
  std::set<std::string> started_instances_;
};

}  // namespace ogi
