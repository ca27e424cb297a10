// Headers every response carries, and error bodies: HTML for pages, JSON for the API.
#pragma once

#include "http_message.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace pw::serve {

// Allows the app's own origin only. 'wasm-unsafe-eval' is what lets the page
// compile its WebAssembly; no other script evaluation is allowed.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' "
    "data:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src "
    "'none'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Set by the server on every response it writes (http_server.cpp).
void set_security_headers(Response& res);
void html_error(Response& res, int status, const std::string& text);
void json_reply(Response& res, int status, const nlohmann::json& body);
void json_error(Response& res, int status, const std::string& message);
bool is_api_path(const std::string& path);

} // namespace pw::serve
