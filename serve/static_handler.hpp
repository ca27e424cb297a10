// GET and HEAD of the built app: the file, or its brotli/gzip variant when the
// client accepts one, with cache headers, ETag revalidation (304) and single
// byte ranges (206/416).
#pragma once

#include "http_message.hpp"

#include <filesystem>

namespace pw::serve {

void serve_static(const std::filesystem::path& root, const Request& req, Response& res);

} // namespace pw::serve
