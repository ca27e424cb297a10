// An experiment, not a product: pw-serve's static files served by Debian's
// libmicrohttpd (0.9.75) with every limit the library offers, so that
// tests/serve/hostile.test.mjs can be run against it (issue 18: "measure").
// The file rules (containment, sidecars, ranges, MIME, ETag) are pw-serve's own
// (serve/static_files.cpp), so only the HTTP library differs.
#include "../../../serve/http_responses.hpp"
#include "../../../serve/static_files.hpp"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <set>
#include <string>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kMaxBody = 16 << 10, kMaxHeaderBytes = 8 << 10, kMaxHeaders = 100;

std::filesystem::path g_root;
int g_request_seconds = 10;
bool g_refuse_chunked = false; // --refuse-chunked: 411 before a chunked body is read

// --- the whole-request deadline -------------------------------------------------
// libmicrohttpd's CONNECTION_TIMEOUT is an inactivity timeout: a client sending a
// byte every 300 ms never reaches it. The nearest the library allows: note when a
// connection became ready for a request, and shut the socket down from a watchdog
// thread when that is too long ago (the library then closes it in its own thread).
struct Watched {
    int fd;
    Clock::time_point ready;
    bool cut = false;
};
std::mutex g_watch_mutex;
std::set<Watched*> g_watched;

void on_connection(void*, MHD_Connection* c, void** socket_context,
                   MHD_ConnectionNotificationCode code) {
    std::lock_guard lock(g_watch_mutex);
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const auto* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        auto* w = new Watched{info ? info->connect_fd : -1, Clock::now()};
        g_watched.insert(w);
        *socket_context = w;
    } else if (auto* w = static_cast<Watched*>(*socket_context)) {
        g_watched.erase(w); // before the library closes the fd, so it is never reused under us
        delete w;
        *socket_context = nullptr;
    }
}

void watchdog() {
    for (;;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const auto limit = Clock::now() - std::chrono::seconds(g_request_seconds);
        std::lock_guard lock(g_watch_mutex);
        for (Watched* w : g_watched)
            if (!w->cut && w->ready < limit && w->fd >= 0) {
                shutdown(w->fd, SHUT_RDWR);
                w->cut = true;
            }
    }
}

// --- replies --------------------------------------------------------------------
struct RequestState {
    std::size_t body = 0;
};

void add_security_headers(MHD_Response* r) {
    MHD_add_response_header(r, "Content-Security-Policy", pw::serve::kContentSecurityPolicy);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Cross-Origin-Opener-Policy", "same-origin");
    MHD_add_response_header(r, "Cross-Origin-Resource-Policy", "same-origin");
}

MHD_Result reply(MHD_Connection* c, MHD_Response* r, unsigned status) {
    add_security_headers(r);
    const MHD_Result queued = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return queued;
}

