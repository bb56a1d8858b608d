#include "extractors/docx/list_numbering.h"

#include <algorithm>

#include "extractors/common/xml_nodes.h"
#include "extractors/docx/number_format.h"
#include "extractors/docx/wordml.h"

namespace ogi {
namespace {

using wordml::is_w;
using wordml::w_attr;
using wordml::w_child;
using wordml::w_int_attr;

// Keeps hostile start values from overflowing the counters.
constexpr int kMaxCounter = 1000000;
// Styles inherit numbering through w:basedOn; the chain is bounded against cycles.
constexpr int kMaxStyleDepth = 16;

std::string val_of(const xmlNode* property) {
  return property ? w_attr(property, "val").value_or("") : "";
}

std::string suffix_of(const xmlNode* level) {
  const std::string suffix = val_of(w_child(level, "suff"));
  if (suffix == "space") return " ";
  if (suffix == "nothing") return "";
  return "\t";
}

int clamp_counter(int value) { return std::clamp(value, 0, kMaxCounter); }

const xmlNode* numbering_properties(const xmlNode* node) {
  return w_child(w_child(node, "pPr"), "numPr");
}

}  // namespace

ListNumbering::ListNumbering(const xmlNode* numbering_root, const xmlNode* styles_root) {
  read_definitions(numbering_root);
  read_styles(styles_root);
}

void ListNumbering::read_definitions(const xmlNode* numbering_root) {
  for (const xmlNode* child : element_children(numbering_root)) {
    if (is_w(child, "abstractNum")) {
      auto& levels = abstracts_[w_attr(child, "abstractNumId").value_or("")];
      for (const xmlNode* level : element_children(child)) {
        const int ilvl = w_int_attr(level, "ilvl", -1);
        if (!is_w(level, "lvl") || ilvl < 0 || ilvl >= kLevels) continue;
        Level& target = levels[static_cast<size_t>(ilvl)];
        target.start = clamp_counter(wordml::w_int_val(w_child(level, "start"), 1));
        target.num_fmt = val_of(w_child(level, "numFmt"));
        if (target.num_fmt.empty()) target.num_fmt = "decimal";
        target.text = val_of(w_child(level, "lvlText"));
        target.suffix = suffix_of(level);
      }
    } else if (is_w(child, "num")) {
      Instance& instance = instances_[w_attr(child, "numId").value_or("")];
      instance.abstract_id = val_of(w_child(child, "abstractNumId"));
      for (const xmlNode* level_override : element_children(child)) {
        const int ilvl = w_int_attr(level_override, "ilvl", -1);
        const xmlNode* start = w_child(level_override, "startOverride");
        if (!is_w(level_override, "lvlOverride") || !start || ilvl < 0 || ilvl >= kLevels) continue;
        instance.start_overrides[ilvl] = clamp_counter(wordml::w_int_val(start, 1));
      }
    }
  }
}

void ListNumbering::read_styles(const xmlNode* styles_root) {
  std::map<std::string, const xmlNode*> styles;
  for (const xmlNode* style : element_children(styles_root)) {
    if (is_w(style, "style")) styles[w_attr(style, "styleId").value_or("")] = style;
  }
  for (const auto& [id, style] : styles) {
    Reference reference;
    bool has_num_id = false;
    bool has_level = false;
    const xmlNode* current = style;
    // The nearest style in the basedOn chain that says something wins, per property.
    for (int depth = 0; current && depth < kMaxStyleDepth; ++depth) {
      const xmlNode* properties = numbering_properties(current);
      if (const xmlNode* num_id = w_child(properties, "numId"); num_id && !has_num_id) {
        reference.num_id = val_of(num_id);
        has_num_id = true;
      }
      if (const xmlNode* level = w_child(properties, "ilvl"); level && !has_level) {
        reference.level = wordml::w_int_val(level, 0);
        has_level = true;
      }
      const auto parent = styles.find(val_of(w_child(current, "basedOn")));
      current = parent == styles.end() ? nullptr : parent->second;
    }
    if (has_num_id) style_lists_[id] = reference;
  }
}

ListNumbering::Reference ListNumbering::reference_of(const xmlNode* paragraph) const {
  Reference reference;
  const auto style = style_lists_.find(val_of(w_child(w_child(paragraph, "pPr"), "pStyle")));
  if (style != style_lists_.end()) reference = style->second;
  const xmlNode* properties = numbering_properties(paragraph);
  if (const xmlNode* num_id = w_child(properties, "numId")) reference.num_id = val_of(num_id);
  if (const xmlNode* level = w_child(properties, "ilvl")) {
    reference.level = wordml::w_int_val(level, 0);
  }
  return reference;
}

int ListNumbering::start_of(const std::string& abstract_id, const Instance& instance,
                            int level) const {
  const auto override_start = instance.start_overrides.find(level);
  if (override_start != instance.start_overrides.end()) return override_start->second;
  return abstracts_.at(abstract_id)[static_cast<size_t>(level)].start;
}

std::string ListNumbering::render(const std::string& abstract_id, const Instance& instance,
                                  int level) const {
  const auto& levels = abstracts_.at(abstract_id);
  const auto& counters = counters_.at(abstract_id);
  const Level& format = levels[static_cast<size_t>(level)];
  std::string label;
  for (size_t i = 0; i < format.text.size(); ++i) {
    const char next = i + 1 < format.text.size() ? format.text[i + 1] : '\0';
    if (format.text[i] != '%' || next < '1' || next > '9') {
      label += format.text[i];
      continue;
    }
    const int referenced = next - '1';
    int number = counters[static_cast<size_t>(referenced)];
    if (number == 0) number = start_of(abstract_id, instance, referenced);
    label += format_list_number(number, levels[static_cast<size_t>(referenced)].num_fmt);
    ++i;
  }
  if (format.num_fmt == "bullet") return "";  // bullet glyphs are usually symbol-font codes
  return label.empty() ? label : label + format.suffix;
}

std::string ListNumbering::next_label(const xmlNode* paragraph) {
  const Reference reference = reference_of(paragraph);
  const auto instance = instances_.find(reference.num_id);
  if (instance == instances_.end() || reference.level < 0 || reference.level >= kLevels) return "";
  const std::string& abstract_id = instance->second.abstract_id;
  if (!abstracts_.contains(abstract_id)) return "";
  auto& counters = counters_[abstract_id];
  if (started_instances_.insert(reference.num_id).second &&
      !instance->second.start_overrides.empty()) {
    counters.fill(0);  // a w:num with start overrides restarts the list
  }
  int& counter = counters[static_cast<size_t>(reference.level)];
  counter = counter == 0 ? start_of(abstract_id, instance->second, reference.level)
                         : clamp_counter(counter + 1);
  for (int deeper = reference.level + 1; deeper < kLevels; ++deeper) {
    counters[static_cast<size_t>(deeper)] = 0;
  }
  return render(abstract_id, instance->second, reference.level);
}

}  // namespace ogi
