// A request and its response as the handlers see them: plain data, no HTTP
// library in sight, so handlers are tested without a socket (tests/serve).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pw::serve {

struct Request {
    std::string method; // "GET", "POST", ...
    std::string path;   // the target up to '?', still percent-encoded
    std::string query;  // after '?', without it
    std::vector<std::pair<std::string, std::string>> headers; // names in lower case
    std::string body;
    std::string client; // the peer's IP address: rate limits are per client

    // The first value of header `name` (lower case), or "".
    std::string header(std::string_view name) const {
        for (const auto& [key, value] : headers)
            if (key == name) return value;
        return {};
    }
};

struct Response {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    // Set for HEAD: the headers describe `body`, which is not sent.
    bool omit_body = false;
    // The connection closes after this response (the request was not understood whole).
    bool close = false;

    void set_header(std::string name, std::string value) {
        for (auto& [key, old] : headers)
            if (key == name) {
                old = std::move(value);
                return;
            }
        headers.emplace_back(std::move(name), std::move(value));
    }
    std::string header(std::string_view name) const {
        for (const auto& [key, value] : headers)
            if (key == name) return value;
        return {};
    }
};

// Handlers answer through a Reply, at once or later from another thread (the
// classroom answers only after its database transaction is on disk).
using Reply = std::function<void(Response)>;
using Handler = std::function<void(Request, Reply)>;

} // namespace pw::serve
