// pw-serve: serves the built web app (and nothing outside it), and, with
// --db, classroom sessions for trainers. Stops cleanly on SIGINT/SIGTERM.
#include "classroom_api.hpp"
#include "classroom_store.hpp"
#include "http_responses.hpp"
#include "http_server.hpp"
#include "static_handler.hpp"

#include "pw/content_loader.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include <sys/stat.h>

namespace {

namespace fs = std::filesystem;
using pw::serve::Request;
using pw::serve::Response;

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
    pw::LoadResult result = pw::load_bundle(read_file(bundle));
    pw::set_aside_broken_scenarios(result);
    if (!result.ok())
        std::cerr << "pw-serve: de inhoud in " << bundle.string()
                  << " laadt niet goed; klassessies kennen geen oefeningen.\n";
    return std::move(result.model);
}

// One line per request. localtime_r: the server's threads log at once.
void log_request(const std::string& method, const std::string& path, int status,
                 std::size_t bytes) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &local);
    // Printable ASCII only: a path is the client's text, not ours.
    std::string shown;
    for (char c : path.substr(0, 200))
        shown += (c > 0x20 && c < 0x7F) ? c : '?';
    std::printf("%s %s %s %d %zu\n", stamp, method.c_str(), shown.c_str(), status, bytes);
    std::fflush(stdout);
}

// Every request: the classroom API, or a file of the app (GET and HEAD only).
pw::serve::Handler route(const fs::path& root, pw::serve::ClassroomApi& classroom) {
    return [root, &classroom](Request req, pw::serve::Reply reply) {
        if (pw::serve::is_api_path(req.path)) return classroom.handle(std::move(req), reply);
        Response res;
        if (req.method == "GET" || req.method == "HEAD") {
            pw::serve::serve_static(root, req, res);
        } else {
            res.set_header("Allow", "GET, HEAD");
            pw::serve::html_error(res, 405, "Deze methode is hier niet toegestaan.");
        }
        reply(std::move(res));
    };
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"pw-serve: serveert de gebouwde Protocolwijzer-app, en met --db ook klassessies."};
    std::string root, db;
    std::string host = "127.0.0.1";
    int port = 8080;
    double request_timeout = 10;
    pw::serve::ServerLimits limits;
    app.add_option("--root", root, "Map met de gebouwde app (index.html)")
        ->required()
        ->check(CLI::ExistingDirectory);
    app.add_option("--host", host, "Adres om op te luisteren")->capture_default_str();
    app.add_option("--port", port, "Poort")->capture_default_str()->check(CLI::Range(1, 65535));
    app.add_option("--db", db, "SQLite-bestand voor klassessies (zonder: klassessies staan uit)");
    app.add_option("--request-timeout", request_timeout,
                   "Seconden waarin een verzoek helemaal binnen moet zijn")
        ->capture_default_str()
        ->check(CLI::Range(0.5, 300.0));
    app.add_option("--max-connections", limits.max_connections, "Verbindingen tegelijk")
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    app.add_option("--max-per-client", limits.max_connections_per_client,
                   "Verbindingen tegelijk vanaf één adres")
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    CLI11_PARSE(app, argc, argv);
    limits.request_timeout =
        std::chrono::milliseconds(static_cast<long long>(request_timeout * 1000));
    ::umask(077); // the classroom database and its WAL: for this user only

    // Signals are taken by one thread with sigwait, which then stops the
    // server from a normal context (stopping from a signal handler is unsafe).
    // Blocked before any thread starts, so every thread inherits the mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

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
    auto classroom = std::make_unique<pw::serve::ClassroomApi>(model, store.get());
    pw::serve::HttpServer server(limits, route(root_path, *classroom), log_request);
    std::string error;
    if (!server.listen(host, port, error)) {
        std::cerr << "pw-serve: kan niet luisteren op " << host << ":" << port << " (" << error
                  << "; poort bezet of adres onjuist). Kies een andere met --port.\n";
        return 1;
    }
    std::thread waiter([&server, signals] {
        int sig = 0;
        sigwait(&signals, &sig);
        server.stop();
    });
    std::cout << "Protocolwijzer draait op http://" << host << ":" << port << "/  (Ctrl-C stopt)";
    if (store) std::cout << "  klassessies: " << db;
    std::cout << std::endl;
    server.run(static_cast<int>(std::max(2u, std::thread::hardware_concurrency())));
    classroom.reset(); // answers already queued are committed before the database closes
    std::cout << "pw-serve gestopt." << std::endl;
    // If the server stopped for another reason, wake the signal thread.
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return 0;
}
