// pw-serve: serves the built web app (and nothing outside it) on a local port.
#include "static_files.hpp"

#include <CLI/CLI.hpp>
#include <httplib.h>

#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

namespace {

// Allows the app's own files only. 'wasm-unsafe-eval' is what lets the page
// compile its WebAssembly; no other script evaluation is allowed.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' "
    "data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'";

void set_common_headers(httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    res.set_header("Cache-Control", "no-cache");
}

void error_page(httplib::Response& res, int status, const std::string& text) {
    res.status = status;
    res.set_content("<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><title>" +
                        std::to_string(status) + "</title><p>" + text +
                        "</p><p><a href=\"/\">Naar Protocolwijzer</a></p></html>",
                    "text/html; charset=utf-8");
}

void serve_file(const std::filesystem::path& root, const httplib::Request& req,
                httplib::Response& res) {
    set_common_headers(res);
    const auto resolved = pw::serve::resolve_static_path(root, req.path);
    switch (resolved.error) {
    case pw::serve::PathError::malformed:
        return error_page(res, 400, "Ongeldig pad.");
    case pw::serve::PathError::outside_root:
        return error_page(res, 403, "Dit pad ligt buiten de app.");
    case pw::serve::PathError::not_found:
        return error_page(res, 404, "Deze pagina bestaat niet.");
    case pw::serve::PathError::none:
        break;
    }
    std::ifstream in(resolved.file, std::ios::binary);
    if (!in) return error_page(res, 404, "Deze pagina bestaat niet.");
    std::ostringstream body;
    body << in.rdbuf();
    res.set_content(body.str(), std::string(pw::serve::mime_type_for(resolved.file)));
}

void log_request(const httplib::Request& req, const httplib::Response& res) {
    std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", std::localtime(&now));
    std::printf("%s %s %s %d %zu\n", stamp, req.method.c_str(), req.path.c_str(), res.status,
                res.body.size());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"pw-serve: serveert de gebouwde Protocolwijzer-app lokaal."};
    std::string root;
    std::string host = "127.0.0.1";
    int port = 8080;
    app.add_option("--root", root, "Map met de gebouwde app (index.html)")
        ->required()
        ->check(CLI::ExistingDirectory);
    app.add_option("--host", host, "Adres om op te luisteren")->capture_default_str();
    app.add_option("--port", port, "Poort")->capture_default_str()->check(CLI::Range(1, 65535));
    CLI11_PARSE(app, argc, argv);

    // Signals are taken by one thread with sigwait, which then stops the
    // server from a normal context (stopping from a signal handler is unsafe).
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    httplib::Server server;
    const std::filesystem::path root_path = root;
    auto handler = [&root_path](const httplib::Request& req, httplib::Response& res) {
        serve_file(root_path, req, res);
    };
    server.Get(".*", handler);
    server.set_logger(log_request);
    server.set_payload_max_length(64 * 1024);

    if (!server.bind_to_port(host, port)) {
        std::cerr << "pw-serve: kan niet luisteren op " << host << ":" << port
                  << " (poort bezet of adres onjuist). Kies een andere met --port.\n";
        return 1;
    }
    std::thread waiter([&server, signals] {
        int sig = 0;
        sigwait(&signals, &sig);
        server.stop();
    });
    std::cout << "Protocolwijzer draait op http://" << host << ":" << port << "/  (Ctrl-C stopt)"
              << std::endl;
    server.listen_after_bind();
    std::cout << "pw-serve gestopt." << std::endl;
    // If the server stopped for another reason, wake the signal thread.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return 0;
}
