// Requests to the server's classroom API (fetch). Same origin only; the app
// works without them (file://, a plain static host): they then fail with status 0.
#pragma once

#include "platform_only.hpp"

#include <functional>
#include <string>

namespace pw::platform {

// status 0: no answer (offline, no server, or not served by pw-serve).
using HttpDone = std::function<void(int status, std::string body)>;

void http_request(const std::string& method, const std::string& path, const std::string& json_body,
                  const std::string& trainer_key, HttpDone done);

} // namespace pw::platform
