#include "cli/batch/batch_inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

#include "model/path_text.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

const std::map<std::string, std::string>& formats_by_extension() {
  static const std::map<std::string, std::string> formats = {
      {".pdf", "pdf"},   {".docx", "docx"},  {".html", "html"}, {".htm", "html"},
      {".txt", "txt"},   {".png", "image"},  {".jpg", "image"}, {".jpeg", "image"},
      {".tif", "image"}, {".tiff", "image"}, {".doc", "doc"},   {".wps", "wps"},
      {".rtf", "rtf"},   {".odt", "odt"},    {".mht", "mht"},   {".mhtml", "mht"}};
  return formats;
}

std::string lower_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// Sorted by the path's bytes, so every machine walking the same tree lists it identically
// (directory_iterator order depends on the file system).
void walk_folder(const fs::path& folder, std::vector<std::string>& out) {
  std::vector<std::string> found;
  const auto options = fs::directory_options::skip_permission_denied;
  for (auto it = fs::recursive_directory_iterator(folder, options);
       it != fs::recursive_directory_iterator(); ++it) {
    if (is_hidden(it->path())) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    // Not only regular files: a FIFO, device or dangling link named like a report gets a
    // record saying what it is, instead of vanishing from the corpus unnoticed.
    std::error_code error;
    if (it->is_directory(error)) continue;
    if (formats_by_extension().count(lower_extension(it->path())) == 0) continue;
    found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

void expand_path(const std::string& path, std::vector<std::string>& out) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (fs::is_directory(status)) return walk_folder(path, out);
  // A dangling link or a loop of links exists (as a link) and gets a record saying so; only a
  // path with nothing at all there is a usage error.
  if (!fs::exists(fs::symlink_status(path, error))) {
    throw std::runtime_error(path_text(path) + ": no such file or folder");
  }
  out.push_back(path);
}

std::string trimmed(std::string line) {
  const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!line.empty() && space(line.back())) line.pop_back();
  const auto first = std::find_if_not(line.begin(), line.end(), space);
  return std::string(first, line.end());
}

void expand_list(const std::string& list_file, std::vector<std::string>& out) {
  std::ifstream in(list_file);
  if (!in) throw std::runtime_error(list_file + ": cannot read the list");
  std::string line;
  while (std::getline(in, line)) {
    line = trimmed(line);
    if (line.empty() || line[0] == '#') continue;
    expand_path(line, out);
  }
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments) {
  std::vector<std::string> inputs;
  for (const std::string& argument : arguments) {
    if (argument.size() > 1 && argument[0] == '@') {
      expand_list(argument.substr(1), inputs);
    } else {
      expand_path(argument, inputs);
    }
  }
  return inputs;
}

std::vector<BatchInput> select_shard(const std::vector<std::string>& inputs, size_t part,
                                     size_t parts) {
  std::vector<BatchInput> selected;
  for (size_t index = part - 1; index < inputs.size(); index += parts) {
    selected.push_back({index, inputs[index]});
  }
  return selected;
}

ShardSpec parse_shard(const std::string& text) {
  const size_t slash = text.find('/');
  ShardSpec spec;
  try {
    if (slash == std::string::npos) throw std::invalid_argument(text);
    size_t used = 0;
    spec.part = std::stoul(text.substr(0, slash), &used);
    if (used != slash) throw std::invalid_argument(text);
    const std::string parts = text.substr(slash + 1);
    spec.parts = std::stoul(parts, &used);
    if (used != parts.size()) throw std::invalid_argument(text);
  } catch (const std::logic_error&) {
    throw std::invalid_argument("--shard takes i/N, e.g. 2/8, not \"" + text + "\"");
  }
  if (spec.parts == 0 || spec.part == 0 || spec.part > spec.parts) {
    throw std::invalid_argument("--shard i/N needs 1 ≤ i ≤ N, not \"" + text + "\"");
  }
  return spec;
}

std::string format_by_extension(const std::string& path) {
  const auto found = formats_by_extension().find(lower_extension(path));
  return found == formats_by_extension().end() ? "" : found->second;
}

}  // namespace ogi
