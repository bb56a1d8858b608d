#include "validate/template_keys.h"

namespace ogi {

namespace {

bool is_2019(const std::string& template_name) { return template_name == "2019"; }

const std::vector<std::string>& denied_leaves() {
  static const std::vector<std::string> rows = {"denied.state_secret",     "denied.law_prohibited",
                                                "denied.three_safeties",   "denied.third_party",
                                                "denied.internal_affairs", "denied.process_info",
                                                "denied.enforcement_file", "denied.inquiry"};
  return rows;
}

const std::vector<std::string>& unable_leaves() {
  static const std::vector<std::string> rows = {"unable.not_held", "unable.needs_creation",
                                                "unable.unclear"};
  return rows;
}

const std::vector<std::string>& not_processed_leaves() {
  static const std::vector<std::string> rows = {
      "not_processed.petition", "not_processed.duplicate", "not_processed.publication",
      "not_processed.excessive", "not_processed.confirmation"};
  return rows;
}

const std::vector<std::string>& other_leaves_2021() {
  static const std::vector<std::string> rows = {"other.no_correction", "other.no_fee",
                                                "other.other"};
  return rows;
}

void append(std::vector<std::string>& to, const std::vector<std::string>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

std::vector<T2Key> make_t2_2021() {
  std::vector<T2Key> keys;
  for (const char* row : {"art20_1.rules", "art20_1.normative_documents"}) {
    for (const char* col : {"issued", "repealed", "in_force"}) keys.push_back({row, col});
  }
  keys.push_back({"art20_5.administrative_license", "decisions"});
  keys.push_back({"art20_6.administrative_penalty", "decisions"});
  keys.push_back({"art20_6.administrative_coercion", "decisions"});
  keys.push_back({"art20_8.administrative_fees", "amount_10k_yuan"});
  return keys;
}

std::vector<T2Key> make_t2_2019() {
  std::vector<T2Key> keys;
  for (const char* row : {"art20_1.rules", "art20_1.normative_documents"}) {
    for (const char* col : {"new_made", "new_published", "total_published"}) {
      keys.push_back({row, col});
    }
  }
  for (const char* row : {"art20_5.administrative_license", "art20_5.other_services",
                          "art20_6.administrative_penalty", "art20_6.administrative_coercion"}) {
    for (const char* col : {"prev_year_items", "change", "decisions"}) keys.push_back({row, col});
  }
  keys.push_back({"art20_8.administrative_fees", "prev_year_items"});
  keys.push_back({"art20_8.administrative_fees", "change"});
  keys.push_back({"art20_9.government_procurement", "procurement_items"});
  keys.push_back({"art20_9.government_procurement", "procurement_amount"});
  return keys;
}

}  // namespace

const std::vector<std::string>& t3_applicant_columns() {
  static const std::vector<std::string> cols = {"natural_person", "commercial",     "research",
                                                "social_welfare", "legal_services", "other_org"};
  return cols;
}

const std::vector<std::string>& t3_org_columns() {
  static const std::vector<std::string> cols = {"commercial", "research", "social_welfare",
                                                "legal_services", "other_org"};
  return cols;
}

const std::vector<std::string>& t3_columns() {
  static const std::vector<std::string> cols = [] {
    std::vector<std::string> all = t3_applicant_columns();
    all.push_back("total");
    return all;
  }();
  return cols;
}

std::vector<std::string> t3_outcome_rows(const std::string& template_name) {
  std::vector<std::string> rows = {"granted", "partial"};
  append(rows, denied_leaves());
  append(rows, unable_leaves());
  append(rows, not_processed_leaves());
  if (is_2019(template_name)) {
    rows.push_back("other");
  } else {
    append(rows, other_leaves_2021());
  }
  return rows;
}

std::vector<std::string> t3_rows(const std::string& template_name) {
  std::vector<std::string> rows = {"new", "carried_over"};
  append(rows, t3_outcome_rows(template_name));
  rows.push_back("total");
  rows.push_back("carried_forward");
  return rows;
}

const std::vector<std::string>& t4_groups() {
  static const std::vector<std::string> groups = {"review", "litigation_direct",
                                                  "litigation_after_review"};
  return groups;
}

const std::vector<std::string>& t4_columns() {
  static const std::vector<std::string> cols = {"upheld", "corrected", "other", "pending", "total"};
  return cols;
}

const std::vector<T2Key>& t2_keys(const std::string& template_name) {
  static const std::vector<T2Key> keys_2019 = make_t2_2019();
  static const std::vector<T2Key> keys_2021 = make_t2_2021();
  return is_2019(template_name) ? keys_2019 : keys_2021;
}

std::vector<std::string> canonical_keys(const std::string& table,
                                        const std::string& template_name) {
  std::vector<std::string> keys;
  if (table == "t2") {
    for (const T2Key& key : t2_keys(template_name)) keys.push_back("t2." + key.row + "." + key.col);
  } else if (table == "t3") {
    for (const std::string& row : t3_rows(template_name)) {
      for (const std::string& col : t3_columns()) keys.push_back("t3." + row + "." + col);
    }
  } else if (table == "t4") {
    for (const std::string& group : t4_groups()) {
      for (const std::string& col : t4_columns()) keys.push_back("t4." + group + "." + col);
    }
  }
  return keys;
}

}  // namespace ogi