MHD_Result error_page(MHD_Connection* c, unsigned status, const std::string& text,
                      const char* extra_name = nullptr, const std::string& extra_value = {}) {
    const std::string body = "<!doctype html><html lang=\"nl\"><meta charset=\"utf-8\"><title>" +
                             std::to_string(status) + "</title><p>" + text + "</p></html>";
    MHD_Response* r =
        MHD_create_response_from_buffer(body.size(), (void*)body.data(), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(r, "Content-Type", "text/html; charset=utf-8");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    if (extra_name) MHD_add_response_header(r, extra_name, extra_value.c_str());
    return reply(c, r, status);
}

std::string header(MHD_Connection* c, const char* name) {
    const char* v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
    return v ? v : "";
}

// pw-serve's header limits (100 fields, 8 KiB together), checked once the library has them.
MHD_Result count_header(void* cls, MHD_ValueKind, const char* key, const char* value) {
    auto* bytes = static_cast<std::size_t*>(cls);
    *bytes += std::strlen(key) + (value ? std::strlen(value) : 0) + 4;
    return MHD_YES;
}

MHD_Result serve_file(MHD_Connection* c, const char* url) {
    namespace ps = pw::serve;
    const ps::ResolvedPath resolved = ps::resolve_static_path(g_root, url);
    if (resolved.error == ps::PathError::malformed) return error_page(c, 400, "Ongeldig pad.");
    if (resolved.error == ps::PathError::outside_root)
        return error_page(c, 403, "Dit pad ligt buiten de app.");
    if (resolved.error == ps::PathError::not_found)
        return error_page(c, 404, "Deze pagina bestaat niet.");
    const auto br = ps::contained_sidecar(g_root, resolved.file, ".br");
    const auto gz = ps::contained_sidecar(g_root, resolved.file, ".gz");
    const std::string encoding =
        ps::choose_encoding(header(c, "Accept-Encoding"), br.has_value(), gz.has_value());
    const auto file = encoding == "br" ? *br : encoding == "gzip" ? *gz : resolved.file;
    const int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || fstat(fd, &st) != 0) {
        if (fd >= 0) close(fd);
        return error_page(c, 404, "Deze pagina bestaat niet.");
    }
    const std::uint64_t size = st.st_size;
    const std::string etag = ps::etag_for(
        size, std::int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec, encoding);
    unsigned status = 200;
    std::uint64_t first = 0, length = size;
    const std::string range = header(c, "Range"), if_range = header(c, "If-Range");
    if (ps::etag_matches(header(c, "If-None-Match"), etag)) {
        status = 304, length = 0;
    } else if (!range.empty() && (if_range.empty() || if_range == etag)) {
        const ps::ByteRange r = ps::parse_range(range, size);
        if (r.kind == ps::RangeKind::unsatisfiable) {
            close(fd);
            return error_page(c, 416, "Dit deel van het bestand bestaat niet.", "Content-Range",
                              "bytes */" + std::to_string(size));
        }
        if (r.kind == ps::RangeKind::partial)
            status = 206, first = r.first, length = r.last - r.first + 1;
    }
    MHD_Response* res =
        status == 304
            ? (close(fd), MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT))
            : MHD_create_response_from_fd_at_offset64(length, fd, first);
    MHD_add_response_header(res, "Cache-Control",
                            std::string(ps::cache_control_for(resolved.file)).c_str());
    MHD_add_response_header(res, "ETag", etag.c_str());
    MHD_add_response_header(res, "Vary", "Accept-Encoding");
    MHD_add_response_header(res, "Accept-Ranges", "bytes");
    MHD_add_response_header(res, "Content-Type",
                            std::string(ps::mime_type_for(resolved.file)).c_str());
    if (!encoding.empty()) MHD_add_response_header(res, "Content-Encoding", encoding.c_str());
    if (status == 206)
        MHD_add_response_header(res, "Content-Range",
                                ("bytes " + std::to_string(first) + "-" +
                                 std::to_string(first + length - 1) + "/" + std::to_string(size))
                                    .c_str());
    return reply(c, res, status);
}

MHD_Result on_request(void*, MHD_Connection* c, const char* url, const char* method, const char*,
                      const char*, size_t* upload_size, void** req_cls) {
    auto* state = static_cast<RequestState*>(*req_cls);
    if (!state) { // headers are in: the only moment the library lets us answer before the body
        *req_cls = state = new RequestState;
        std::size_t bytes = 0;
        const int fields = MHD_get_connection_values(c, MHD_HEADER_KIND, count_header, &bytes);
        if (fields > int(kMaxHeaders) || bytes > kMaxHeaderBytes)
            return error_page(c, 431, "Te veel of te grote kopregels.");
        if (std::strlen(url) > kMaxHeaderBytes) return error_page(c, 414, "Dit adres is te lang.");
        const std::string length = header(c, "Content-Length");
        if (!length.empty() && std::strtoull(length.c_str(), nullptr, 10) > kMaxBody)
            return error_page(c, 413, "Dit verzoek is te groot.");
        // The last moment a reply can be queued before the body: a body of unknown
        // length can only be refused whole here, or dropped without a reply later.
        if (g_refuse_chunked && !header(c, "Transfer-Encoding").empty())
            return error_page(c, 411, "Alleen een verzoek met Content-Length.");
        return MHD_YES; // a reply queued now would close the connection (no keep-alive)
    }
    if (*upload_size) { // a piece of the body (chunked or not)
        state->body += *upload_size;
        *upload_size = 0;
        if (state->body > kMaxBody) {
            // 0.9.75 refuses a reply while the body is arriving; then only closing is left.
            if (error_page(c, 413, "Dit verzoek is te groot.") == MHD_YES) return MHD_YES;
            return MHD_NO;
        }
        return MHD_YES;
    }
    // The request is complete.
    if (!std::strcmp(method, "GET") || !std::strcmp(method, "HEAD")) return serve_file(c, url);
    return error_page(c, 405, "Alleen GET en HEAD.", "Allow", "GET, HEAD");
}

