#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// A PNG, JPEG or TIFF (every frame a page), recognized page by page; format "image".
Document extract_image(const std::string& path);

}  // namespace ogi
