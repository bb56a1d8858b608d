#pragma once

#include <string>

namespace ogi {

// Chinese labels for findings, so a reader can find the cell in the printed table: the shown
// label (LabelledKey::display, else the official one) of the template entries, never a second list.
// Unknown keys (unofficial rows or columns) fall back to the ASCII key part.

// "表二" | "表三" | "表四".
std::string table_label(const std::string& table);
std::string row_label(const std::string& table, const std::string& row);
std::string col_label(const std::string& table, const std::string& col);

// "结转下年度/总计" for t3.carried_forward.total: row label, then column label.
std::string cell_label(const std::string& key);

// A value as a reader would print it: integers without a fraction, decimals trimmed.
std::string format_number(double value);

}  // namespace ogi
