// The HTTP/1.1 server under pw-serve (Boost.Beast on Boost.Asio, see
// serve/README.md for why): every limit that keeps one rogue client from
// taking the server down lives here, and every response it writes — also to
// a request it could not understand — carries the security headers.
#pragma once

#include "http_message.hpp"

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace pw::serve {

struct ServerLimits {
    std::size_t max_target_bytes = 8 * 1024; // request line target: 414 beyond
    std::size_t max_header_bytes = 8 * 1024; // all header fields together: 431 beyond
    std::size_t max_header_fields = 100;     // 431 beyond
    std::size_t max_body_bytes = 16 * 1024;  // also for chunked bodies: 413 beyond
    // POST /api/sessions only: a class session may carry the trainer's own
    // exercise (the shipped ones are 7-20 KB as files). Every other request
    // keeps max_body_bytes.
    std::size_t max_session_body_bytes = 64 * 1024;
    // A request must arrive whole, and a response be taken whole, within this
    // time; a keep-alive connection idle this long is closed.
    std::chrono::milliseconds request_timeout{10000};
    std::size_t max_connections = 1024;
    std::size_t max_connections_per_client = 32; // a browser opens 6 per page
    int listen_backlog = 512;
    // After SIGTERM, requests being answered get this long before every
    // connection is closed regardless.
    std::chrono::milliseconds stop_grace{1500};
};

// One line per request: method, path, status, body bytes ("-" for a request
// that never arrived whole). Called from the server's threads.
using RequestLogger = std::function<void(const std::string& method, const std::string& path,
                                         int status, std::size_t body_bytes)>;

class HttpServer {
  public:
    HttpServer(ServerLimits limits, Handler handler, RequestLogger logger);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds and listens; false with a reason on failure.
    bool listen(const std::string& host, int port, std::string& error);
    // Serves on `threads` threads until stop(); returns when all are done.
    void run(int threads);
    // Thread-safe (not from a signal handler): stops accepting, closes idle and
    // half-received connections at once and the rest after the grace period.
    void stop();

    struct Impl; // connections, limits and the io_context (http_server.cpp)

  private:
    std::shared_ptr<Impl> impl_;
};

} // namespace pw::serve
