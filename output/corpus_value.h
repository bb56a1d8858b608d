#pragma once

#include <string>
#include <variant>
#include <vector>

namespace ogi {

// One value of a corpus table row: NULL (an empty CSV field), an integer, a real or text.
// Typed, so that SQLite stores numbers as numbers while the CSV prints them as the JSON does.
using CorpusValue = std::variant<std::monostate, long long, double, std::string>;
using CorpusRow = std::vector<CorpusValue>;

// The CSV text of a value: numbers exactly as in the JSON record ("1.0", "12", "3.75").
std::string csv_text(const CorpusValue& value);

}  // namespace ogi
