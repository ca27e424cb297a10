#include "platform/http.hpp"

#include <emscripten.h>

#include <memory>
#include <nlohmann/json.hpp>

namespace pw::platform {
namespace {

// clang-format off
EM_JS(void, js_http_request, (const char* method, const char* path, const char* body, const char* header_json, void* context), {
    const headers = Object.fromEntries(JSON.parse(UTF8ToString(header_json)));
    const text = UTF8ToString(body);
    const done = (status, reply) => {
        const bytes = new TextEncoder().encode(reply);
        const data = _malloc(bytes.length + 1);
        HEAPU8.set(bytes, data);
        Module._pw_http_done(context, status, data, bytes.length);
        _free(data);
    };
    fetch(UTF8ToString(path), {method: UTF8ToString(method), headers: headers, body: text || undefined, cache: "no-store"})
        .then((response) => response.text().then((reply) => done(response.status, reply)))
        .catch(() => done(0, ""));
});
// clang-format on

const char* method_name(ui::HttpMethod method) {
    switch (method) {
    case ui::HttpMethod::get:
        return "GET";
    case ui::HttpMethod::post:
        return "POST";
    case ui::HttpMethod::put:
        return "PUT";
    }
    return "GET";
}

} // namespace

void http_request(const ui::HttpRequest& request, HttpDone done) {
    const std::string headers = nlohmann::json(request.headers).dump(); // [[name, value], ...]
    js_http_request(method_name(request.method), request.path.c_str(), request.body.c_str(),
                    headers.c_str(), new HttpDone(std::move(done)));
}

} // namespace pw::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void pw_http_done(void* context, int status, const char* data, int size) {
    std::unique_ptr<pw::platform::HttpDone> done(static_cast<pw::platform::HttpDone*>(context));
    (*done)(status, std::string(data, static_cast<std::size_t>(size)));
}

} // extern "C"
