#include "platform/http.hpp"

#include <emscripten.h>

#include <memory>

namespace pw::platform {
namespace {

// clang-format off
EM_JS(void, js_http_request, (const char* method, const char* path, const char* body, const char* key, void* context), {
    const headers = {};
    const text = UTF8ToString(body);
    if (text) headers["Content-Type"] = "application/json";
    const trainerKey = UTF8ToString(key);
    if (trainerKey) headers["X-Trainer-Key"] = trainerKey;
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

} // namespace

void http_request(const std::string& method, const std::string& path, const std::string& json_body,
                  const std::string& trainer_key, HttpDone done) {
    js_http_request(method.c_str(), path.c_str(), json_body.c_str(), trainer_key.c_str(),
                    new HttpDone(std::move(done)));
}

} // namespace pw::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void pw_http_done(void* context, int status, const char* data, int size) {
    std::unique_ptr<pw::platform::HttpDone> done(static_cast<pw::platform::HttpDone*>(context));
    (*done)(status, std::string(data, static_cast<std::size_t>(size)));
}

} // extern "C"
