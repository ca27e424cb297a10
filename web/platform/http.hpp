// HTTP requests (fetch) the UI asks for, to the own origin only. The app works
// without them (file://, a plain static host): they then fail with status 0.
#pragma once

#include "platform_only.hpp"

#include "ui/edge.hpp"

#include <functional>
#include <string>

namespace pw::platform {

// status 0: no answer (offline, no server, or not served by pw-serve).
using HttpDone = std::function<void(int status, std::string body)>;

void http_request(const ui::HttpRequest& request, HttpDone done);

} // namespace pw::platform
