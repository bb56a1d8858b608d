#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace ogi {

// The bytes of a picture a page shows by its <img> src (never a data: URI; those are decoded
// here), or ExtractError saying why not. A web archive finds its parts by src; a page on disk,
// files in its own folder (picture_beside_page).
using PictureFetch = std::function<std::string(const std::string& src)>;

// Whether `src` is a data: URI.
bool is_data_uri(std::string_view src);

// A data: URI's bytes (base64 or percent-encoded). Throws ExtractError `too_large` past
// ReadLimits::kMaxPictureBytes, from its length before decoding.
std::string data_uri_bytes(std::string_view src);

// What a message calls the picture: its src, a data: URI without its data.
std::string picture_name(std::string_view src);

// `src` percent-decoded, without its query and fragment, backslashes as slashes.
std::string src_path(std::string_view src);

// The file `src` names beside the page at `page_path`: a relative path inside the page's folder
// (page_files/image001.png), resolved with every link followed and refused unless it stays in
// the folder; never a URL (http:, file:) and never an absolute path. Throws ExtractError
// `picture_refused` naming why, or as read_file_head does, and `too_large` past
// ReadLimits::kMaxPictureBytes.
std::string picture_beside_page(const std::string& page_path, const std::string& src);

}  // namespace ogi
