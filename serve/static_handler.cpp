#include "static_handler.hpp"

#include "http_responses.hpp"
#include "static_files.hpp"

#include <chrono>
#include <fstream>
#include <memory>
#include <sstream>

namespace pw::serve {
namespace {

std::int64_t mtime_ns(const std::filesystem::path& file) {
    std::error_code ec;
    const auto t = std::filesystem::last_write_time(file, ec);
    return ec ? 0
              : std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

bool regular_file(const std::filesystem::path& file) {
    std::error_code ec;
    return std::filesystem::is_regular_file(file, ec);
}

} // namespace

void serve_static(const std::filesystem::path& root, const httplib::Request& req,
                  httplib::Response& res) {
    const ResolvedPath resolved = resolve_static_path(root, req.path);
    switch (resolved.error) {
    case PathError::malformed:
        return html_error(res, 400, "Ongeldig pad.");
    case PathError::outside_root:
        return html_error(res, 403, "Dit pad ligt buiten de app.");
    case PathError::not_found:
        return html_error(res, 404, "Deze pagina bestaat niet.");
    case PathError::none:
        break;
    }
    // A pre-compressed variant lies next to the file, inside the root by construction.
    std::filesystem::path file = resolved.file;
    const std::string encoding =
        choose_encoding(req.get_header_value("Accept-Encoding"),
                        regular_file(file.string() + ".br"), regular_file(file.string() + ".gz"));
    if (encoding == "br") file += ".br";
    if (encoding == "gzip") file += ".gz";

    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) return html_error(res, 404, "Deze pagina bestaat niet.");
    const std::string etag = etag_for(size, mtime_ns(file), encoding);
    res.set_header("Cache-Control", std::string(cache_control_for(resolved.file)));
    res.set_header("ETag", etag);
    res.set_header("Vary", "Accept-Encoding");
    if (etag_matches(req.get_header_value("If-None-Match"), etag)) {
        res.status = 304;
        return;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) return html_error(res, 404, "Deze pagina bestaat niet.");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (!encoding.empty()) res.set_header("Content-Encoding", encoding);
    res.status = 200;
    // A content provider with a known length: httplib (built with zlib and
    // brotli) would otherwise compress the body once more.
    auto body = std::make_shared<std::string>(buffer.str());
    res.set_content_provider(
        body->size(), std::string(mime_type_for(resolved.file)),
        [body](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
            sink.write(body->data() + offset, length);
            return true;
        });
}

} // namespace pw::serve
