// pw-serve: serves the built web app (and nothing outside it), and, with
// --db, classroom sessions for trainers. Stops cleanly on SIGINT/SIGTERM.
#include "classroom_api.hpp"
#include "classroom_store.hpp"
#include "http_responses.hpp"
#include "static_handler.hpp"

#include "pw/content_loader.hpp"

#include <CLI/CLI.hpp>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    return body.str();
}

// The content the app is built with: scenario and decision ids the classroom
// API accepts. build.json names the hashed bundle (tools/pack_web.py).
pw::Model load_served_content(const fs::path& root) {
    fs::path bundle = root / "content.json";
    const auto build = nlohmann::json::parse(read_file(root / "build.json"), nullptr, false);
    if (build.is_object() && build.contains("assets") && build["assets"].contains("content.json") &&
        build["assets"]["content.json"].is_string())
        bundle = root / build["assets"]["content.json"].get<std::string>();
    pw::Diagnostics problems;
    pw::LoadResult result = pw::load_and_validate(pw::read_bundle(read_file(bundle), problems));
    pw::set_aside_broken_scenarios(result);
    if (!problems.empty() || !result.ok())
        std::cerr << "pw-serve: de inhoud in " << bundle.string()
                  << " laadt niet goed; klassessies kennen geen oefeningen.\n";
    return std::move(result.model);
}

void log_request(const httplib::Request& req, const httplib::Response& res) {
    std::time_t now = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", std::localtime(&now));
    std::printf("%s %s %s %d %zu\n", stamp, req.method.c_str(), req.path.c_str(), res.status,
                res.body.size());
    std::fflush(stdout);
}

void method_not_allowed(const httplib::Request& req, httplib::Response& res) {
    if (pw::serve::is_api_path(req.path)) return pw::serve::api_fallback(req, res);
    res.set_header("Allow", "GET, HEAD");
    pw::serve::html_error(res, 405, "Deze methode is hier niet toegestaan.");
}

// Errors httplib raises itself (bad request line, too large, unknown route).
httplib::Server::HandlerResponse on_error(const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled; // already explained
    const int status = res.status;
    const std::string text = status == 413   ? "Het verzoek is te groot."
                             : status == 414 ? "Het adres is te lang."
                             : status == 404 ? "Deze pagina bestaat niet."
                                             : "Ongeldig verzoek.";
    if (pw::serve::is_api_path(req.path))
        pw::serve::json_error(res, status, text);
    else
        pw::serve::html_error(res, status, text);
    return httplib::Server::HandlerResponse::Handled;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"pw-serve: serveert de gebouwde Protocolwijzer-app, en met --db ook klassessies."};
    std::string root, db;
    std::string host = "127.0.0.1";
    int port = 8080;
    app.add_option("--root", root, "Map met de gebouwde app (index.html)")
        ->required()
        ->check(CLI::ExistingDirectory);
    app.add_option("--host", host, "Adres om op te luisteren")->capture_default_str();
    app.add_option("--port", port, "Poort")->capture_default_str()->check(CLI::Range(1, 65535));
    app.add_option("--db", db, "SQLite-bestand voor klassessies (zonder: klassessies staan uit)");
    CLI11_PARSE(app, argc, argv);

    // Signals are taken by one thread with sigwait, which then stops the
    // server from a normal context (stopping from a signal handler is unsafe).
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    const fs::path root_path = root;
    const pw::Model model = load_served_content(root_path);
    std::unique_ptr<pw::serve::ClassroomStore> store;
    if (!db.empty()) {
        std::error_code ec;
        if (fs::path(db).has_parent_path()) fs::create_directories(fs::path(db).parent_path(), ec);
        std::string error;
        store = pw::serve::ClassroomStore::open(db, error);
        if (!store) {
            std::cerr << "pw-serve: kan de database " << db << " niet openen: " << error << "\n";
            return 1;
        }
    }

    httplib::Server server;
    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
        pw::serve::set_security_headers(res);
        return httplib::Server::HandlerResponse::Unhandled;
    });
    pw::serve::install_classroom_api(server, {&model, store.get()});
    server.Get(".*", [&root_path](const httplib::Request& req, httplib::Response& res) {
        if (pw::serve::is_api_path(req.path)) return pw::serve::api_fallback(req, res);
        pw::serve::serve_static(root_path, req, res);
    });
    server.Post(".*", method_not_allowed);
    server.Put(".*", method_not_allowed);
    server.Delete(".*", method_not_allowed);
    server.Patch(".*", method_not_allowed);
    server.Options(".*", method_not_allowed);
    server.set_error_handler(httplib::Server::HandlerWithResponse(on_error));
    server.set_logger(log_request);
    server.set_payload_max_length(16 * 1024); // the largest API request is far smaller
    server.set_read_timeout(10);
    server.set_write_timeout(10);
    server.set_keep_alive_max_count(100);
    server.set_keep_alive_timeout(2);
    server.set_tcp_nodelay(true); // small replies go out at once, not after a delayed ACK
    // httplib gives each connection a thread while it is open; browsers keep
    // several open per client, so a classroom needs more than the default few.
    server.new_task_queue = [] { return new httplib::ThreadPool(64); };

    if (!server.bind_to_port(host, port)) {
        std::cerr << "pw-serve: kan niet luisteren op " << host << ":" << port
                  << " (poort bezet of adres onjuist). Kies een andere met --port.\n";
        return 1;
    }
    std::atomic<bool> listening_ended{false};
    std::thread waiter([&server, &listening_ended, signals] {
        int sig = 0;
        sigwait(&signals, &sig);
        // httplib's stop() does nothing until the accept loop runs: a signal
        // right after the start would be lost and the server would never stop.
        while (!server.is_running() && !listening_ended)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        server.stop();
    });
    std::cout << "Protocolwijzer draait op http://" << host << ":" << port << "/  (Ctrl-C stopt)";
    if (store) std::cout << "  klassessies: " << db;
    std::cout << std::endl;
    server.listen_after_bind();
    listening_ended = true;
    std::cout << "pw-serve gestopt." << std::endl;
    // If the server stopped for another reason, wake the signal thread.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return 0;
}
