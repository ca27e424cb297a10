#include "http_server.hpp"

#include "http_responses.hpp"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <cstdint>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace pw::serve {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session;

bool known_method(const std::string& m) {
    for (const char* k : {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
        if (m == k) return true;
    return false;
}

// The parser allows this much for the request line and headers together; what
// is within it is then checked against the finer limits (414 or 431).
std::size_t parser_header_limit(const ServerLimits& l) {
    return l.max_target_bytes + l.max_header_bytes + 1024;
}

} // namespace

struct HttpServer::Impl : std::enable_shared_from_this<HttpServer::Impl> {
    Impl(ServerLimits l, Handler h, RequestLogger log)
        : limits(l), handler(std::move(h)), logger(std::move(log)) {}

    ServerLimits limits;
    Handler handler;
    RequestLogger logger;
    net::io_context ioc;
    tcp::acceptor acceptor{ioc};
    net::steady_timer grace{ioc};

    std::mutex mutex; // guards what follows
    std::unordered_map<std::string, std::size_t> per_client;
    std::size_t total = 0;
    std::unordered_map<Session*, std::weak_ptr<Session>> sessions;
    bool stopping = false;

    void accept();
    bool admit(const std::string& client);
    void release(Session* session, const std::string& client);
    void begin_stop();
};

namespace {

// One connection: reads a request within the deadline, hands it to the
// handler, writes the reply, and reads the next one (keep-alive, pipelining).
class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(tcp::socket socket, std::shared_ptr<HttpServer::Impl> server, std::string client)
        : stream_(std::move(socket)), server_(std::move(server)), client_(std::move(client)) {}
    ~Session() { server_->release(this, client_); }

    void start() {
        net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read(); });
    }

    // After SIGTERM: a connection waiting for (the rest of) a request closes now;
    // one being answered closes after its reply.
    void stop() {
        net::post(stream_.get_executor(), [self = shared_from_this()] {
            self->stopping_ = true;
            if (self->reading_) self->close();
        });
    }

  private:
    const ServerLimits& limits() const { return server_->limits; }

    void read() {
        if (stopping_) return close();
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(parser_header_limit(limits())));
        // None while the header is read (reading stops at its end): on_header
        // sets this request's own, so that a refusal can name the request.
        parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
        reading_ = true;
        stream_.expires_after(limits().request_timeout);
        // The header first: which request it is decides how large its body may be.
        http::async_read_header(stream_, buffer_, *parser_,
                                [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                    self->on_header(ec);
                                });
    }

    // The deadline set in read() runs on: it is for the whole request.
    void on_header(beast::error_code ec) {
        if (ec) return on_read(ec);
        const auto& message = parser_->get();
        const std::string_view target = message.target();
        const std::size_t limit = message.method() == http::verb::post &&
                                          target.substr(0, target.find('?')) == "/api/sessions"
                                      ? limits().max_session_body_bytes
                                      : limits().max_body_bytes;
        // Beast checks a Content-Length against the limit only while reading
        // the header, and a chunked body as it arrives.
        parser_->body_limit(limit);
        if (parser_->content_length().value_or(0) > limit) return on_read(http::error::body_limit);
        http::async_read(
            stream_, buffer_, *parser_,
            [self = shared_from_this()](beast::error_code e, std::size_t) { self->on_read(e); });
    }

    void on_read(beast::error_code ec) {
        reading_ = false;
        if (ec == http::error::end_of_stream || ec == net::error::operation_aborted) return close();
        if (ec) return refuse_unreadable(ec);
        auto& message = parser_->get();
        Request req;
        req.method = std::string(message.method_string());
        const std::string_view target = message.target();
        const std::size_t q = target.find('?');
        req.path = std::string(target.substr(0, q));
        if (q != std::string_view::npos) req.query = std::string(target.substr(q + 1));
        std::size_t header_bytes = 0, fields = 0;
        for (const auto& field : message) {
            std::string name(field.name_string());
            for (char& c : name)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            header_bytes += name.size() + field.value().size() + 4;
            ++fields;
            req.headers.emplace_back(std::move(name), std::string(field.value()));
        }
        req.body = std::move(message.body());
        req.client = client_;
        keep_alive_ = message.keep_alive();
        if (target.size() > limits().max_target_bytes)
            return reply_error(req, 414, "Het adres is te lang.");
        if (fields > limits().max_header_fields || header_bytes > limits().max_header_bytes)
            return reply_error(req, 431, "De kopregels van het verzoek zijn te groot.");
        if ((message.version() != 11 && message.version() != 10) || !known_method(req.method))
            return reply_error(req, 400, "Ongeldig verzoek.");
        method_ = req.method;
        path_ = req.path;
        auto self = shared_from_this();
        try {
            server_->handler(std::move(req), [self](Response res) {
                net::post(self->stream_.get_executor(),
                          [self, res = std::move(res)]() mutable { self->write(std::move(res)); });
            });
        } catch (const std::exception&) {
            Request failed;
            failed.path = path_;
            reply_error(failed, 500, "Er ging iets mis in de server.");
        }
    }

    // A request that did not arrive whole or was not HTTP: a reply when there
    // was something to answer, and the connection closes.
    void refuse_unreadable(beast::error_code ec) {
        Request req;
        req.path = "-";
        if (parser_->is_header_done()) { // a body too large or malformed: name the request
            req.method = std::string(parser_->get().method_string());
            const std::string_view target = parser_->get().target();
            req.path = std::string(target.substr(0, target.find('?')));
        }
        keep_alive_ = false;
        if (ec == http::error::body_limit) return reply_error(req, 413, "Het verzoek is te groot.");
        if (ec == http::error::header_limit) {
            // No end of the request line in what was read: the target is the problem.
            const std::string_view seen(static_cast<const char*>(buffer_.data().data()),
                                        buffer_.data().size());
            const bool line_too_long = seen.find("\r\n") == std::string_view::npos;
            return reply_error(req, line_too_long ? 414 : 431,
                               line_too_long ? "Het adres is te lang."
                                             : "De kopregels van het verzoek zijn te groot.");
        }
        const bool started = buffer_.size() > 0 || parser_->got_some();
        if (ec == beast::error::timeout) {
            // The stream has closed the socket already; an idle keep-alive
            // connection is not worth a line, a request that never finished is.
            if (started && server_->logger) server_->logger("-", "-", 408, 0);
            return close();
        }
        if (!started || ec == net::error::eof || ec == net::error::connection_reset) return close();
        reply_error(req, 400, "Ongeldig verzoek.");
    }

    void reply_error(const Request& req, int status, const std::string& text) {
        method_ = req.method.empty() ? "-" : req.method;
        path_ = req.path;
        Response res;
        if (is_api_path(req.path))
            json_error(res, status, text);
        else
            html_error(res, status, text);
        res.close = true;
        write(std::move(res));
    }

    void write(Response res) {
        if (res.close || stopping_) keep_alive_ = false;
        const bool linger = res.close;
        auto out = std::make_shared<http::response<http::string_body>>();
        out->version(11);
        out->result(static_cast<unsigned>(res.status));
        set_security_headers(res);
        for (const auto& [name, value] : res.headers)
            out->insert(name, value);
        const std::size_t size = res.body.size();
        const bool bodiless = res.status == 304 || res.status == 204 || res.status < 200;
        if (!bodiless) out->content_length(size);
        if (!res.omit_body && !bodiless) out->body() = std::move(res.body);
        out->keep_alive(keep_alive_);
        if (server_->logger) server_->logger(method_, path_, res.status, res.omit_body ? 0 : size);
        stream_.expires_after(limits().request_timeout);
        http::async_write(
            stream_, *out,
            [self = shared_from_this(), out, linger](beast::error_code ec, std::size_t) {
                if (!ec && linger) return self->linger();
                if (ec || !self->keep_alive_) return self->close();
                self->read();
            });
    }

    // After an error reply to a client that may still be sending (a flood):
    // closing at once would reset the connection and lose the reply on its
    // way, so the rest is read and dropped for a moment first (as nginx's
    // lingering close does), never longer than two seconds.
    void linger() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream_.expires_after(std::chrono::seconds(2));
        discard();
    }

    void discard() {
        stream_.async_read_some(net::buffer(drain_),
                                [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                                    self->drained_ += n;
                                    if (ec || self->drained_ > (256u << 20)) return self->close();
                                    self->discard();
                                });
    }

    void close() {
        beast::error_code ignored;
        stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
        stream_.socket().close(ignored);
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::shared_ptr<HttpServer::Impl> server_;
    std::string client_;
    std::string method_, path_;
    bool keep_alive_ = true;
    std::array<char, 16384> drain_{};
    std::size_t drained_ = 0;
    bool reading_ = false;
    bool stopping_ = false;
};

} // namespace

