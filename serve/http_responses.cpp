#include "http_responses.hpp"

namespace pw::serve {

void set_security_headers(Response& res) {
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Cross-Origin-Opener-Policy", "same-origin");
    res.set_header("Cross-Origin-Resource-Policy", "same-origin");
}

void html_error(Response& res, int status, const std::string& text) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("Content-Type", "text/html; charset=utf-8");
    res.body = "<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><title>" +
               std::to_string(status) + "</title><p>" + text +
               "</p><p><a href=\"/\">Naar Protocolwijzer</a></p></html>";
}

void json_reply(Response& res, int status, const nlohmann::json& body) {
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_header("Content-Type", "application/json; charset=utf-8");
    res.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void json_error(Response& res, int status, const std::string& message) {
    json_reply(res, status, {{"error", message}});
}

bool is_api_path(const std::string& path) {
    return path.rfind("/api/", 0) == 0 || path == "/api";
}

} // namespace pw::serve
