// GET and HEAD of the built app: the file, or its brotli/gzip variant when the
// client accepts one, with cache headers and ETag revalidation (304).
#pragma once

#include <httplib.h>

#include <filesystem>

namespace pw::serve {

void serve_static(const std::filesystem::path& root, const httplib::Request& req,
                  httplib::Response& res);

} // namespace pw::serve
