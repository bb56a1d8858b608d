#include "output/corpus_value.h"

#include <nlohmann/json.hpp>

namespace ogi {

std::string csv_text(const CorpusValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) return *text;
  if (const auto* integer = std::get_if<long long>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) return nlohmann::json(*real).dump();
  return "";
}

}  // namespace ogi
