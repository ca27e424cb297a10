#include "static_handler.hpp"

#include "http_responses.hpp"
#include "static_files.hpp"

#include <chrono>
#include <fstream>
#include <sstream>

namespace pw::serve {
namespace {

std::int64_t mtime_ns(const std::filesystem::path& file) {
    std::error_code ec;
    const auto t = std::filesystem::last_write_time(file, ec);
    return ec ? 0
              : std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

} // namespace

void serve_static(const std::filesystem::path& root, const Request& req, Response& res) {
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
    // A pre-compressed variant is used only if it, too, resolves inside the root.
    const auto br = contained_sidecar(root, resolved.file, ".br");
    const auto gz = contained_sidecar(root, resolved.file, ".gz");
    const std::string encoding =
        choose_encoding(req.header("accept-encoding"), br.has_value(), gz.has_value());
    const std::filesystem::path file = encoding == "br"     ? *br
                                       : encoding == "gzip" ? *gz
                                                            : resolved.file;

    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) return html_error(res, 404, "Deze pagina bestaat niet.");
    const std::string etag = etag_for(size, mtime_ns(file), encoding);
    res.set_header("Cache-Control", std::string(cache_control_for(resolved.file)));
    res.set_header("ETag", etag);
    res.set_header("Vary", "Accept-Encoding");
    res.set_header("Accept-Ranges", "bytes");
    if (etag_matches(req.header("if-none-match"), etag)) {
        res.status = 304;
        return;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) return html_error(res, 404, "Deze pagina bestaat niet.");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    res.body = buffer.str();
    res.status = 200;
    res.set_header("Content-Type", std::string(mime_type_for(resolved.file)));
    if (!encoding.empty()) res.set_header("Content-Encoding", encoding);
    res.omit_body = req.method == "HEAD";

    // A range of a changed file (If-Range names another version) is not wanted.
    const std::string if_range = req.header("if-range");
    const std::string range = req.header("range");
    if (range.empty() || (!if_range.empty() && if_range != etag)) return;
    const ByteRange r = parse_range(range, res.body.size());
    if (r.kind == RangeKind::unsatisfiable) {
        const bool head = res.omit_body;
        html_error(res, 416, "Dit deel van het bestand bestaat niet.");
        res.set_header("Content-Range", "bytes */" + std::to_string(size));
        res.omit_body = head;
    } else if (r.kind == RangeKind::partial) {
        res.status = 206;
        res.set_header("Content-Range", "bytes " + std::to_string(r.first) + "-" +
                                            std::to_string(r.last) + "/" + std::to_string(size));
        res.body = res.body.substr(r.first, r.last - r.first + 1);
    }
}

} // namespace pw::serve