bool HttpServer::Impl::admit(const std::string& client) {
    std::lock_guard lock(mutex);
    if (stopping || total >= limits.max_connections) return false;
    std::size_t& mine = per_client[client];
    if (mine >= limits.max_connections_per_client) return false;
    ++mine;
    ++total;
    return true;
}

void HttpServer::Impl::release(Session* session, const std::string& client) {
    std::lock_guard lock(mutex);
    sessions.erase(session);
    --total;
    if (auto it = per_client.find(client); it != per_client.end() && --it->second == 0)
        per_client.erase(it);
    // The last connection gone after SIGTERM: no need to wait out the grace period.
    if (stopping && sessions.empty()) net::post(ioc, [this] { grace.cancel(); });
}

void HttpServer::Impl::accept() {
    acceptor.async_accept(
        net::make_strand(ioc), [self = shared_from_this()](beast::error_code ec, tcp::socket s) {
            if (ec == net::error::operation_aborted || !self->acceptor.is_open()) return;
            if (!ec) {
                beast::error_code peer_ec;
                const auto peer = s.remote_endpoint(peer_ec);
                const std::string client = peer_ec ? "?" : peer.address().to_string();
                // Over a limit: closed at once, before a byte is read.
                if (!peer_ec && self->admit(client)) {
                    s.set_option(tcp::no_delay(true), peer_ec);
                    auto session = std::make_shared<Session>(std::move(s), self, client);
                    {
                        std::lock_guard lock(self->mutex);
                        self->sessions.emplace(session.get(), session);
                    }
                    session->start();
                }
            } else {
                // Out of file descriptors, for instance: pause instead of spinning.
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            self->accept();
        });
}

void HttpServer::Impl::begin_stop() {
    std::vector<std::shared_ptr<Session>> open;
    {
        std::lock_guard lock(mutex);
        if (stopping) return;
        stopping = true;
        for (auto& [raw, weak] : sessions)
            if (auto s = weak.lock()) open.push_back(std::move(s));
    }
    beast::error_code ignored;
    acceptor.close(ignored);
    for (auto& s : open)
        s->stop();
    // Whatever is still open after the grace period is dropped with the io_context.
    grace.expires_after(limits.stop_grace);
    grace.async_wait([self = shared_from_this()](beast::error_code) { self->ioc.stop(); });
    // No connection left to wait for (release() cancels the grace for the last one).
    std::lock_guard lock(mutex);
    if (sessions.empty()) grace.cancel();
}

HttpServer::HttpServer(ServerLimits limits, Handler handler, RequestLogger logger)
    : impl_(std::make_shared<Impl>(limits, std::move(handler), std::move(logger))) {}

// Handlers still queued (a reply from the database thread after the stop, an
// aborted read) hold their connection, and each connection the server: run
// them out on this thread so that everything is released.
HttpServer::~HttpServer() {
    std::vector<std::shared_ptr<Session>> open;
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stopping = true;
        for (auto& [raw, weak] : impl_->sessions)
            if (auto s = weak.lock()) open.push_back(std::move(s));
    }
    beast::error_code ignored;
    impl_->acceptor.close(ignored);
    for (auto& s : open)
        s->stop();
    open.clear();
    impl_->grace.cancel();
    impl_->ioc.restart();
    impl_->ioc.run_for(std::chrono::seconds(2));
}

bool HttpServer::listen(const std::string& host, int port, std::string& error) {
    beast::error_code ec;
    const auto address = net::ip::make_address(host, ec);
    if (ec) {
        error = "ongeldig adres \"" + host + "\"";
        return false;
    }
    const tcp::endpoint endpoint{address, static_cast<unsigned short>(port)};
    auto& a = impl_->acceptor;
    a.open(endpoint.protocol(), ec);
    if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) a.bind(endpoint, ec);
    if (!ec) a.listen(impl_->limits.listen_backlog, ec);
    if (ec) {
        error = ec.message();
        return false;
    }
    impl_->accept();
    return true;
}

void HttpServer::run(int threads) {
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back([this] { impl_->ioc.run(); });
    impl_->ioc.run();
    impl_->ioc.stop();
    for (auto& t : pool)
        t.join();
}

void HttpServer::stop() {
    net::post(impl_->ioc, [impl = impl_] { impl->begin_stop(); });
}

} // namespace pw::serve