void on_completed(void*, MHD_Connection* c, void** req_cls, MHD_RequestTerminationCode) {
    delete static_cast<RequestState*>(*req_cls);
    *req_cls = nullptr;
    // The connection is ready for its next request: its deadline starts again.
    const auto* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    std::lock_guard lock(g_watch_mutex);
    if (info && info->socket_context)
        static_cast<Watched*>(info->socket_context)->ready = Clock::now();
}

} // namespace

int main(int argc, char** argv) {
    int port = 8080;
    unsigned threads = 1; // --threads: libmicrohttpd's own thread pool, each with its epoll
    std::string root = ".";
    for (int i = 1; i < argc; ++i) {
        const std::string opt = argv[i];
        if (opt == "--refuse-chunked") {
            g_refuse_chunked = true;
            continue;
        }
        if (i + 1 == argc) {
            std::fprintf(stderr, "%s: waarde ontbreekt\n", argv[i]);
            return 2;
        }
        if (opt == "--root")
            root = argv[i + 1];
        else if (opt == "--port")
            port = std::atoi(argv[i + 1]);
        else if (opt == "--request-timeout")
            g_request_seconds = std::atoi(argv[i + 1]);
        else if (opt == "--threads")
            threads = unsigned(std::atoi(argv[i + 1]));
        else {
            std::fprintf(stderr, "onbekende optie: %s\n", argv[i]);
            return 2;
        }
        ++i;
    }
    g_root = std::filesystem::canonical(root);
    // SIGTERM/SIGINT are waited for in main; every thread inherits the blocked mask.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGTERM);
    sigaddset(&stop_signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    signal(SIGPIPE, SIG_IGN);

    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    MHD_Daemon* daemon =
        MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG, 0,
                         nullptr, nullptr, &on_request, nullptr,  //
                         MHD_OPTION_SOCK_ADDR, &address,          //
                         MHD_OPTION_CONNECTION_LIMIT, 1024u,      // like pw-serve
                         MHD_OPTION_PER_IP_CONNECTION_LIMIT, 32u, // like pw-serve
                         MHD_OPTION_CONNECTION_TIMEOUT, 10u,      // inactivity, seconds
                         MHD_OPTION_CONNECTION_MEMORY_LIMIT, size_t(32 << 10),  // headers + buffers
                         MHD_OPTION_LISTEN_BACKLOG_SIZE, 512u,                  // like pw-serve
                         MHD_OPTION_THREAD_POOL_SIZE, threads,                  //
                         MHD_OPTION_NOTIFY_CONNECTION, &on_connection, nullptr, //
                         MHD_OPTION_NOTIFY_COMPLETED, &on_completed, nullptr,   //
                         MHD_OPTION_END);
    if (!daemon) {
        std::fprintf(stderr, "kan niet luisteren op poort %d\n", port);
        return 1;
    }
    if (g_request_seconds > 0) std::thread(watchdog).detach(); // 0: the library's timeout alone
    std::printf("Protocolwijzer (mhd-probe) draait op http://127.0.0.1:%d/\n", port);
    std::fflush(stdout);
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    MHD_stop_daemon(daemon);
    std::printf("gestopt\n");
    return 0;
}
